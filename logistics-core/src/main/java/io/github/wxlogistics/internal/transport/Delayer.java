package io.github.wxlogistics.internal.transport;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Schedules work after a delay; injected so tests control time. */
@FunctionalInterface
public interface Delayer {

    /** A future that completes after {@code delay}; cancelling it drops the wait. */
    CompletableFuture<Void> after(Duration delay);

    /** The JDK's shared delayed executor. */
    static Delayer system() {
        return delay -> {
            CompletableFuture<Void> done = new CompletableFuture<>();
            Executor executor = CompletableFuture.delayedExecutor(Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
            executor.execute(() -> done.complete(null));
            return done;
        };
    }

    /** Delays on a scheduler the caller owns. */
    static Delayer on(ScheduledExecutorService scheduler) {
        Objects.requireNonNull(scheduler, "scheduler");
        return delay -> {
            CompletableFuture<Void> done = new CompletableFuture<>();
            var task = scheduler.schedule(() -> done.complete(null), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
            done.whenComplete((v, e) -> task.cancel(false));
            return done;
        };
    }
}
