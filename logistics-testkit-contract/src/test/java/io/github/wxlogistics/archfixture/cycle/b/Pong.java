package io.github.wxlogistics.archfixture.cycle.b;

import io.github.wxlogistics.archfixture.cycle.a.Ping;

/** A fixture: package {@code b} uses {@code a}, closing the cycle. */
public final class Pong {
    /** Uses the other package. */
    public Ping serve() {
        return new Ping();
    }
}
