package io.github.wxlogistics.archfixture.cycle.a;

import io.github.wxlogistics.archfixture.cycle.b.Pong;

/** A fixture: package {@code a} uses {@code b}, which uses {@code a} back. */
public final class Ping {
    /** Uses the other package. */
    public Pong answer() {
        return new Pong();
    }
}
