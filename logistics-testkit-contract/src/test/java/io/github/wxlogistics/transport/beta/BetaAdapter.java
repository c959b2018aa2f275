package io.github.wxlogistics.transport.beta;

import io.github.wxlogistics.transport.gamma.CleanAdapter;

/** Violates rule (e): an adapter depending on another adapter. */
public final class BetaAdapter {
    CleanAdapter other;
}
