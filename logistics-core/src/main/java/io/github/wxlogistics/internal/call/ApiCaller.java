package io.github.wxlogistics.internal.call;

import io.github.wxlogistics.error.ApiSecurityException;
import io.github.wxlogistics.error.LogisticsException;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.error.ValidationException;
import io.github.wxlogistics.internal.Uris;
import io.github.wxlogistics.internal.validation.Checks;
import io.github.wxlogistics.internal.validation.RequestRules;
import io.github.wxlogistics.internal.validation.WireText;
import io.github.wxlogistics.spi.ExchangeDeadlines;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.LogisticsListener;
import io.github.wxlogistics.spi.ListenerOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Runs calls: validates the input, encodes it once, and hands it to a {@link Call}, the attempt
 * loop that decides token replays and retries with the endpoint in hand. Keeps the calls in
 * flight, so {@link #close()} can end them, and ends each one whose deadline passed (see {@link Call}).
 * {@link #callBlocking} runs the same calls for the blocking clients, on the calling thread where
 * the transport allows it ({@link HttpTransport#sendBlocking}); there is no second caller.
 */
public final class ApiCaller {

    private static final byte[] EMPTY_OBJECT = "{}".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final CallSettings settings;
    private final String base;
    private final RequestRules rules;
    private final TokenQuery tokenQuery = new TokenQuery();
    // The calls in flight, for close(), and their deadlines: one sweep every 20 ms while calls are
    // in flight instead of a timer per call (a timer costs a wake-up of the timer thread per call).
    private final ExchangeDeadlines<Call<?>> inFlight = new ExchangeDeadlines<>(Call::deadlineNanos, Call::expire);
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
        return start(endpoint, request, false);
    }

    /**
     * Sends one call and waits for it, for the blocking clients: refuses an event-loop thread, and
     * never waits past the call's deadline (plus a small grace the call itself never needs).
     *
     * @throws io.github.wxlogistics.error.LogisticsException the call's failure
     */
    public <Q, R> R callBlocking(Endpoint<Q, R> endpoint, Q request) {
        Blocking.checkMayBlock(settings.adapter(), endpoint.operation());
        return Blocking.await(start(endpoint, request, true), settings.callTimeout(), endpoint.operation());
    }

    private <Q, R> CompletableFuture<R> start(Endpoint<Q, R> endpoint, Q request, boolean blocking) {
        if (closed) {
            return CompletableFuture.failedFuture(closedBeforeSending(endpoint));
        }
        if (endpoint.requiresApiSecurity() && settings.security() == null) {
            ApiSecurityException refused = ApiSecurityException.notSent(endpoint.operation() + " not sent: WeChat refuses "
                    + endpoint.path() + " unless it is encrypted and signed (API security, 934011); configure it with "
                    + "LogisticsClient.Builder.apiSecurity(ApiSecurity.builder().appId(..).symmetricKey(..)"
                    + ".privateKey(..).platformCertificate(..).build()), the keys of the mini program's admin console "
                    + "(开发管理 > 开发设置 > API安全)", null);
            reportRefused(endpoint, refused);
            return CompletableFuture.failedFuture(refused);
        }
        byte[] body;
        try {
            Checks checks = new Checks();
            endpoint.rules().check(rules, checks, request);
            WireText.check(checks, request);
            checks.throwIfAny();
            // A POST without a request (postEmpty) sends {}: every other POST's rules refuse a null request.
            body = !endpoint.hasBody() ? null : request == null ? EMPTY_OBJECT.clone() : encode(endpoint, request);
        } catch (Throwable e) {
            // Whatever failed before sending (an Error from a user's codec included) ends this call, not the caller's thread.
            RuntimeException refused = e instanceof LogisticsException known ? known : TransportException.notSent(
                    endpoint.operation() + " not sent: " + e.getClass().getName() + " was thrown before sending", e, false);
            reportRefused(endpoint, refused);
            return CompletableFuture.failedFuture(refused);
        }
        Call<R> call = new Call<>(settings, endpoint, base + endpoint.path(), tokenQuery, body, blocking,
                endpoint.describe(request));
        inFlight.add(call);
        call.result().whenComplete((r, e) -> inFlight.remove(call));
        if (closed) { // closed while we were registering: close() may have missed this call
            call.abort(closedInFlight(endpoint));
            return call.result();
        }
        call.start();
        return call.result();
    }

    /** The request's JSON; a codec that throws anything is named, and nothing is sent. */
    private byte[] encode(Endpoint<?, ?> endpoint, Object request) {
        if (request == null) {
            // A POST without parameters (intracity_apply): its rules let null through, and WeChat expects an object.
            return EMPTY_OBJECT.clone();
        }
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
     * their exchanges, blocking and async alike.
     */
    public void close() {
        closed = true;
        for (Call<?> call : new ArrayList<>(inFlight.inFlight())) {
            call.abort(closedInFlight(call.endpoint()));
        }
    }

    private static TransportException closedBeforeSending(Endpoint<?, ?> endpoint) {
        return TransportException.notSent(endpoint.operation() + " not sent: the client is closed", null, false);
    }

    private static TransportException closedInFlight(Endpoint<?, ?> endpoint) {
        return TransportException.of(endpoint.operation() + " aborted: the client was closed", null);
    }
}
