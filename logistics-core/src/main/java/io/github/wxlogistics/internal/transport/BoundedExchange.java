package io.github.wxlogistics.internal.transport;

import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.internal.call.ErrorMapper;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One exchange outside the call loop (a token fetch, an open-platform call), bounded by the
 * request's timeout plus a second, so a transport that ignored the timeout cannot wedge every
 * caller sharing the stage; failures become the library's exceptions named by the operation.
 */
public final class BoundedExchange {

    private static final Duration GRACE = Duration.ofSeconds(1);

    private BoundedExchange() {
    }

    /**
     * Sends {@code request}; the stage fails with a {@link TransportException} (a timeout after the
     * bound, or the transport's failure) naming {@code operation}, and a late exchange is cancelled.
     */
    public static CompletableFuture<TransportResponse> send(HttpTransport transport, TransportRequest request,
            String operation) {
        CompletableFuture<TransportResponse> sent;
        try {
            sent = transport.send(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(ErrorMapper.failure(operation, e));
        }
        Duration bound = request.timeout().plus(GRACE);
        CompletableFuture<TransportResponse> bounded = sent.copy().orTimeout(bound.toMillis(), TimeUnit.MILLISECONDS);
        bounded.whenComplete((r, e) -> {
            if (e != null) {
                sent.cancel(true);
            }
        });
        return bounded.handle((response, err) -> {
            if (err != null) {
                throw ErrorMapper.unwrap(err) instanceof TimeoutException
                        ? TransportException.timeout(operation + " timed out after " + bound.toMillis() + " ms", null)
                        : ErrorMapper.failure(operation, err);
            }
            return response;
        });
    }
}
