package io.github.wxlogistics.internal.transport;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.JsonCodec;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Adds {@code access_token} to the query, and when WeChat rejects the token (40001, 40014,
 * 42001) asks the provider for another one and replays the request once. A rejection is always
 * safe to replay: WeChat refused before doing anything. A second rejection is returned as is.
 */
public final class TokenAuthenticatingTransport implements HttpTransport {

    private static final System.Logger LOG = System.getLogger("io.github.wxlogistics.token");

    private final HttpTransport delegate;
    private final AccessTokenProvider tokens;
    private final JsonCodec codec;

    public TokenAuthenticatingTransport(HttpTransport delegate, AccessTokenProvider tokens, JsonCodec codec) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        Relay<TransportResponse> relay = new Relay<>();
        CompletableFuture<AccessToken> token;
        try {
            token = tokens.token();
        } catch (RuntimeException e) {
            relay.completeExceptionally(e);
            return relay;
        }
        relay.track(token);
        token.whenComplete((t, err) -> {
            if (err != null) {
                relay.completeExceptionally(err);
            } else {
                attempt(request, t, true, relay);
            }
        });
        return relay;
    }

    private void attempt(TransportRequest request, AccessToken token, boolean mayReplay, Relay<TransportResponse> relay) {
        if (relay.isDone()) {
            return;
        }
        var sent = delegate.send(request.withUri(withToken(request.uri(), token)));
        relay.track(sent);
        sent.whenComplete((response, err) -> {
            if (err != null) {
                relay.completeExceptionally(err);
                return;
            }
            if (response.statusCode() != 200) {
                relay.complete(withoutToken(response, token));
                return;
            }
            Integer errcode = Envelopes.errcode(codec, response);
            if (!mayReplay || errcode == null || !ApiException.isTokenRejection(errcode)) {
                relay.complete(response);
                return;
            }
            LOG.log(System.Logger.Level.DEBUG, "access token rejected with errcode {0}; refreshing and replaying once", errcode);
            var refreshed = tokens.refresh(token);
            relay.track(refreshed);
            refreshed.whenComplete((fresh, refreshErr) -> {
                if (refreshErr != null) {
                    relay.completeExceptionally(refreshErr);
                } else if (fresh.value().equals(token.value())) {
                    relay.complete(response);
                } else {
                    attempt(request, fresh, false, relay);
                }
            });
        });
    }

    /** A non-200 body (an error page, say) that quotes the token gets it replaced by {@code ***}. */
    private static TransportResponse withoutToken(TransportResponse response, AccessToken token) {
        String body = response.bodyText();
        if (!body.contains(token.value())) {
            return response;
        }
        return new TransportResponse(response.statusCode(), response.headers(),
                body.replace(token.value(), "***").getBytes(StandardCharsets.UTF_8));
    }

    static URI withToken(URI uri, AccessToken token) {
        String param = "access_token=" + URLEncoder.encode(token.value(), StandardCharsets.UTF_8);
        String text = uri.toString();
        int fragment = text.indexOf('#');
        String base = fragment < 0 ? text : text.substring(0, fragment);
        return URI.create(base + (base.contains("?") ? "&" : "?") + param);
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
