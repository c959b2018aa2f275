package io.github.wxlogistics.internal.call;

import io.github.wxlogistics.error.TransportException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Delayer} on a {@link ScheduledExecutorService}. {@link #close()} fails every wait still
 * pending (and every later one), and shuts the scheduler down only if this delayer owns it.
 */
public final class SchedulerDelayer implements Delayer, AutoCloseable {

    private final ScheduledExecutorService scheduler;
    private final boolean owned;
    private final Set<CompletableFuture<Void>> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private SchedulerDelayer(ScheduledExecutorService scheduler, boolean owned) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.owned = owned;
    }

    /** A delayer on a scheduler the caller owns; {@link #close()} leaves it running. */
    public static SchedulerDelayer borrowing(ScheduledExecutorService scheduler) {
        return new SchedulerDelayer(scheduler, false);
    }

    /** A delayer that owns its scheduler and shuts it down on {@link #close()}. */
    public static SchedulerDelayer owning(ScheduledExecutorService scheduler) {
        return new SchedulerDelayer(scheduler, true);
    }

    @Override
    public CompletableFuture<Void> after(Duration delay) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (closed) {
            done.completeExceptionally(closedException());
            return done;
        }
        pending.add(done);
        try {
            ScheduledFuture<?> task = scheduler.schedule(() -> done.complete(null), Math.max(0, delay.toMillis()),
                    TimeUnit.MILLISECONDS);
            done.whenComplete((v, e) -> {
                pending.remove(done);
                task.cancel(false);
            });
        } catch (RejectedExecutionException e) {
            pending.remove(done);
            done.completeExceptionally(closedException());
        }
        if (closed) {
            done.completeExceptionally(closedException());
        }
        return done;
    }

    @Override
    public void close() {
        closed = true;
        if (owned) {
            scheduler.shutdownNow();
        }
        for (CompletableFuture<Void> wait : pending) {
            wait.completeExceptionally(closedException());
        }
    }

    private static TransportException closedException() {
        return TransportException.of("aborted: the client was closed", null);
    }
}
