package io.github.wxlogistics.internal.call;

import io.github.wxlogistics.error.LogisticsException;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.error.ValidationException;
import io.github.wxlogistics.internal.Uris;
import io.github.wxlogistics.internal.validation.Checks;
import io.github.wxlogistics.internal.validation.RequestRules;
import io.github.wxlogistics.internal.validation.WireText;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.LogisticsListener;
import io.github.wxlogistics.spi.ListenerOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs calls: validates the input, encodes it once, and hands it to a {@link Call}, the attempt
 * loop that decides token replays and retries with the endpoint in hand. Keeps the calls in
 * flight, so {@link #close()} can end them; each call enforces its own deadline (see {@link Call}).
 * The view returned by {@link #blocking()} runs the same calls for the blocking client, whose
 * exchanges may run on the calling thread ({@link HttpTransport#sendBlocking}).
 */
public final class ApiCaller {

    private final CallSettings settings;
    private final String base;
    private final RequestRules rules;
    private final Shared shared;
    private final boolean blocking;
    private final ApiCaller blockingView;

    public ApiCaller(CallSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.base = Uris.base(settings.baseUri());
        this.rules = new RequestRules(settings.clock());
        this.shared = new Shared();
        this.blocking = false;
        this.blockingView = new ApiCaller(this);
    }

    private ApiCaller(ApiCaller async) {
        this.settings = async.settings;
        this.base = async.base;
        this.rules = async.rules;
        this.shared = async.shared;
        this.blocking = true;
        this.blockingView = this;
    }

    /** The same caller for the blocking client: it shares the calls in flight and is closed with this one. */
    public ApiCaller blocking() {
        return blockingView;
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
        if (shared.closed) {
            return CompletableFuture.failedFuture(closedBeforeSending(endpoint));
        }
        byte[] body;
        try {
            Checks checks = new Checks();
            endpoint.rules().check(rules, checks, request);
            WireText.check(checks, request);
            checks.throwIfAny();
            body = endpoint.hasBody() ? encode(endpoint, request) : null;
        } catch (Throwable e) {
            // Whatever failed before sending (an Error from a user's codec included) ends this call, not the caller's thread.
            RuntimeException refused = e instanceof LogisticsException known ? known : TransportException.notSent(
                    endpoint.operation() + " not sent: " + e.getClass().getName() + " was thrown before sending", e, false);
            reportRefused(endpoint, refused);
            return CompletableFuture.failedFuture(refused);
        }
        Call<R> call = new Call<>(settings, endpoint, base + endpoint.path(), body, blocking, endpoint.describe(request));
        shared.inFlight.add(call);
        call.result().whenComplete((r, e) -> shared.inFlight.remove(call));
        if (shared.closed) { // closed while we were registering: close() may have missed this call
            call.abort(closedInFlight(endpoint));
            return call.result();
        }
        call.start();
        return call.result();
    }

    /** The request's JSON; a codec that throws anything is named, and nothing is sent. */
    private byte[] encode(Endpoint<?, ?> endpoint, Object request) {
        byte[] body;
        try {
            body = settings.codec().encode(request);
        } catch (Throwable e) {
            throw new ValidationException(endpoint.operation() + " request", "cannot be encoded as JSON: the JsonCodec "
                    + settings.codec().getClass().getName() + " failed with " + e.getClass().getName());
        }
        if (body == null) {
            throw new ValidationException(endpoint.operation() + " request", "cannot be encoded as JSON: the JsonCodec "
                    + settings.codec().getClass().getName() + " returned null");
        }
        return body;
    }

    /** A call refused before sending (validation, encoding) is still a call to the listeners: no attempt, its outcome. */
    private void reportRefused(Endpoint<?, ?> endpoint, RuntimeException e) {
        LogisticsListener.Key key = new LogisticsListener.Key();
        settings.listener().onCallStarted(new LogisticsListener.CallStarted(key, endpoint.operation(), endpoint.isRead()));
        settings.listener().onCallFinished(new LogisticsListener.CallFinished(key, endpoint.operation(), Duration.ZERO,
                ListenerOutcome.of(e), 0, 0));
    }

    /**
     * Refuses new calls and ends the calls in flight with a {@link TransportException}, aborting
     * their exchanges; for this caller and its {@link #blocking()} view alike.
     */
    public void close() {
        shared.closed = true;
        for (Call<?> call : new ArrayList<>(shared.inFlight)) {
            call.abort(closedInFlight(call.endpoint()));
        }
    }

    private static TransportException closedBeforeSending(Endpoint<?, ?> endpoint) {
        return TransportException.notSent(endpoint.operation() + " not sent: the client is closed", null, false);
    }

    private static TransportException closedInFlight(Endpoint<?, ?> endpoint) {
        return TransportException.of(endpoint.operation() + " aborted: the client was closed", null);
    }

    /** What the caller and its blocking view share. */
    private static final class Shared {
        final Set<Call<?>> inFlight = ConcurrentHashMap.newKeySet();
        volatile boolean closed;
    }
}
