package io.github.wxlogistics.internal.call;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Schedules work after a delay; injected so tests control time. */
@FunctionalInterface
public interface Delayer {

    /**
     * A future that completes after {@code delay}; cancelling it drops the wait. It completes
     * exceptionally with a {@link io.github.wxlogistics.error.TransportException} if the delayer is
     * closed first, so nothing waits on a wait that will never end.
     */
    CompletableFuture<Void> after(Duration delay);
}
