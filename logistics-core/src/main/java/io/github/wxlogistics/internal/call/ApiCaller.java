package io.github.wxlogistics.internal.call;

import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.internal.Uris;
import io.github.wxlogistics.internal.transport.Delayer;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.JsonCodec;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one call: validates the input, encodes it, sends it through the decorated transport
 * within the call's deadline, and turns the reply into a record or a typed exception.
 */
public final class ApiCaller {

    private static final System.Logger LOG = System.getLogger("io.github.wxlogistics.call");

    private final HttpTransport pipeline;
    private final JsonCodec codec;
    private final String base;
    private final Duration attemptTimeout;
    private final Duration callTimeout;
    private final Delayer delayer;
    private volatile boolean closed;

    public ApiCaller(HttpTransport pipeline, JsonCodec codec, URI baseUri, Duration attemptTimeout,
            Duration callTimeout, Delayer delayer) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.base = Uris.base(Objects.requireNonNull(baseUri, "baseUri"));
        this.attemptTimeout = Objects.requireNonNull(attemptTimeout, "attemptTimeout");
        this.callTimeout = Objects.requireNonNull(callTimeout, "callTimeout");
        this.delayer = Objects.requireNonNull(delayer, "delayer");
    }

    /** The longest a call may take. */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** The transport the calls go through. */
    public HttpTransport pipeline() {
        return pipeline;
    }

    /** Sends one call; the future fails with a {@link io.github.wxlogistics.error.LogisticsException}. */
    public <Q, R> CompletableFuture<R> call(Endpoint<Q, R> endpoint, Q request) {
        if (closed) {
            return CompletableFuture.failedFuture(TransportException.of(endpoint.name() + " not sent: the client is closed", null));
        }
        TransportRequest httpRequest;
        try {
            endpoint.validator().accept(request);
            httpRequest = endpoint.hasBody()
                    ? TransportRequest.postJson(uri(endpoint), codec.encode(request), attemptTimeout)
                    : TransportRequest.get(uri(endpoint), attemptTimeout);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        // Arm the deadline before sending: if it cannot be armed, nothing goes out.
        CompletableFuture<Void> deadline = delayer.after(callTimeout);
        if (deadline.isCompletedExceptionally()) {
            return CompletableFuture.failedFuture(TransportException.of(endpoint.name() + " not sent: the client is closed", null));
        }
        CompletableFuture<R> result = new CompletableFuture<>();
        TransportException timeout = TransportException.timeout(endpoint.name() + " did not complete within " + callTimeout, null);
        AtomicReference<TransportException> abortedBy = new AtomicReference<>();
        CompletableFuture<TransportResponse> sent;
        try {
            sent = pipeline.send(httpRequest);
        } catch (RuntimeException e) {
            deadline.cancel(false);
            return CompletableFuture.failedFuture(ErrorMapper.failure(endpoint.name(), e));
        }
        sent.whenComplete((response, err) -> {
            if (err != null) {
                TransportException aborted = abortedBy.get();
                result.completeExceptionally(aborted != null ? aborted : ErrorMapper.failure(endpoint.name(), err));
                return;
            }
            try {
                result.complete(interpret(endpoint, response));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        deadline.whenComplete((ignored, err) -> {
            if (result.isDone()) {
                return;
            }
            TransportException reason = err == null ? timeout
                    : TransportException.of(endpoint.name() + " aborted: the client was closed", null);
            // Abort the exchange before failing the call, so the caller never sees it still running.
            abortedBy.compareAndSet(null, reason);
            sent.cancel(true);
            result.completeExceptionally(reason);
        });
        result.whenComplete((r, e) -> {
            deadline.cancel(false);
            if (result.isCancelled()) {
                sent.cancel(true);
            }
        });
        return result;
    }

    /** Refuses new calls; calls in flight end when the delayer and transport are closed. */
    public void close() {
        closed = true;
    }

    private URI uri(Endpoint<?, ?> endpoint) {
        return Uris.join(base, endpoint.path());
    }

    private <R> R interpret(Endpoint<?, R> endpoint, TransportResponse response) {
        if (response.statusCode() != 200) {
            throw ErrorMapper.status(endpoint.name(), response);
        }
        ApiStatus status = codec.decode(response.body(), ApiStatus.class);
        if (!status.isOk() || status.isCourierRefusal()) {
            var error = ErrorMapper.api(endpoint.name(), status);
            LOG.log(System.Logger.Level.DEBUG, "{0}", error.getMessage());
            throw error;
        }
        if (endpoint.responseType() == Void.class) {
            return null;
        }
        return codec.decode(response.body(), endpoint.responseType());
    }
}
