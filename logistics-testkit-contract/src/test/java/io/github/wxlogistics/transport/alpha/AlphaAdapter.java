package io.github.wxlogistics.transport.alpha;

import io.github.wxlogistics.internal.archfixture.InternalHelper;

/** Violates rule (d): an adapter touching the core's internals. */
public final class AlphaAdapter {
    InternalHelper helper;
}
