package io.github.wxlogistics.token;

import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Always supplies the same token, for tokens managed outside this library (for example a
 * third-party platform's {@code authorizer_access_token}). When WeChat rejects it, there is
 * nothing to refresh: the rejection surfaces as an {@link io.github.wxlogistics.error.ApiException}.
 * For a token that changes, implement {@link AccessTokenProvider} instead.
 */
public final class FixedTokenProvider implements AccessTokenProvider {

    private final CompletableFuture<AccessToken> token;

    private FixedTokenProvider(AccessToken token) {
        this.token = CompletableFuture.completedFuture(token);
    }

    /**
     * A provider of this token value.
     *
     * @param accessToken the token to hand out on every call, never refreshed
     * @return a provider of this token value
     */
    public static FixedTokenProvider of(String accessToken) {
        return new FixedTokenProvider(AccessToken.fixed(Objects.requireNonNull(accessToken, "accessToken")));
    }

    @Override
    public CompletableFuture<AccessToken> token() {
        return token.copy();
    }

    /** Returns the same token: a fixed token cannot be refreshed. */
    @Override
    public CompletableFuture<AccessToken> refresh(AccessToken rejected) {
        return token.copy();
    }

    @Override
    public String toString() {
        return "FixedTokenProvider[token=***]";
    }
}
