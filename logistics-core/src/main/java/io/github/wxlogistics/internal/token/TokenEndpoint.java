package io.github.wxlogistics.internal.token;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.internal.call.ErrorMapper;
import io.github.wxlogistics.internal.transport.BoundedExchange;
import io.github.wxlogistics.internal.listener.Listeners;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.JsonCodec;
import io.github.wxlogistics.spi.LogisticsListener;
import io.github.wxlogistics.spi.ListenerOutcome;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Sends a token request and turns the reply into an {@link AccessToken} or a typed exception. */
public final class TokenEndpoint {

    private static final System.Logger LOG = System.getLogger("io.github.wxlogistics.token");
    /** Tokens are used until this long before WeChat's expiry (at most half their lifetime). */
    static final Duration SAFETY_MARGIN = Duration.ofMinutes(5);

    private final HttpTransport transport;
    private final JsonCodec codec;
    private final Clock clock;
    private final Listeners listener;
    private final String source;

    public TokenEndpoint(HttpTransport transport, JsonCodec codec, Clock clock) {
        this(transport, codec, clock, Listeners.none(), "stable");
    }

    /** An endpoint that reports each fetch to {@code listener}, as from {@code source} ({@code stable}, {@code classic}). */
    public TokenEndpoint(HttpTransport transport, JsonCodec codec, Clock clock, Listeners listener, String source) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Fetches a token; {@code operation} names the call in errors, such as {@code getStableAccessToken};
     * {@code secret} (the AppSecret the request carries) is scrubbed from an {@code errmsg} that echoes it.
     */
    public CompletableFuture<AccessToken> fetch(String operation, TransportRequest request, String secret) {
        LogisticsListener.Key key = new LogisticsListener.Key();
        long started = System.nanoTime();
        listener.onTokenFetchStarted(new LogisticsListener.TokenFetchStarted(key, source));
        // The returned stage completes after the listener ran, so whoever waits for the token sees the event.
        return fetch0(operation, request, secret).whenComplete((token, err) -> listener.onTokenFetched(
                new LogisticsListener.TokenFetched(key, source, Duration.ofNanos(System.nanoTime() - started),
                        ListenerOutcome.of(err), ListenerOutcome.errcodeOf(err))));
    }

    private CompletableFuture<AccessToken> fetch0(String operation, TransportRequest request, String secret) {
        Instant sentAt = clock.instant();
        return BoundedExchange.send(transport, request, operation)
                .thenApply(response -> toToken(operation, request, response, sentAt, secret));
    }

    private AccessToken toToken(String operation, TransportRequest request, TransportResponse response, Instant sentAt,
            String secret) {
        if (response.statusCode() != 200) {
            // The body of a token reply may hold a token: never quote it. The path, not the query (the
            // classic endpoint's query holds the AppSecret), says which endpoint answered (a 404 from
            // a proxy or a wrong base URI).
            throw new io.github.wxlogistics.error.HttpStatusException(operation, response.statusCode(),
                    request.uri().getRawPath(), "");
        }
        TokenReply reply;
        try {
            reply = codec.decode(response.body(), TokenReply.class);
        } catch (DecodeException e) {
            throw new DecodeException(operation + " reply is not a token JSON object", null);
        }
        if (reply.errcode() != null && reply.errcode() != 0) {
            String errmsg = reply.errmsg() == null || secret.isEmpty() ? reply.errmsg() : reply.errmsg().replace(secret, "***");
            throw ApiException.of(operation, reply.errcode(), errmsg);
        }
        if (reply.accessToken() == null || reply.accessToken().isBlank()) {
            throw new DecodeException(operation + " reply lacks access_token", null);
        }
        if (reply.expiresIn() == null || reply.expiresIn() < 0) {
            throw new DecodeException(operation + " reply lacks an expires_in of 0 or more seconds, was "
                    + reply.expiresIn(), null);
        }
        // A short remaining lifetime (even 0) is accepted: the token serves the calls waiting for
        // this fetch, and the next call fetches again sooner, instead of failing the user's call.
        Duration lifetime = Duration.ofSeconds(reply.expiresIn());
        Duration margin = SAFETY_MARGIN.compareTo(lifetime.dividedBy(2)) < 0 ? SAFETY_MARGIN : lifetime.dividedBy(2);
        LOG.log(System.Logger.Level.DEBUG, "{0}: new access token, expires in {1} s", operation, reply.expiresIn());
        return new AccessToken(reply.accessToken(), sentAt.plus(lifetime).minus(margin));
    }

    /**
     * A token endpoint's reply.
     *
     * @param accessToken the token
     * @param expiresIn   its lifetime in seconds
     * @param errcode     an error code, absent on success
     * @param errmsg      an error message
     */
    public record TokenReply(String accessToken, Long expiresIn, Integer errcode, String errmsg) {
        @Override
        public String toString() {
            return "TokenReply[accessToken=***, expiresIn=" + expiresIn + ", errcode=" + errcode + "]";
        }
    }
}
