package io.github.wxlogistics.internal.transport;

import io.github.wxlogistics.RetryPolicy;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.JsonCodec;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;

/**
 * Retries reads on errcode -1, HTTP 5xx and transport failures, with capped, jittered backoff.
 * Requests the predicate calls unsafe (writes) go through exactly once.
 */
public final class RetryingTransport implements HttpTransport {

    private static final System.Logger LOG = System.getLogger("io.github.wxlogistics.retry");

    private final HttpTransport delegate;
    private final RetryPolicy policy;
    private final Predicate<TransportRequest> retryable;
    private final JsonCodec codec;
    private final Delayer delayer;
    private final DoubleSupplier jitter;

    public RetryingTransport(HttpTransport delegate, RetryPolicy policy, Predicate<TransportRequest> retryable,
            JsonCodec codec, Delayer delayer) {
        this(delegate, policy, retryable, codec, delayer, () -> ThreadLocalRandom.current().nextDouble());
    }

    RetryingTransport(HttpTransport delegate, RetryPolicy policy, Predicate<TransportRequest> retryable,
            JsonCodec codec, Delayer delayer, DoubleSupplier jitter) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.retryable = Objects.requireNonNull(retryable, "retryable");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.delayer = Objects.requireNonNull(delayer, "delayer");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        if (policy.maxAttempts() == 1 || !retryable.test(request)) {
            return delegate.send(request);
        }
        Relay<TransportResponse> relay = new Relay<>();
        attempt(request, 1, relay);
        return relay;
    }

    private void attempt(TransportRequest request, int attempt, Relay<TransportResponse> relay) {
        if (relay.isDone()) {
            return;
        }
        var sent = delegate.send(request);
        relay.track(sent);
        sent.whenComplete((response, err) -> {
            boolean again = attempt < policy.maxAttempts() && !relay.isDone()
                    && (err != null ? isRetryable(err) : isRetryable(response));
            if (!again) {
                if (err != null) {
                    relay.completeExceptionally(err);
                } else {
                    relay.complete(response);
                }
                return;
            }
            Duration wait = Duration.ofMillis((long) (policy.backoffCeiling(attempt).toMillis() * jitter.getAsDouble()));
            LOG.log(System.Logger.Level.DEBUG, "{0} {1}: attempt {2} failed ({3}); retrying in {4} ms", request.method(),
                    request.redactedUri(), attempt, err != null ? err.getClass().getSimpleName() : "HTTP " + response.statusCode(),
                    wait.toMillis());
            var delay = delayer.after(wait);
            relay.track(delay);
            delay.whenComplete((ignored, aborted) -> {
                if (aborted == null) {
                    attempt(request, attempt + 1, relay);
                } else if (err != null) {
                    relay.completeExceptionally(err);   // the wait was aborted: report the last outcome
                } else {
                    relay.complete(response);
                }
            });
        });
    }

    private static boolean isRetryable(Throwable err) {
        Throwable cause = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
        return cause instanceof TransportException;
    }

    private boolean isRetryable(TransportResponse response) {
        int status = response.statusCode();
        if (status >= 500 && status <= 599) {
            return true;
        }
        Integer errcode = Envelopes.errcode(codec, response);
        return errcode != null && errcode == -1;
    }

    @Override
    public boolean mayBlockCurrentThread() {
        return delegate.mayBlockCurrentThread();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
