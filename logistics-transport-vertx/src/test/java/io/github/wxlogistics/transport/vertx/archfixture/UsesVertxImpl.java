package io.github.wxlogistics.transport.vertx.archfixture;

import io.vertx.core.impl.NoStackTraceTimeoutException;

/**
 * Deliberately bad, for {@code VertxAdapterArchitectureTest}: reaches into Vert.x's {@code impl}
 * package (this class exists there on both the 4.5 and 5 lines). Test code only; the adapter's
 * own rule checks main classes.
 */
public final class UsesVertxImpl {

    private UsesVertxImpl() {
    }

    /** {@return a Vert.x implementation exception} */
    public static Exception timeout() {
        return new NoStackTraceTimeoutException("fixture");
    }
}
