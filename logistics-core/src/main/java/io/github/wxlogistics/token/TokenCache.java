package io.github.wxlogistics.token;

import io.github.wxlogistics.spi.AccessToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The single-flight token cache every provider of this library builds on (the core's
 * {@link StableTokenProvider} and {@link ClassicTokenProvider}, the Redis module's shared
 * provider): a building block for an {@link io.github.wxlogistics.spi.AccessTokenProvider}.
 * Lock-free. Concurrent callers that find it empty, expired or older than its maximum age share
 * one fetch; {@link #refresh(AccessToken)} is compare-and-refresh: it fetches only if the cached
 * token is still the rejected one. A failed fetch is not cached: the next caller starts a new one.
 *
 * <pre>{@code
 * TokenCache cache = TokenCache.create(rejected -> fetchFromSomewhere(rejected), Clock.systemUTC());
 * public CompletableFuture<AccessToken> token() { return cache.token(); }
 * public CompletableFuture<AccessToken> refresh(AccessToken rejected) { return cache.refresh(rejected); }
 * }</pre>
 *
 * <p>Each caller gets its own copy of the shared stage, so a caller that cancels cannot cancel the
 * fetch the others share. Stages complete on the thread that completes the fetch.
 */
public final class TokenCache {

    /** Fetches a token for the cache; called by at most one caller at a time. */
    @FunctionalInterface
    public interface Fetch {
        /**
         * Starts one fetch.
         *
         * @param rejected the token WeChat refused when this fetch serves a {@link TokenCache#refresh},
         *                 which the result MUST NOT be; {@code null} when the cache was empty, expired
         *                 or too old
         * @return a stage with the token; a failure is handed to every caller sharing this fetch
         */
        CompletableFuture<AccessToken> fetch(AccessToken rejected);
    }

    /** A fetch shared by callers, the token it must replace (or null), and when its token arrived (once done). */
    private record Entry(CompletableFuture<AccessToken> token, AccessToken rejected, AtomicReference<Instant> arrived) {
    }

    private final Fetch fetch;
    private final Clock clock;
    private final Duration maxAge;
    private final AtomicReference<Entry> current = new AtomicReference<>();

    private TokenCache(Fetch fetch, Clock clock, Duration maxAge) {
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxAge = maxAge;
    }

    /**
     * A cache that keeps a token while it is usable ({@link AccessToken#isUsableAt}).
     *
     * @param fetch how to fetch a token
     * @param clock the clock that decides usability
     * @return the cache
     * @throws NullPointerException if an argument is null
     */
    public static TokenCache create(Fetch fetch, Clock clock) {
        return new TokenCache(fetch, clock, null);
    }

    /**
     * A cache that keeps a token while it is usable and younger than {@code maxAge} (measured on
     * {@code clock} from the moment the fetch completed), for a provider whose source of truth
     * can change under it (a token shared through Redis).
     *
     * @param fetch  how to fetch a token
     * @param clock  the clock that decides usability and age
     * @param maxAge the longest a token is served without fetching again; zero to fetch on every
     *               call that finds no fetch in flight
     * @return the cache
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code maxAge} is negative
     */
    public static TokenCache create(Fetch fetch, Clock clock, Duration maxAge) {
        if (Objects.requireNonNull(maxAge, "maxAge").isNegative()) {
            throw new IllegalArgumentException("maxAge must not be negative, was " + maxAge);
        }
        return new TokenCache(fetch, clock, maxAge);
    }

    /**
     * The cached token if usable (and young enough), the fetch in flight if any, or a new fetch.
     *
     * @return a stage with the token, this caller's own copy
     */
    public CompletableFuture<AccessToken> token() {
        return get(null);
    }

    /**
     * A token other than {@code rejected}: the cached one if it differs, the fetch in flight (or,
     * if that brings back the rejected token, a new fetch), else a new fetch.
     *
     * @param rejected the token WeChat refused with 40001, 40014 or 42001
     * @return a stage with the token, this caller's own copy
     * @throws NullPointerException if {@code rejected} is null
     */
    public CompletableFuture<AccessToken> refresh(AccessToken rejected) {
        return get(Objects.requireNonNull(rejected, "rejected"));
    }

    private CompletableFuture<AccessToken> get(AccessToken rejected) {
        while (true) {
            Entry cached = current.get();
            if (cached != null && !cached.token().isDone()) {
                CompletableFuture<AccessToken> shared = cached.token().copy();
                if (rejected == null || cached.rejected() != null && cached.rejected().value().equals(rejected.value())) {
                    return shared;
                }
                // A fetch started for another reason may bring back the very token just rejected.
                return shared.thenCompose(token -> token.value().equals(rejected.value())
                        ? get(rejected) : CompletableFuture.completedFuture(token));
            }
            if (cached != null && usable(cached, rejected)) {
                return cached.token().copy();
            }
            Entry next = new Entry(new CompletableFuture<>(), rejected, new AtomicReference<>());
            if (current.compareAndSet(cached, next)) {
                return fetchInto(next).copy();
            }
        }
    }

    private boolean usable(Entry done, AccessToken rejected) {
        if (done.token().isCompletedExceptionally()) {
            return false;
        }
        AccessToken token = done.token().join();
        Instant now = clock.instant();
        return token.isUsableAt(now) && (rejected == null || !token.value().equals(rejected.value()))
                && (maxAge == null || done.arrived().get() != null && done.arrived().get().plus(maxAge).isAfter(now));
    }

    private CompletableFuture<AccessToken> fetchInto(Entry next) {
        CompletableFuture<AccessToken> fetched;
        try {
            fetched = fetch.fetch(next.rejected());
        } catch (RuntimeException e) {
            fetched = CompletableFuture.failedFuture(e);
        }
        fetched.whenComplete((token, err) -> {
            if (err != null) {
                next.token().completeExceptionally(err);
            } else {
                next.arrived().set(clock.instant());
                next.token().complete(token);
            }
        });
        return next.token();
    }
}
