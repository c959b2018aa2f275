package io.github.wxlogistics.internal.transport;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * A future a decorator hands to its caller: cancelling it cancels whichever delegate future the
 * decorator is waiting on at that moment, so cancellation reaches the exchange.
 *
 * @param <T> the result type
 */
public final class Relay<T> extends CompletableFuture<T> {

    private volatile Future<?> current;

    /** Records the future this relay now waits on; cancels it at once if the relay already is. */
    public void track(Future<?> future) {
        current = future;
        if (isCancelled()) {
            future.cancel(true);
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        // Abort what we wait on first, so no one sees this future end while the exchange still runs.
        Future<?> waitingOn = current;
        if (waitingOn != null) {
            waitingOn.cancel(mayInterruptIfRunning);
        }
        return super.cancel(mayInterruptIfRunning);
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<>();
    }
}
