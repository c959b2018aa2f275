package io.github.wxlogistics.internal.call;

import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.internal.Uris;
import io.github.wxlogistics.internal.validation.RequestRules;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.LogisticsListener;
import io.github.wxlogistics.spi.ListenerOutcome;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Runs calls: validates the input, encodes it once, and hands it to a {@link Call}, the attempt
 * loop that decides token replays and retries with the endpoint in hand. Arms each call's
 * deadline before anything is sent.
 */
public final class ApiCaller {

    private final CallSettings settings;
    private final String base;
    private final RequestRules rules;
    private volatile boolean closed;

    public ApiCaller(CallSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.base = Uris.base(settings.baseUri());
        this.rules = new RequestRules(settings.clock());
    }

    /** The longest a call may take. */
    public Duration callTimeout() {
        return settings.callTimeout();
    }

    /** The adapter itself (not a decorator), for {@link HttpTransport#mayBlockCurrentThread()}. */
    public HttpTransport adapter() {
        return settings.adapter();
    }

    /** Sends one call; the future fails with a {@link io.github.wxlogistics.error.LogisticsException}. */
    public <Q, R> CompletableFuture<R> call(Endpoint<Q, R> endpoint, Q request) {
        if (closed) {
            return CompletableFuture.failedFuture(closedBeforeSending(endpoint));
        }
        byte[] body;
        try {
            endpoint.rules().accept(rules, request);
            body = endpoint.hasBody() ? settings.codec().encode(request) : null;
        } catch (RuntimeException e) {
            reportRefused(endpoint, e);
            return CompletableFuture.failedFuture(e);
        }
        // Arm the deadline before sending: if it cannot be armed, nothing goes out.
        CompletableFuture<Void> deadline = settings.delayer().after(settings.callTimeout());
        if (deadline.isCompletedExceptionally()) {
            return CompletableFuture.failedFuture(closedBeforeSending(endpoint));
        }
        Call<R> call = new Call<>(settings, endpoint, base + endpoint.path(), body);
        deadline.whenComplete((ignored, err) -> call.abort(err == null
                ? TransportException.timeout(endpoint.operation() + " did not complete within " + settings.callTimeout()
                        + " (timed out after " + settings.callTimeout().toMillis() + " ms, retries included)", null)
                : TransportException.of(endpoint.operation() + " aborted: the client was closed", null)));
        call.result().whenComplete((r, e) -> deadline.cancel(false));
        call.start();
        return call.result();
    }

    /** A call refused before sending (validation, encoding) is still a call to the listeners: no attempt, its outcome. */
    private void reportRefused(Endpoint<?, ?> endpoint, RuntimeException e) {
        LogisticsListener.Key key = new LogisticsListener.Key();
        settings.listener().onCallStarted(new LogisticsListener.CallStarted(key, endpoint.operation(), endpoint.isRead()));
        settings.listener().onCallFinished(new LogisticsListener.CallFinished(key, endpoint.operation(), Duration.ZERO,
                ListenerOutcome.of(e), 0, 0));
    }

    /** Refuses new calls; calls in flight end when the delayer and transport are closed. */
    public void close() {
        closed = true;
    }

    private static TransportException closedBeforeSending(Endpoint<?, ?> endpoint) {
        return TransportException.notSent(endpoint.operation() + " not sent: the client is closed", null, false);
    }
}
