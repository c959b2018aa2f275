package io.github.wxlogistics.platform;

import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.ComponentTicket;
import io.github.wxlogistics.spi.PlatformStore;
import io.github.wxlogistics.spi.RefreshToken;
import io.github.wxlogistics.spi.TokenSlot;
import io.github.wxlogistics.token.TokenCache;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link PlatformStore} of one process: state in maps, tokens in the core's single-flight
 * {@link TokenCache}. Everything is lost when the process ends, refresh tokens included, so a
 * platform with more than one instance, or one that must survive a restart without asking its
 * merchants to authorize again, uses a shared durable store ({@code RedisPlatformStore} in
 * {@code logistics-store-redis}). Thread-safe; stages complete on the calling thread or on the
 * thread that completed the fetch.
 */
public final class InMemoryPlatformStore implements PlatformStore {

    /** WeChat's validity of a component_verify_ticket. */
    static final Duration TICKET_VALIDITY = Duration.ofHours(12);

    private final Clock clock;
    private final Map<String, ComponentTicket> tickets = new ConcurrentHashMap<>();
    private final Map<String, RefreshToken> refreshTokens = new ConcurrentHashMap<>();
    private final Map<TokenSlot, Slot> slots = new ConcurrentHashMap<>();

    private InMemoryPlatformStore(Clock clock) {
        this.clock = clock;
    }

    /**
     * A store on the system clock.
     *
     * @return a new, empty store
     */
    public static InMemoryPlatformStore create() {
        return create(Clock.systemUTC());
    }

    /**
     * A store whose tokens and tickets expire on {@code clock}.
     *
     * @param clock the clock that decides usability
     * @return a new, empty store
     */
    public static InMemoryPlatformStore create(Clock clock) {
        return new InMemoryPlatformStore(Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public CompletableFuture<Void> saveTicket(String componentAppId, ComponentTicket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        tickets.merge(TokenSlot.checkAppId(componentAppId, "componentAppId"), ticket,
                (kept, pushed) -> pushed.createdAt().isBefore(kept.createdAt()) ? kept : pushed);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Optional<ComponentTicket>> ticket(String componentAppId) {
        ComponentTicket kept = tickets.get(componentAppId);
        boolean usable = kept != null && kept.createdAt().plus(TICKET_VALIDITY).isAfter(clock.instant());
        return CompletableFuture.completedFuture(usable ? Optional.of(kept) : Optional.empty());
    }

    @Override
    public AccessTokenProvider tokens(TokenSlot slot, TokenFetch fetch) {
        Objects.requireNonNull(fetch, "fetch");
        return slots.computeIfAbsent(Objects.requireNonNull(slot, "slot"), s -> new Slot(fetch, clock));
    }

    @Override
    public CompletableFuture<Optional<RefreshToken>> refreshToken(String componentAppId, String authorizerAppId) {
        return CompletableFuture.completedFuture(Optional.ofNullable(refreshTokens.get(key(componentAppId, authorizerAppId))));
    }

    @Override
    public CompletableFuture<Void> saveRefreshToken(String componentAppId, String authorizerAppId, RefreshToken token) {
        refreshTokens.put(key(componentAppId, authorizerAppId), Objects.requireNonNull(token, "token"));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Boolean> replaceRefreshToken(String componentAppId, String authorizerAppId,
            RefreshToken expected, RefreshToken next) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(next, "next");
        return CompletableFuture.completedFuture(refreshTokens.replace(key(componentAppId, authorizerAppId), expected, next));
    }

    @Override
    public CompletableFuture<Void> forget(String componentAppId, String authorizerAppId) {
        refreshTokens.remove(key(componentAppId, authorizerAppId));
        Slot slot = slots.get(TokenSlot.authorizer(componentAppId, authorizerAppId));
        if (slot != null) {
            slot.clear();
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public String toString() {
        return "InMemoryPlatformStore[authorizers=" + refreshTokens.size() + "]";
    }

    private static String key(String componentAppId, String authorizerAppId) {
        return TokenSlot.authorizer(componentAppId, authorizerAppId).id();
    }

    /** One slot's provider: a single-flight cache, replaced by an empty one when the authorizer is forgotten. */
    private static final class Slot implements AccessTokenProvider {
        private final TokenFetch fetch;
        private final Clock clock;
        private volatile TokenCache cache;

        Slot(TokenFetch fetch, Clock clock) {
            this.fetch = fetch;
            this.clock = clock;
            clear();
        }

        void clear() {
            cache = TokenCache.create(fetch::fetch, clock);
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
}
