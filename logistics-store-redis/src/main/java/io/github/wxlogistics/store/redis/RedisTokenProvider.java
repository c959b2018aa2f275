package io.github.wxlogistics.store.redis;

import io.github.wxlogistics.TokenSource;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.token.ClassicTokenProvider;
import io.github.wxlogistics.token.StableTokenProvider;
import io.github.wxlogistics.token.TokenCache;
import io.github.wxlogistics.token.TokenSettings;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.RedisClusterClient;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An {@link AccessTokenProvider} whose token is shared by every instance of a fleet through
 * Redis (Lettuce, async API), with one fetch at a time across the fleet: what an app needs that
 * must use the classic {@code /cgi-bin/token}, where each fetch invalidates the token the other
 * instances hold. (The stable endpoint gives every instance the same token; it needs no shared
 * store, but works here too.)
 *
 * <pre>{@code
 * TokenSettings settings = TokenSettings.of(AppCredentials.of(appId, appSecret), transport);
 * RedisTokenProvider tokens = RedisTokenProvider.builder(redisClient, RedisURI.create("redis://10.0.0.5:6379"),
 *         TokenSource.CLASSIC, settings).build();
 * LogisticsClient client = LogisticsClient.builder().tokenProvider(tokens).transport(transport).build();
 * }</pre>
 *
 * <p>Tokens are fetched by the core's own provider for the source ({@link ClassicTokenProvider}
 * or {@link StableTokenProvider} built from the settings and private to this provider), so the
 * HTTP exchange, the reply's decoding, errors and the expiry margin are the core's.
 *
 * <p>Data in Redis (the token is a secret: guard the Redis like the AppSecret); the hash tag
 * <code>{&lt;source&gt;:&lt;appId&gt;}</code> puts both keys in one Cluster slot:
 * <ul>
 *   <li><code>&lt;prefix&gt;token:{&lt;source&gt;:&lt;appId&gt;}</code>: {@code v1:<expiresAt epoch ms>:<token>},
 *       living until the token's expiry (the core's safety margin already taken off);</li>
 *   <li><code>&lt;prefix&gt;token-lease:{&lt;source&gt;:&lt;appId&gt;}</code>: the fetch lease, a random id set
 *       only if absent and living {@link Builder#leaseTtl}, so a holder that dies frees it.</li>
 * </ul>
 * {@link #token()} serves the token this instance last read while it is usable and younger than
 * {@link Builder#localCacheTtl}; otherwise it reads Redis. If Redis has no usable token, the
 * instance that takes the lease reads again, fetches, and stores the token and frees the lease in
 * one script that checks the lease is still its own; the others poll the token key every
 * {@link Builder#pollInterval} (and try the lease again, in case its holder died) until a new
 * token appears or {@link Builder#waitTimeout} passes. {@link #refresh} is compare-and-refresh
 * across the fleet: if Redis holds a token other than the rejected one, it is used; else the
 * lease is taken and a new one fetched. Callers on one instance share one such round: a burst of
 * 40001/42001 on every instance causes one fetch in all. This instance's callers share its rounds
 * through the core's {@link TokenCache}, the single-flight the core's own providers use.
 *
 * <p>When Redis fails or is slower than {@link Builder#commandTimeout} (default 1 s;
 * {@link Builder#connectTimeout} while connecting), the
 * provider follows {@link Builder#onRedisFailure}: by default {@link OnRedisFailure#FETCH_LOCALLY}
 * (a warning is logged, once per outage, and the private core provider serves this instance
 * alone; with classic tokens the instances then invalidate each other's tokens, each rejection
 * causing a refresh, until Redis is back), or {@link OnRedisFailure#FAIL} (the call fails with a
 * {@link TransportException} that says nothing was sent).
 *
 * <p>Stages complete on the {@link Builder#executor}, never on Lettuce's event loop. Thread-safe.
 * No token value appears in a log line, an exception message or {@link #toString()}.
 */
public final class RedisTokenProvider implements AccessTokenProvider, AutoCloseable {

    private static final System.Logger LOG = System.getLogger("io.github.wxlogistics.store.redis");

    /** What the provider does when Redis fails or does not answer in time. */
    public enum OnRedisFailure {
        /** Log a warning (once per outage) and fetch or reuse a token for this instance alone. */
        FETCH_LOCALLY,
        /** Fail the call with a {@link TransportException} whose {@code isNotSent()} is true. */
        FAIL
    }

    private final RedisLink link;
    private final TokenCache cache;
    private final AccessTokenProvider local;
    private final String appId;
    private final TokenSource source;
    private final OnRedisFailure onRedisFailure;
    private final ScheduledExecutorService ownedScheduler;
    private final AtomicReference<AccessToken> lastLocal = new AtomicReference<>();
    private final AtomicBoolean degraded = new AtomicBoolean();

    private RedisTokenProvider(Builder b, RedisFleetBuilder.Parts parts) {
        this.link = parts.link();
        this.ownedScheduler = parts.ownedScheduler();
        this.local = b.source == TokenSource.CLASSIC ? ClassicTokenProvider.create(b.settings)
                : StableTokenProvider.create(b.settings);
        this.appId = b.settings.credentials().appId();
        this.source = b.source;
        Clock clock = b.settings.clock();
        // The hash tag keeps both keys in one Cluster slot: the store-token script touches both.
        String tag = "{" + b.source.name().toLowerCase(Locale.ROOT) + ":" + appId + "}";
        Duration leaseTtl = b.leaseTtl != null ? b.leaseTtl : b.settings.timeout().plusSeconds(2);
        this.onRedisFailure = b.onRedisFailure;
        LeasedToken shared = new LeasedToken(link, b.keyPrefix + "token:" + tag, b.keyPrefix + "token-lease:" + tag,
                "app " + appId, clock, leaseTtl, b.waitTimeout != null ? b.waitTimeout : leaseTtl.multipliedBy(2),
                b.pollInterval, bad -> fetchFresh(), this::redisFailed, this::recovered);
        this.cache = TokenCache.create(shared::obtain, clock, b.localCacheTtl);
    }

    /**
     * A builder for a provider sharing the token of {@code settings}' app through a standalone
     * Redis ({@code redis://}) or a Sentinel-watched master ({@code redis-sentinel://...#master}).
     *
     * @param client   the Lettuce client; borrowed: {@link #close()} closes the connection the
     *                 provider opened on it, never the client
     * @param uri      where Redis is; every instance of the fleet MUST use the same Redis
     * @param source   the endpoint tokens come from; every instance MUST use the same one
     * @param settings credentials, transport (borrowed), base URI, clock, timeout and codec for the fetches
     * @return the builder
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(RedisClient client, RedisURI uri, TokenSource source, TokenSettings settings) {
        return new Builder(Objects.requireNonNull(client, "client"), Objects.requireNonNull(uri, "uri"), null, source,
                settings);
    }

    /**
     * A builder for a provider sharing the token of {@code settings}' app through a Redis Cluster.
     *
     * @param cluster  the Lettuce cluster client (see docs/fleet.md for its topology refresh
     *                 options); borrowed: {@link #close()} closes only the connection the provider opened
     * @param source   the endpoint tokens come from; every instance MUST use the same one
     * @param settings credentials, transport (borrowed), base URI, clock, timeout and codec for the fetches
     * @return the builder
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(RedisClusterClient cluster, TokenSource source, TokenSettings settings) {
        return new Builder(null, null, Objects.requireNonNull(cluster, "cluster"), source, settings);
    }

    /**
     * The fleet's current token: the one this instance read last if still usable and younger than
     * the local cache time, else Redis's, else a new one fetched under the fleet's lease.
     *
     * @return a stage with the token; it fails with the core's exceptions when WeChat refuses the
     *     fetch, and, with {@link OnRedisFailure#FAIL}, with a {@link TransportException} when
     *     Redis fails
     */
    @Override
    public CompletableFuture<AccessToken> token() {
        return cache.token();
    }

    /**
     * A token other than {@code rejected}: this instance's or Redis's if it differs, else a new
     * one fetched under the fleet's lease.
     *
     * @param rejected the token WeChat refused with 40001, 40014 or 42001
     * @return a stage with the token, failing as {@link #token()}'s does
     * @throws NullPointerException if {@code rejected} is null
     */
    @Override
    public CompletableFuture<AccessToken> refresh(AccessToken rejected) {
        return cache.refresh(rejected);
    }

    /**
     * Closes the connection the provider opened and the thread it created (neither the client, the
     * settings' transport, nor an executor or scheduler passed in). Later calls fail or, with
     * {@link OnRedisFailure#FETCH_LOCALLY}, fetch locally. Idempotent.
     */
    @Override
    public void close() {
        link.close();
        if (ownedScheduler != null) {
            ownedScheduler.shutdown();
        }
    }

    @Override
    public String toString() {
        return "RedisTokenProvider[appId=" + appId + ", source=" + source + ", redis=" + link.where() + "]";
    }

    /** A new token from the private core provider: it fetches when asked to refresh the token it gave last. */
    private CompletableFuture<AccessToken> fetchFresh() {
        AccessToken last = lastLocal.get();
        return recordLocal(last == null ? local.token() : local.refresh(last));
    }

    private CompletableFuture<AccessToken> recordLocal(CompletableFuture<AccessToken> fetched) {
        return fetched.thenApply(token -> {
            lastLocal.accumulateAndGet(token, (old, now) -> old == null || !now.expiresAt().isBefore(old.expiresAt())
                    ? now : old);
            return token;
        });
    }

    private void redisFailed(AccessToken bad, Throwable cause, CompletableFuture<AccessToken> out) {
        if (onRedisFailure == OnRedisFailure.FAIL) {
            out.completeExceptionally(TransportException.notSent("access token: " + link.where() + " failed ("
                    + RedisLink.describe(cause) + "); configured to fail", cause,
                    cause instanceof RedisCommandTimeoutException));
            return;
        }
        if (degraded.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "{0} failed ({1}); app {2} uses access tokens fetched by this instance alone until"
                    + " Redis answers again", link.where(), RedisLink.describe(cause), appId);
        } else {
            LOG.log(Level.DEBUG, "{0} still failing; access token of app {1} fetched locally", link.where(), appId);
        }
        CompletableFuture<AccessToken> fetched;
        try {
            // The private provider's own cache and compare-and-refresh serve this instance alone.
            fetched = recordLocal(bad == null ? local.token() : local.refresh(bad));
        } catch (RuntimeException e) {
            fetched = CompletableFuture.failedFuture(e);
        }
        fetched.whenComplete((token, fetchError) -> link.execute(() -> {
            if (fetchError != null) {
                out.completeExceptionally(RedisLink.unwrap(fetchError));
            } else {
                out.complete(token);
            }
        }));
    }

    private void recovered() {
        if (degraded.compareAndSet(true, false)) {
            LOG.log(Level.INFO, "{0} answers again; app {1} shares its access token again", link.where(), appId);
        }
    }

    /** Configures a {@link RedisTokenProvider}; the shared options are on {@link RedisFleetBuilder}. Not thread-safe. */
    public static final class Builder extends RedisFleetBuilder<Builder> {

        /** Default {@link #localCacheTtl}: 1 minute. */
        public static final Duration DEFAULT_LOCAL_CACHE_TTL = Duration.ofMinutes(1);

        private final TokenSource source;
        private final TokenSettings settings;
        private Duration leaseTtl;
        private Duration waitTimeout;
        private Duration localCacheTtl = DEFAULT_LOCAL_CACHE_TTL;
        private OnRedisFailure onRedisFailure = OnRedisFailure.FETCH_LOCALLY;

        private Builder(RedisClient client, RedisURI uri, RedisClusterClient cluster, TokenSource source,
                TokenSettings settings) {
            super(client, uri, cluster);
            this.source = Objects.requireNonNull(source, "source");
            this.settings = Objects.requireNonNull(settings, "settings");
        }

        /**
         * How long the fetch lease lives: longer than a fetch may take, so that one fetch at a time
         * holds; a holder that dies blocks the others this long. Default: the settings' timeout
         * plus 2 s (a fetch is bounded by the timeout plus 1 s).
         *
         * @param value the time to live, at least 1 ms
         * @return this builder
         * @throws IllegalArgumentException if it is under 1 ms
         */
        public Builder leaseTtl(Duration value) {
            this.leaseTtl = atLeastOneMilli(value, "leaseTtl");
            return this;
        }

        /**
         * The longest a caller waits for another instance's fetch before failing with a timeout;
         * default twice the lease time to live (one dead holder, then one fetch).
         *
         * @param value the bound, at least 1 ms
         * @return this builder
         * @throws IllegalArgumentException if it is under 1 ms
         */
        public Builder waitTimeout(Duration value) {
            this.waitTimeout = atLeastOneMilli(value, "waitTimeout");
            return this;
        }

        /**
         * How long an instance serves the token it read without asking Redis again (never past
         * the token's expiry; measured on the settings' clock): the longest it may use a token
         * another instance has replaced (the classic endpoint keeps a replaced token valid for
         * about 5 minutes). Default 1 minute.
         *
         * @param value the time, zero to read Redis on every call
         * @return this builder
         * @throws IllegalArgumentException if it is negative
         */
        public Builder localCacheTtl(Duration value) {
            if (Objects.requireNonNull(value, "localCacheTtl").isNegative()) {
                throw new IllegalArgumentException("localCacheTtl must not be negative, was " + value);
            }
            this.localCacheTtl = value;
            return this;
        }

        /**
         * What to do when Redis fails; default {@link OnRedisFailure#FETCH_LOCALLY}.
         *
         * @param value the behaviour
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder onRedisFailure(OnRedisFailure value) {
            this.onRedisFailure = Objects.requireNonNull(value, "onRedisFailure");
            return this;
        }

        /**
         * The provider. It starts connecting in the background and does not wait, so it builds
         * while Redis is down.
         *
         * @return the provider
         */
        public RedisTokenProvider build() {
            return new RedisTokenProvider(this, open("wxlogistics-redis-tokens"));
        }
    }
}
