package io.github.wxlogistics.archfixture;

import io.github.wxlogistics.transport.gamma.CleanAdapter;

/** Violates rule (a): the core must not depend on an adapter. */
public final class CoreUsesAdapter {
    CleanAdapter adapter;
}
