package io.github.wxlogistics.internal.call;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.ApiSecurityException;
import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.error.HttpStatusException;
import io.github.wxlogistics.error.LogisticsException;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.internal.security.SecureChannel;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.DecodedReply;
import io.github.wxlogistics.spi.LogisticsListener;
import io.github.wxlogistics.spi.ListenerOutcome;
import io.github.wxlogistics.spi.ReplyStatus;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One call's attempt loop, where the endpoint is in hand: take a token, send through the
 * transport, read the status once, classify the outcome and act on it:
 * <ul>
 *   <li>ok: bind the value from the same parsed reply;</li>
 *   <li>token rejected (40001, 40014, 42001): refresh and replay once, for reads and writes alike,
 *       since WeChat refused before doing anything; the replay is not a retry;</li>
 *   <li>retryable (errcode -1, HTTP 5xx, a failed exchange or token fetch) and the endpoint a
 *       read with attempts left: wait a jittered backoff and try again;</li>
 *   <li>anything else: final.</li>
 * </ul>
 * Steps run one after another (each starts when the previous future completes); only
 * {@link #abort} and cancellation run concurrently with them, and they only end the call and
 * cancel the step in flight.
 *
 * <p>The call's deadline costs no timer of its own: {@link ApiCaller} tracks the calls in flight in
 * an {@link io.github.wxlogistics.spi.ExchangeDeadlines} sweep (every 20 ms while calls are in
 * flight, on the JDK's shared delay thread), which ends a call whose deadline passed, so a call ends
 * by its deadline even where a step never completes (a custom transport or token provider that
 * breaks its contract), up to one sweep late. Each exchange also goes out with a timeout no longer
 * than the time the call has left, which the transport enforces (the port requires it).
 *
 * <p>With no listener registered, no listener event is built. Every step runs guarded: whatever it
 * throws ends the call at once with a {@link LogisticsException}, so no call is left pending.
 *
 * @param <R> the reply type
 */
final class Call<R> {

    private static final System.Logger LOG = System.getLogger("io.github.wxlogistics.call");
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json; charset=UTF-8");

    private final CallSettings settings;
    private final Endpoint<?, R> endpoint;
    private final String uri;
    private final TokenQuery tokenQuery;
    private final byte[] body;
    private final CompletableFuture<R> result = new CompletableFuture<>();
    private final boolean blocking;
    private final String requestId;
    private final long startedNanos;
    private final long deadlineNanos;
    private volatile Future<?> current;
    private volatile LogisticsException abortedBy;
    private int attempt;
    private boolean replayed;
    // Listener state, used only when a listener is registered: the key ties the events together;
    // attemptStart holds the open attempt's nanoTime start, or Long.MIN_VALUE when none is open
    // (swapped atomically: cancellation races the steps).
    private final boolean listening;
    private final LogisticsListener.Key key;
    private final AtomicLong attemptStart;
    private final AtomicBoolean callReported;
    private volatile int exchanges;

    Call(CallSettings settings, Endpoint<?, R> endpoint, String uri, TokenQuery tokenQuery, byte[] body, boolean blocking,
            String requestId) {
        this.settings = settings;
        this.endpoint = endpoint;
        this.uri = uri;
        this.tokenQuery = tokenQuery;
        this.body = body;
        this.blocking = blocking;
        this.requestId = requestId;
        this.startedNanos = System.nanoTime();
        this.deadlineNanos = startedNanos + settings.callTimeout().toNanos();
        this.listening = !settings.listener().isEmpty();
        this.key = listening ? new LogisticsListener.Key() : null;
        this.attemptStart = listening ? new AtomicLong(Long.MIN_VALUE) : null;
        this.callReported = listening ? new AtomicBoolean() : null;
        result.whenComplete((r, e) -> {
            try {
                if (e != null) {
                    cancelCurrent();   // cancelled, or ended from outside (the blocking client's wait): abort the exchange
                }
            } finally {
                callEnded(e);   // no-op unless ended from outside: finish() reports before completing
            }
        });
    }

    CompletableFuture<R> result() {
        return result;
    }

    Endpoint<?, R> endpoint() {
        return endpoint;
    }

    /** The call's deadline, on the {@link System#nanoTime()} scale. */
    long deadlineNanos() {
        return deadlineNanos;
    }

    /** Ends the call as timed out: its deadline passed (called by the caller's deadline sweep). */
    void expire() {
        guard(() -> abort(deadlinePassed()));
    }

    void start() {
        guard(() -> {
            if (listening) {
                settings.listener().onCallStarted(new LogisticsListener.CallStarted(key, endpoint.operation(), endpoint.isRead()));
            }
            nextAttempt();
        });
    }

    /**
     * Runs one step of the call. Whatever it throws (a user's codec, token provider or transport,
     * an {@link Error} included) ends the call at once with a {@link LogisticsException}: no step
     * can leave the result pending until the deadline, or forever once no deadline timer is armed.
     */
    private void guard(Runnable step) {
        try {
            step.run();
        } catch (Throwable t) {
            crashed(t);
        }
    }

    private void crashed(Throwable t) {
        LogisticsException reason = t instanceof LogisticsException known ? known
                : TransportException.of(endpoint.operation() + " failed: " + t.getClass().getName()
                        + " was thrown in the call path (attempt " + attempt + ")", t);
        try {
            cancelCurrent();
        } finally {
            finish(null, reason);
        }
    }

    /** Ends the call with {@code reason}, aborting the step in flight first; no-op once the call ended. */
    void abort(LogisticsException reason) {
        if (result.isDone()) {
            return;
        }
        abortedBy = reason;
        // Abort the exchange before failing the call, so the caller never sees it still running.
        cancelCurrent();
        finish(null, reason);
    }

    private void nextAttempt() {
        attempt++;
        attemptOpened();
        CompletableFuture<AccessToken> token = fromProvider(() -> settings.tokens().token());
        AccessToken ready = token.isDone() && !token.isCompletedExceptionally() ? token.getNow(null) : null;
        if (ready != null) {
            send(ready);   // a cached token: no dependent stage
            return;
        }
        step(token).whenComplete((t, err) -> guard(() -> {
            if (err != null || t == null) {
                tokenFailed(err);
            } else {
                send(t);
            }
        }));
    }

    private void send(AccessToken token) {
        if (result.isDone()) {
            return;
        }
        long leftNanos = deadlineNanos - System.nanoTime();
        if (leftNanos <= 0) {
            abort(deadlinePassed());
            return;
        }
        CompletableFuture<TransportResponse> sent;
        try {
            TransportRequest request = request(token, leftNanos);
            sent = blocking ? settings.transport().sendBlocking(request) : settings.transport().send(request);
        } catch (Throwable e) {
            sent = CompletableFuture.failedFuture(e);
        }
        if (sent == null) {
            sent = CompletableFuture.failedFuture(new IllegalStateException("send returned null"));
        }
        step(sent).whenComplete((response, err) -> guard(() -> {
            if (err != null) {
                failOrRetry(ErrorMapper.failure(endpoint.operation(), err));
            } else if (response == null) {
                failOrRetry(TransportException.of(endpoint.operation() + ": the transport "
                        + settings.adapter().getClass().getName() + " completed the exchange without a response", null));
            } else {
                onResponse(token, response);
            }
        }));
    }

    private void onResponse(AccessToken token, TransportResponse response) {
        if (response.statusCode() != 200) {
            HttpStatusException error = ErrorMapper.status(endpoint.operation(), URI.create(uri).getRawPath(),
                    scrubbed(response, token));
            if (error.isServerError()) {
                failOrRetry(error);
            } else {
                finish(null, error);
            }
            return;
        }
        String encoding = response.header("Content-Encoding").orElse("identity");
        if (!encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.trim())) {
            // The client sends no Accept-Encoding: a compressed body is a proxy's or gateway's doing.
            finish(null, new DecodeException(endpoint.operation() + " reply is compressed (Content-Encoding: "
                    + Replies.printable(encoding, 32) + "), which the client did not ask for (it sends no"
                    + " Accept-Encoding); a proxy between here and WeChat probably compressed it", null));
            return;
        }
        if (response.body().length > settings.maxReplyBytes()) {
            finish(null, new DecodeException(endpoint.operation() + " reply of " + response.body().length
                    + " bytes exceeds the cap of " + settings.maxReplyBytes() + " bytes (maxReplyBytes)", null));
            return;
        }
        byte[] json = response.body();
        boolean unsigned = false;
        if (settings.security() != null) {
            if (response.header("Wechatmp-Signature").isPresent()) {
                try {
                    json = settings.security().open(endpoint.operation(), uri, response);
                } catch (ApiSecurityException e) {
                    finish(null, e);
                    return;
                }
            } else {
                unsigned = true;   // WeChat's own refusals come unsigned: an error may pass, a success may not
            }
        }
        DecodedReply<R> reply;
        ReplyStatus status;
        try {
            reply = settings.codec().decodeReply(json, endpoint.replyType());
            status = reply.status();
        } catch (Throwable e) {
            finish(null, decodeFailure(e, scrubbed(response, token)));
            return;
        }
        if (status.isOk() && unsigned) {
            finish(null, ApiSecurityException.replyRefused(endpoint.operation() + " reply refused by API security: the"
                    + " reply claims success but is not signed (no Wechatmp-Signature header); it is not decoded", null));
            return;
        }
        if (status.isOk()) {
            R value;
            try {
                value = endpoint.replyType() == Void.class ? null : reply.value();
            } catch (Throwable e) {
                finish(null, decodeFailure(e, scrubbed(response, token)));
                return;
            }
            finish(value, null);
            return;
        }
        ApiException error = ErrorMapper.api(endpoint.operation(), scrubbed(status, token));
        if (error.isTokenRejected() && !replayed) {
            replay(token, error);
        } else if (error.isSystemBusy()) {
            failOrRetry(error);
        } else {
            finish(null, error);
        }
    }

    private void replay(AccessToken rejected, ApiException error) {
        replayed = true;
        attemptEnded(error, LogisticsListener.Next.REPLAY);
        log(Level.DEBUG, "{0}: access token rejected with errcode {1}; refreshing and replaying once",
                endpoint.operation(), String.valueOf(error.errcode()));
        CompletableFuture<AccessToken> refreshed = fromProvider(() -> settings.tokens().refresh(rejected));
        step(refreshed).whenComplete((fresh, err) -> guard(() -> {
            if (err != null || fresh == null) {
                tokenFailed(err);
            } else if (fresh.value().equals(rejected.value())) {
                finish(null, error);   // the same token again: replaying would be refused again
            } else {
                attemptOpened();
                send(fresh);
            }
        }));
    }

    /** The provider's future; one it threw or returned as {@code null} becomes a failed one. */
    private static CompletableFuture<AccessToken> fromProvider(java.util.function.Supplier<CompletableFuture<AccessToken>> provider) {
        try {
            CompletableFuture<AccessToken> token = provider.get();
            return token != null ? token : CompletableFuture.failedFuture(new NullPointerException("returned null"));
        } catch (Throwable e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * A token fetch failed ({@code err} {@code null}: the provider gave no token). WeChat refusing the
     * credentials (40013 wrong AppID, 40125 wrong secret, 40164 IP not whitelisted...) is final: no
     * retry can fix it. A busy token endpoint (-1), a 5xx or a failed exchange is treated as any
     * failed attempt of the call: a read is retried. Anything else is the provider's own failure
     * (a custom provider that threw, or gave {@code null}): final, named, and nothing was sent.
     */
    private void tokenFailed(Throwable err) {
        Throwable cause = err == null ? null : ErrorMapper.unwrap(err);
        if (!(cause instanceof LogisticsException failure)) {
            if (result.isDone()) {
                return;   // the call ended first and cancelled the fetch
            }
            String provider = settings.tokens().getClass().getName();
            finish(null, TransportException.notSent(endpoint.operation() + " not sent: the access token provider "
                    + provider + (cause == null ? " gave no token (null)" : " failed with " + cause.getClass().getName()
                    + (cause instanceof NullPointerException && "returned null".equals(cause.getMessage())
                            ? " (it returned a null future)" : "")), cause, false));
            return;
        }
        if (failure instanceof ApiException refused && !refused.isSystemBusy()
                || failure instanceof io.github.wxlogistics.error.AuthorizationRevokedException) {
            // A revoked authorization (third-party platform) is as final as a refused credential.
            finish(null, failure);
        } else {
            failOrRetry(failure);
        }
    }

    /** Retries a read with attempts left; anything else ends the call with {@code failure}. */
    private void failOrRetry(LogisticsException failure) {
        if (result.isDone()) {
            return;
        }
        if (failure instanceof TransportException t && t.isTimeout() && System.nanoTime() - deadlineNanos >= 0) {
            failure = deadlinePassed(); // the exchange's timeout was the time the call had left
        }
        if (!endpoint.isRead() && failure instanceof TransportException t && !t.isNotSent()
                && !t.getMessage().contains("outcome is unknown")) {
            failure = unknownOutcome(t);
        }
        LogisticsException reason = abortedBy != null ? abortedBy : failure;
        if (!endpoint.isRead() || attempt >= settings.maxAttempts() || abortedBy != null) {
            finish(null, reason);
            return;
        }
        attemptEnded(failure, LogisticsListener.Next.RETRY);
        Duration wait = Duration.ofMillis(
                (long) (settings.backoffCeiling().apply(attempt).toMillis() * settings.jitter().getAsDouble()));
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "{0}: attempt {1} failed ({2}); retrying in {3} ms", endpoint.operation(),
                    String.valueOf(attempt), reason.getMessage(), String.valueOf(wait.toMillis()));
        }
        step(settings.delayer().after(wait)).whenComplete((ignored, err) -> guard(() -> {
            if (err != null) {
                finish(null, reason);   // the wait was aborted: report the last outcome
            } else {
                nextAttempt();
            }
        }));
    }

    /** Records {@code future} as the step in flight; cancels it at once if the call already ended. */
    private <T> CompletableFuture<T> step(CompletableFuture<T> future) {
        current = future;
        // abort() and cancel() end the call, then read current; reading both here after writing
        // current means one side always sees the other, so no step escapes them.
        if (abortedBy != null || result.isDone()) {
            future.cancel(true);
        }
        return future;
    }

    private void cancelCurrent() {
        Future<?> inFlight = current;
        if (inFlight != null) {
            inFlight.cancel(true);
        }
    }

    private void finish(R value, LogisticsException failure) {
        if (result.isDone()) {
            return;
        }
        boolean ended;
        try {
            // Reported before completing, so a caller woken by the result finds the events already seen.
            callEnded(failure);
        } finally {
            ended = failure == null ? result.complete(value) : result.completeExceptionally(failure);
        }
        if (!ended) {
            return;
        }
        // Arguments are built only when the line is logged: the success path of every call passes here.
        if (failure == null) {
            if (LOG.isLoggable(Level.DEBUG)) {
                LOG.log(Level.DEBUG, "{0}: ok after {1} attempt(s) in {2} ms", endpoint.operation(),
                        String.valueOf(attempt), String.valueOf(elapsedMillis()));
            }
        } else if (LOG.isLoggable(Level.WARNING)) {
            LOG.log(Level.WARNING, "{0}: failed on attempt {1} after {2} ms: {3}", endpoint.operation(),
                    String.valueOf(attempt), String.valueOf(elapsedMillis()), failure.getMessage());
        }
    }

    private TransportException deadlinePassed() {
        String timedOut = " did not complete within " + settings.callTimeout() + " (timed out after "
                + settings.callTimeout().toMillis() + " ms";
        if (endpoint.isRead()) {
            return TransportException.timeout(endpoint.operation() + timedOut
                    + (settings.maxAttempts() > 1 ? ", retries included)" : ")"), null);
        }
        return TransportException.timeout(endpoint.operation() + subject() + timedOut + "); " + unknownOutcomeAdvice(), null);
    }

    /** A write whose exchange failed after it may have left: the caller must check before sending it again. */
    private TransportException unknownOutcome(TransportException t) {
        String message = endpoint.operation() + subject() + ": " + unknownOutcomeAdvice() + " (" + t.getMessage() + ")";
        return t.isTimeout() ? TransportException.timeout(message, t) : TransportException.of(message, t);
    }

    private String subject() {
        return requestId == null ? "" : " (" + requestId + ")";
    }

    private String unknownOutcomeAdvice() {
        String check = switch (endpoint.operation()) {
            case "addOrder", "cancelOrder", "testUpdateOrder" -> "check with getOrder by order_id";
            default -> "check the current state";
        };
        return "its outcome is unknown: the request may have reached WeChat, and a write is never sent twice; "
                + check + " before sending it again";
    }

    private void attemptOpened() {
        exchanges++;
        if (listening) {
            attemptStart.set(System.nanoTime());
        }
    }

    /** Reports the open attempt and the call as ended by {@code failure}, once. */
    private void callEnded(Throwable failure) {
        if (!listening || !callReported.compareAndSet(false, true)) {
            return;
        }
        attemptEnded(failure, LogisticsListener.Next.END);
        settings.listener().onCallFinished(new LogisticsListener.CallFinished(key, endpoint.operation(),
                Duration.ofNanos(System.nanoTime() - startedNanos), ListenerOutcome.of(failure), ListenerOutcome.errcodeOf(failure),
                exchanges));
    }

    /** Reports the open attempt, if any, as ended by {@code failure} ({@code null}: success). */
    private void attemptEnded(Throwable failure, LogisticsListener.Next next) {
        if (!listening) {
            return;
        }
        long opened = attemptStart.getAndSet(-1);
        if (opened == Long.MIN_VALUE) {
            return;
        }
        settings.listener().onAttemptFinished(new LogisticsListener.AttemptFinished(key, endpoint.operation(), exchanges,
                Duration.ofNanos(System.nanoTime() - opened), ListenerOutcome.of(failure), ListenerOutcome.errcodeOf(failure),
                failure == null ? 200 : ListenerOutcome.httpStatusOf(failure), next));
    }

    /** The request for one exchange, its timeout the attempt timeout or the time the call has left, whichever is shorter. */
    private TransportRequest request(AccessToken token, long leftNanos) {
        URI withToken = URI.create(uri + tokenQuery.of(token.value()));   // the one parse of the attempt's URI
        Duration attemptTimeout = settings.attemptTimeout();
        Duration timeout = leftNanos < attemptTimeout.toNanos() ? Duration.ofNanos(leftNanos) : attemptTimeout;
        SecureChannel security = settings.security();
        if (security != null) {
            // Decision: a call without a body is sealed as {} and sent as a POST, since the guide puts every
            // parameter inside the ciphertext; the access token stays in the query.
            SecureChannel.Sealed sealed = security.seal(uri, body);
            Map<String, String> headers = new java.util.HashMap<>(JSON);
            headers.putAll(sealed.headers());
            return new TransportRequest("POST", withToken, headers, sealed.body(), timeout);
        }
        return body == null
                ? new TransportRequest("GET", withToken, Map.of(), null, timeout)
                : new TransportRequest("POST", withToken, JSON, body, timeout);
    }

    /**
     * Any failure to decode a reply, as a {@link DecodeException} naming the call. A reply that is not
     * JSON at all (a gateway's HTML page) is described by its Content-Type and first bytes.
     */
    private DecodeException decodeFailure(Throwable e, TransportResponse response) {
        String what = e instanceof DecodeException ? e.getMessage()
                : "the JsonCodec " + settings.codec().getClass().getName() + " failed with " + e.getClass().getName();
        Throwable cause = e instanceof DecodeException ? e.getCause() : e;
        return new DecodeException(endpoint.operation() + " reply: " + what + Replies.describeIfNotJson(response), cause);
    }

    /** A non-200 body (an error page, say) that quotes the token gets it replaced by {@code ***}. */
    private static TransportResponse scrubbed(TransportResponse response, AccessToken token) {
        String text = response.bodyText();
        if (!text.contains(token.value())) {
            return response;
        }
        return new TransportResponse(response.statusCode(), response.headers(),
                text.replace(token.value(), "***").getBytes(StandardCharsets.UTF_8));
    }

    /** An errmsg that echoes the access token (some gateways quote the request) gets it replaced by {@code ***}. */
    private static ReplyStatus scrubbed(ReplyStatus status, AccessToken token) {
        String errmsg = status.errmsg();
        String resultmsg = status.deliveryResultmsg();
        if ((errmsg == null || !errmsg.contains(token.value())) && (resultmsg == null || !resultmsg.contains(token.value()))) {
            return status;
        }
        return new ReplyStatus(status.errcode(), errmsg == null ? null : errmsg.replace(token.value(), "***"),
                status.deliveryResultcode(), resultmsg == null ? null : resultmsg.replace(token.value(), "***"));
    }

    private long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static void log(Level level, String format, Object... args) {
        if (LOG.isLoggable(level)) {
            LOG.log(level, format, args);
        }
    }
}
