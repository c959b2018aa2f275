package io.github.wxlogistics.token;

import io.github.wxlogistics.internal.listener.Listeners;
import io.github.wxlogistics.internal.token.TokenEndpoint;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.TransportRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The classic token source, {@code GET /cgi-bin/token}. Each fetch invalidates the app's
 * previous classic token after a short overlap, so use it only where a single process owns the
 * app's token; prefer {@link StableTokenProvider}. Cached and shared like the stable one.
 */
public final class ClassicTokenProvider implements AccessTokenProvider {

    static final String PATH = "/cgi-bin/token";

    private final TokenCache cache;
    private final String appId;

    private ClassicTokenProvider(TokenSettings settings) {
        TokenEndpoint endpoint = new TokenEndpoint(settings.transport(), settings.codec(), settings.clock(),
                Listeners.of(List.of(settings.listener())), "classic");
        AppCredentials credentials = settings.credentials();
        this.appId = credentials.appId();
        String query = "?grant_type=client_credential&appid=" + URLEncoder.encode(credentials.appId(), StandardCharsets.UTF_8)
                + "&secret=" + URLEncoder.encode(credentials.appSecret(), StandardCharsets.UTF_8);
        this.cache = TokenCache.create(rejected -> endpoint.fetch("getAccessToken",
                TransportRequest.get(settings.resolve(PATH + query), settings.timeout()), credentials.appSecret()), settings.clock());
    }

    /**
     * A provider with these settings; the transport stays the caller's to close.
     *
     * @param settings where and how to fetch tokens
     * @return a provider with these settings; the transport stays the caller's to close
     */
    public static ClassicTokenProvider create(TokenSettings settings) {
        return new ClassicTokenProvider(Objects.requireNonNull(settings, "settings"));
    }

    @Override
    public CompletableFuture<AccessToken> token() {
        return cache.token();
    }

    @Override
    public CompletableFuture<AccessToken> refresh(AccessToken rejected) {
        return cache.refresh(rejected);
    }

    @Override
    public String toString() {
        return "ClassicTokenProvider[appId=" + appId + "]";
    }
}
