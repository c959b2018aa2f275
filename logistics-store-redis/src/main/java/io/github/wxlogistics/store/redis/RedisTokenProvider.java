package io.github.wxlogistics.store.redis;

import io.github.wxlogistics.TokenSource;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.token.ClassicTokenProvider;
import io.github.wxlogistics.token.StableTokenProvider;
import io.github.wxlogistics.token.TokenSettings;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

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
 * <p>Data in Redis (the token is a secret: guard the Redis like the AppSecret):
 * <ul>
 *   <li>{@code <prefix>token:<source>:<appId>}: {@code v1:<expiresAt epoch ms>:<token>}, living
 *       until the token's expiry (the core's safety margin already taken off);</li>
 *   <li>{@code <prefix>token-lease:<source>:<appId>}: the fetch lease, a random id set only if
 *       absent and living {@link Builder#leaseTtl}, so a holder that dies frees it.</li>
 * </ul>
 * {@link #token()} serves the token this instance last read while it is usable and younger than
 * {@link Builder#localCacheTtl}; otherwise it reads Redis. If Redis has no usable token, the
 * instance that takes the lease reads again, fetches, and stores the token and frees the lease in
 * one script that checks the lease is still its own; the others poll the token key every
 * {@link Builder#pollInterval} (and try the lease again, in case its holder died) until a new
 * token appears or {@link Builder#waitTimeout} passes. {@link #refresh} is compare-and-refresh
 * across the fleet: if Redis holds a token other than the rejected one, it is used; else the
 * lease is taken and a new one fetched. Callers on one instance share one such round: a burst of
 * 40001/42001 on every instance causes one fetch in all.
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

    // Stores the token and frees the lease only if the lease is still this fetcher's.
    private static final LuaScript STORE = LuaScript.of("""
            if redis.call('GET', KEYS[2]) == ARGV[1] then
              redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
              redis.call('DEL', KEYS[2])
              return 1
            end
            return 0
            """);
    private static final LuaScript RELEASE = LuaScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              redis.call('DEL', KEYS[1])
              return 1
            end
            return 0
            """);

    /** What the provider does when Redis fails or does not answer in time. */
    public enum OnRedisFailure {
        /** Log a warning (once per outage) and fetch or reuse a token for this instance alone. */
        FETCH_LOCALLY,
        /** Fail the call with a {@link TransportException} whose {@code isNotSent()} is true. */
        FAIL
    }

    private final RedisLink link;
    private final AccessTokenProvider local;
    private final String appId;
    private final TokenSource source;
    private final Clock clock;
    private final String tokenKey;
    private final String leaseKey;
    private final Duration leaseTtl;
    private final Duration waitTimeout;
    private final Duration pollInterval;
    private final Duration localCacheTtl;
    private final OnRedisFailure onRedisFailure;
    private final ScheduledExecutorService ownedScheduler;
    private final String instance;
    private final AtomicLong leases = new AtomicLong();
    private final AtomicReference<AccessToken> lastLocal = new AtomicReference<>();
    private final AtomicReference<Near> near = new AtomicReference<>();
    private final AtomicReference<Flight> flight = new AtomicReference<>();
    private final AtomicBoolean degraded = new AtomicBoolean();

    /** The token this instance last read or stored, and when (System.nanoTime). */
    private record Near(AccessToken token, long readAt) {
    }

    /** One round to Redis (and maybe WeChat) that this instance's callers share. */
    private record Flight(AccessToken bad, CompletableFuture<AccessToken> result) {
    }

    private RedisTokenProvider(Builder b, RedisLink link, ScheduledExecutorService ownedScheduler) {
        this.link = link;
        this.local = b.source == TokenSource.CLASSIC ? ClassicTokenProvider.create(b.settings)
                : StableTokenProvider.create(b.settings);
        this.appId = b.settings.credentials().appId();
        this.source = b.source;
        this.clock = b.settings.clock();
        String name = b.source.name().toLowerCase(Locale.ROOT) + ":" + appId;
        this.tokenKey = b.keyPrefix + "token:" + name;
        this.leaseKey = b.keyPrefix + "token-lease:" + name;
        this.leaseTtl = b.leaseTtl != null ? b.leaseTtl : b.settings.timeout().plusSeconds(2);
        this.waitTimeout = b.waitTimeout != null ? b.waitTimeout : leaseTtl.multipliedBy(2);
        this.pollInterval = b.pollInterval;
        this.localCacheTtl = b.localCacheTtl;
        this.onRedisFailure = b.onRedisFailure;
        this.ownedScheduler = ownedScheduler;
        byte[] id = new byte[8];
        new SecureRandom().nextBytes(id);
        this.instance = HexFormat.of().formatHex(id);
    }

    /**
     * A builder for a provider sharing the token of {@code settings}' app through the Redis at
     * {@code uri}.
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
        return new Builder(Objects.requireNonNull(client, "client"), Objects.requireNonNull(uri, "uri"),
                Objects.requireNonNull(source, "source"), Objects.requireNonNull(settings, "settings"));
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
        Near cached = near.get();
        if (cached != null && fresh(cached)) {
            return CompletableFuture.completedFuture(cached.token());
        }
        return shared(null);
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
        Objects.requireNonNull(rejected, "rejected");
        Near cached = near.get();
        if (cached != null && fresh(cached) && !cached.token().value().equals(rejected.value())) {
            return CompletableFuture.completedFuture(cached.token());
        }
        return shared(rejected);
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

    private boolean fresh(Near cached) {
        return cached.token().isUsableAt(clock.instant()) && System.nanoTime() - cached.readAt() < localCacheTtl.toNanos();
    }

    private boolean good(AccessToken token, AccessToken bad) {
        return token != null && token.isUsableAt(clock.instant()) && (bad == null || !token.value().equals(bad.value()));
    }

    /** Joins this instance's round in flight if it will do, or starts one. */
    private CompletableFuture<AccessToken> shared(AccessToken bad) {
        while (true) {
            Flight current = flight.get();
            if (current != null && !current.result().isDone()) {
                if (bad == null || current.bad() != null && current.bad().value().equals(bad.value())) {
                    return current.result().copy();
                }
                // A round for another reason may bring back the token just rejected: then start one of our own.
                return current.result().copy().handle((token, error) -> good(token, bad)
                        ? CompletableFuture.completedFuture(token) : shared(bad)).thenCompose(Function.identity());
            }
            Flight next = new Flight(bad, new CompletableFuture<>());
            if (flight.compareAndSet(current, next)) {
                CompletableFuture<AccessToken> round;
                try {
                    round = obtain(bad);
                } catch (RuntimeException e) {
                    round = CompletableFuture.failedFuture(e);
                }
                round.whenComplete((token, error) -> {
                    if (error != null) {
                        next.result().completeExceptionally(RedisLink.unwrap(error));
                    } else {
                        near.set(new Near(token, System.nanoTime()));
                        next.result().complete(token);
                    }
                });
                return next.result().copy();
            }
        }
    }

    private CompletableFuture<AccessToken> obtain(AccessToken bad) {
        CompletableFuture<AccessToken> out = new CompletableFuture<>();
        attempt(bad, System.nanoTime() + waitTimeout.toNanos(), out);
        return out;
    }

    /** Reads Redis; takes the lease if the token there will not do; else waits for the lease holder. */
    private void attempt(AccessToken bad, long deadline, CompletableFuture<AccessToken> out) {
        link.<byte[]>run(c -> c.get(tokenKey), null).whenComplete((raw, error) -> {
            if (error != null) {
                redisFailed(bad, error, out);
                return;
            }
            recovered();
            AccessToken cached = decode(raw);
            if (good(cached, bad)) {
                out.complete(cached);
                return;
            }
            byte[] lease = RedisDuplicateStore.ascii(instance + "-" + leases.incrementAndGet());
            link.<String>run(c -> c.set(leaseKey, lease, SetArgs.Builder.nx().px(leaseTtl.toMillis())), late -> {
                if ("OK".equals(late)) {
                    release(lease);   // taken after the caller gave up on it
                }
            }).whenComplete((taken, leaseError) -> {
                if (leaseError != null) {
                    redisFailed(bad, leaseError, out);
                } else if ("OK".equals(taken)) {
                    fetchUnderLease(bad, lease, out);
                } else if (System.nanoTime() - deadline > 0) {
                    out.completeExceptionally(TransportException.timeout("access token: no instance of the fleet stored"
                            + " a new token in Redis within " + waitTimeout.toMillis() + " ms", null));
                } else {
                    later(() -> attempt(bad, deadline, out), out);
                }
            });
        });
    }

    private void fetchUnderLease(AccessToken bad, byte[] lease, CompletableFuture<AccessToken> out) {
        // Read again: the previous holder may have stored a token between our read and our lease.
        link.<byte[]>run(c -> c.get(tokenKey), null).whenComplete((raw, error) -> {
            if (error != null) {
                release(lease);
                redisFailed(bad, error, out);
                return;
            }
            AccessToken cached = decode(raw);
            if (good(cached, bad)) {
                release(lease);
                out.complete(cached);
                return;
            }
            fetchFresh().whenComplete((token, fetchError) -> link.execute(() -> {
                if (fetchError != null) {
                    release(lease);
                    out.completeExceptionally(RedisLink.unwrap(fetchError));
                    return;
                }
                long ttl = token.expiresAt().toEpochMilli() - clock.millis();
                if (ttl <= 0) {
                    release(lease);
                    out.complete(token);
                    return;
                }
                link.<Long>script(STORE, ScriptOutputType.INTEGER, new String[] {tokenKey, leaseKey},
                        new byte[][] {lease, encode(token), RedisDuplicateStore.ascii(Long.toString(ttl))}, null)
                        .whenComplete((stored, storeError) -> {
                            if (storeError != null) {
                                LOG.log(Level.WARNING, "fetched an access token for app {0} but Redis at {1} could not"
                                        + " store it ({2}); the other instances will fetch their own", appId,
                                        link.where(), RedisDuplicateStore.describe(storeError));
                            } else if (stored == 0L) {
                                LOG.log(Level.WARNING, "the token lease of app {0} expired before its new token was"
                                        + " stored (the fetch took longer than the lease time to live, {1} ms); not"
                                        + " shared", appId, leaseTtl.toMillis());
                            }
                            out.complete(token);
                        });
            }));
        });
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

    private void redisFailed(AccessToken bad, Throwable error, CompletableFuture<AccessToken> out) {
        Throwable cause = RedisLink.unwrap(error);
        if (onRedisFailure == OnRedisFailure.FAIL) {
            out.completeExceptionally(TransportException.notSent("access token: Redis at " + link.where()
                    + " failed (" + RedisDuplicateStore.describe(cause) + "); configured to fail",
                    cause, cause instanceof RedisCommandTimeoutException));
            return;
        }
        if (degraded.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "Redis at {0} failed ({1}); app {2} uses access tokens fetched by this instance"
                    + " alone until Redis answers again", link.where(), RedisDuplicateStore.describe(cause), appId);
        } else {
            LOG.log(Level.DEBUG, "Redis at {0} still failing; access token of app {1} fetched locally", link.where(), appId);
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
            LOG.log(Level.INFO, "Redis at {0} answers again; app {1} shares its access token again", link.where(), appId);
        }
    }

    private void release(byte[] lease) {
        link.<Long>script(RELEASE, ScriptOutputType.INTEGER, new String[] {leaseKey}, new byte[][] {lease}, null)
                .whenComplete((released, error) -> {
                    if (error != null) {
                        LOG.log(Level.DEBUG, "could not free the token lease of app {0}; it expires in {1} ms", appId,
                                leaseTtl.toMillis());
                    }
                });
    }

    private void later(Runnable task, CompletableFuture<AccessToken> out) {
        try {
            link.scheduler().schedule(() -> link.execute(task), pollInterval.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            out.completeExceptionally(new IllegalStateException("the scheduler refused work (closed?)", e));
        }
    }

    private static byte[] encode(AccessToken token) {
        return ("v1:" + token.expiresAt().toEpochMilli() + ":" + token.value()).getBytes(StandardCharsets.UTF_8);
    }

    private static AccessToken decode(byte[] raw) {
        if (raw == null) {
            return null;
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        int first = text.indexOf(':');
        int second = first < 0 ? -1 : text.indexOf(':', first + 1);
        if (second < 0 || !text.startsWith("v1:") || second == text.length() - 1) {
            return null;   // not ours or an older layout: fetched again and overwritten
        }
        try {
            return new AccessToken(text.substring(second + 1), Instant.ofEpochMilli(Long.parseLong(text.substring(first + 1, second))));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Configures a {@link RedisTokenProvider}; not thread-safe. */
    public static final class Builder {

        /** Default {@link #keyPrefix}: {@value}. */
        public static final String DEFAULT_KEY_PREFIX = "wxlogistics:";
        /** Default {@link #commandTimeout}: 1 second. */
        public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(1);
        /** Default {@link #connectTimeout}: 5 seconds. */
        public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
        /** Default {@link #pollInterval}: 50 ms. */
        public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(50);
        /** Default {@link #localCacheTtl}: 1 minute. */
        public static final Duration DEFAULT_LOCAL_CACHE_TTL = Duration.ofMinutes(1);

        private final RedisClient client;
        private final RedisURI uri;
        private final TokenSource source;
        private final TokenSettings settings;
        private String keyPrefix = DEFAULT_KEY_PREFIX;
        private Duration commandTimeout = DEFAULT_COMMAND_TIMEOUT;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration leaseTtl;
        private Duration waitTimeout;
        private Duration pollInterval = DEFAULT_POLL_INTERVAL;
        private Duration localCacheTtl = DEFAULT_LOCAL_CACHE_TTL;
        private OnRedisFailure onRedisFailure = OnRedisFailure.FETCH_LOCALLY;
        private Executor executor;
        private ScheduledExecutorService scheduler;

        private Builder(RedisClient client, RedisURI uri, TokenSource source, TokenSettings settings) {
            this.client = client;
            this.uri = uri;
            this.source = source;
            this.settings = settings;
        }

        /**
         * What every key starts with; default {@value #DEFAULT_KEY_PREFIX}. Instances of one fleet
         * MUST use the same prefix.
         *
         * @param value the prefix, possibly empty
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder keyPrefix(String value) {
            this.keyPrefix = Objects.requireNonNull(value, "keyPrefix");
            return this;
        }

        /**
         * The longest one Redis round trip on an open connection may take before it counts as a
         * Redis failure; default 1 s.
         *
         * @param value the timeout, at least 1 ms
         * @return this builder
         * @throws IllegalArgumentException if it is under 1 ms
         */
        public Builder commandTimeout(Duration value) {
            this.commandTimeout = RedisDuplicateStore.Builder.atLeastOneMilli(value, "commandTimeout");
            return this;
        }

        /**
         * The longest a command waits while the connection is being opened (at start, or after
         * Redis was unreachable); default 5 s, so that a fleet starting up does not take a slow
         * first connection for an outage and fetch a token on every instance. A refused connection
         * fails at once.
         *
         * @param value the timeout, at least 1 ms
         * @return this builder
         * @throws IllegalArgumentException if it is under 1 ms
         */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = RedisDuplicateStore.Builder.atLeastOneMilli(value, "connectTimeout");
            return this;
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
            this.leaseTtl = RedisDuplicateStore.Builder.atLeastOneMilli(value, "leaseTtl");
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
            this.waitTimeout = RedisDuplicateStore.Builder.atLeastOneMilli(value, "waitTimeout");
            return this;
        }

        /**
         * How often a waiting instance reads the token key and tries the lease; default 50 ms.
         *
         * @param value the interval, at least 1 ms
         * @return this builder
         * @throws IllegalArgumentException if it is under 1 ms
         */
        public Builder pollInterval(Duration value) {
            this.pollInterval = RedisDuplicateStore.Builder.atLeastOneMilli(value, "pollInterval");
            return this;
        }

        /**
         * How long an instance serves the token it read without asking Redis again (never past
         * the token's expiry): the longest it may use a token another instance has replaced
         * (the classic endpoint keeps a replaced token valid for about 5 minutes). Default 1 minute.
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
         * Where the stages the provider returns complete. Borrowed: never shut down by the
         * provider. Default: the provider's own scheduler thread.
         *
         * @param value the executor
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder executor(Executor value) {
            this.executor = Objects.requireNonNull(value, "executor");
            return this;
        }

        /**
         * Times command timeouts and polls; its tasks are short. Borrowed: never shut down by the
         * provider. Default: one daemon thread the provider owns and {@link #close()} shuts down.
         *
         * @param value the scheduler
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder scheduler(ScheduledExecutorService value) {
            this.scheduler = Objects.requireNonNull(value, "scheduler");
            return this;
        }

        /**
         * The provider. It starts connecting in the background and does not wait, so it builds
         * while Redis is down.
         *
         * @return the provider
         */
        public RedisTokenProvider build() {
            ScheduledExecutorService owned = scheduler == null ? Threads.daemonScheduler("wxlogistics-redis-tokens") : null;
            ScheduledExecutorService timer = scheduler != null ? scheduler : owned;
            RedisLink link = new RedisLink(client, uri, commandTimeout, connectTimeout, timer,
                    executor != null ? executor : timer);
            link.open();
            return new RedisTokenProvider(this, link, owned);
        }
    }
}
