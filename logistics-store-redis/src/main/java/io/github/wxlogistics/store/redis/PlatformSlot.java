package io.github.wxlogistics.store.redis;

import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.token.TokenCache;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * One slot's provider of {@link RedisPlatformStore} on this instance: the core's single-flight
 * {@link TokenCache} over the fleet's {@link LeasedToken}, replaced by an empty one when the
 * merchant is forgotten. Thread-safe.
 */
final class PlatformSlot implements AccessTokenProvider {

    private final LeasedToken shared;
    private final Clock clock;
    private final Duration localCacheTtl;
    private volatile TokenCache cache;

    PlatformSlot(LeasedToken shared, Clock clock, Duration localCacheTtl) {
        this.shared = shared;
        this.clock = clock;
        this.localCacheTtl = localCacheTtl;
        clear();
    }

    /** Drops this instance's copy (the merchant was forgotten): the next call reads Redis. Returns this. */
    PlatformSlot clear() {
        cache = TokenCache.create(shared::obtain, clock, localCacheTtl);
        return this;
    }

    @Override
    public CompletableFuture<AccessToken> token() {
        return cache.token();
    }

    @Override
    public CompletableFuture<AccessToken> refresh(AccessToken rejected) {
        return cache.refresh(rejected);
    }
}
