package io.github.wxlogistics.token;

import io.github.wxlogistics.internal.listener.Listeners;
import io.github.wxlogistics.internal.token.StableTokenRequest;
import io.github.wxlogistics.internal.token.TokenEndpoint;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.JsonCodec;
import io.github.wxlogistics.spi.TransportRequest;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The default token source: {@code POST /cgi-bin/stable_token} in normal mode, which returns the
 * same token to every instance of a cluster, so a fleet needs no shared token store. The token
 * is cached until five minutes before it expires (at most half its lifetime); concurrent callers
 * share one fetch. Force mode is never used: it is limited to 20 calls a day.
 */
public final class StableTokenProvider implements AccessTokenProvider {

    static final String PATH = "/cgi-bin/stable_token";

    private final TokenCache cache;
    private final String appId;

    private StableTokenProvider(TokenSettings settings) {
        JsonCodec codec = settings.codec();
        TokenEndpoint endpoint = new TokenEndpoint(settings.transport(), codec, settings.clock(),
                Listeners.of(List.of(settings.listener())), "stable");
        AppCredentials credentials = settings.credentials();
        this.appId = credentials.appId();
        this.cache = TokenCache.create(rejected -> endpoint.fetch("getStableAccessToken", TransportRequest.postJson(
                settings.resolve(PATH),
                codec.encode(new StableTokenRequest("client_credential", credentials.appId(), credentials.appSecret(), false)),
                settings.timeout()), credentials.appSecret()), settings.clock());
    }

    /**
     * A provider with these settings; the transport stays the caller's to close.
     *
     * @param settings where and how to fetch tokens
     * @return a provider with these settings; the transport stays the caller's to close
     */
    public static StableTokenProvider create(TokenSettings settings) {
        return new StableTokenProvider(Objects.requireNonNull(settings, "settings"));
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
        return "StableTokenProvider[appId=" + appId + "]";
    }
}
