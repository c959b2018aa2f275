package io.github.wxlogistics.internal.call;

import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.spi.HttpTransport;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for a call on behalf of the blocking client, never forever and never on an event loop. */
public final class Blocking {

    /** Extra wait beyond the call deadline, which the future enforces itself. */
    private static final Duration GRACE = Duration.ofSeconds(1);

    private Blocking() {
    }

    /** Refuses to block where the transport says blocking is forbidden. */
    public static void checkMayBlock(HttpTransport transport, String operation) {
        if (!transport.mayBlockCurrentThread()) {
            throw new IllegalStateException("The blocking LogisticsClient was called (" + operation
                    + ") on an event-loop thread (" + Thread.currentThread().getName() + "), where blocking would stall"
                    + " the loop. Use client.async() (CompletableFuture) or the Vert.x facade"
                    + " (VertxLogisticsClient, io.vertx.core.Future) instead.");
        }
    }

    /** The future's value, or its {@link io.github.wxlogistics.error.LogisticsException}. */
    public static <T> T await(CompletableFuture<T> future, Duration callTimeout, String operation) {
        try {
            return future.get(callTimeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw TransportException.of(operation + " was interrupted", e);
        } catch (ExecutionException e) {
            throw ErrorMapper.failure(operation, e);
        } catch (TimeoutException e) {
            TransportException timeout = TransportException.timeout(operation + " did not complete within " + callTimeout
                    + " (timed out after " + callTimeout.toMillis() + " ms)", e);
            // Ending the call with the timeout (not a cancellation) aborts its exchange and tells listeners why.
            if (future.completeExceptionally(timeout)) {
                throw timeout;
            }
            return await(future, callTimeout, operation);   // it ended meanwhile: its own outcome, at once
        }
    }
}
