package io.github.wxlogistics.internal.archfixture;

/** A core internal class that adapters must not touch. */
public final class InternalHelper {
}
