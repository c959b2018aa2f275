package io.github.wxlogistics.store.redis;

import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.ComponentTicket;
import io.github.wxlogistics.spi.PlatformStore;
import io.github.wxlogistics.spi.RefreshToken;
import io.github.wxlogistics.spi.TokenSlot;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.RedisClusterClient;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A {@link PlatformStore} shared by every instance of a third-party platform's fleet through Redis
 * (Lettuce, async API): the {@code component_verify_ticket} pushed to one instance serves all, the
 * {@code component_access_token} and each merchant's {@code authorizer_access_token} are fetched by
 * one instance at a time and shared, and merchants' {@code authorizer_refresh_token}s are kept
 * without expiry, so that an instance that restarts (or a new one) continues without asking any
 * merchant to authorize again.
 *
 * <pre>{@code
 * RedisPlatformStore store = RedisPlatformStore.builder(redisClient, redisUri).keyPrefix("saas-prod:").build();
 * }</pre>
 * <p>Data in Redis (every value is a secret: guard the Redis like the component secret):
 * <ul>
 *   <li><code>&lt;prefix&gt;platform-ticket:{component:&lt;componentAppId&gt;}</code>:
 *       {@code v1:<created epoch ms>:<ticket>}, no expiry (a ticket older than 12 hours is not
 *       used); a script keeps the latest by creation time;</li>
 *   <li><code>&lt;prefix&gt;platform-token:{&lt;slot&gt;}</code> and <code>&lt;prefix&gt;platform-lease:{&lt;slot&gt;}</code>,
 *       the slot being {@link TokenSlot#id()} ({@code component:<componentAppId>} or
 *       {@code authorizer:<componentAppId>:<authorizerAppId>}): the token until its expiry, and the
 *       fetch lease, as {@link RedisTokenProvider} keeps them;</li>
 *   <li><code>&lt;prefix&gt;platform-refresh:{authorizer:&lt;componentAppId&gt;:&lt;authorizerAppId&gt;}</code>:
 *       {@code v1:<refresh token>}, <b>no expiry</b>; replaced by compare-and-set.</li>
 * </ul>
 * The hash tags put a merchant's keys in one Cluster slot and spread merchants over the slots.
 *
 * <p>Refresh tokens must survive Redis itself: run it with persistence ({@code appendonly yes}),
 * a {@code maxmemory-policy} that never evicts keys without expiry ({@code noeviction} or a
 * {@code volatile-*} policy), and, with Sentinel or a Cluster, {@link RedisFleetBuilder#replicaAcks(int) replicaAcks(1)}.
 * When Redis fails while a refresh token is being saved or rotated, the stage fails with a
 * {@link TransportException} and this instance keeps the refresh token in memory, reads it from
 * there, and writes it again every {@link Builder#retryInterval} until Redis takes it (with a
 * warning, then an INFO line); {@link #keptRefreshTokens()} counts them and {@link #close()} warns
 * about any still kept.
 *
 * <p>Every Redis round trip is bounded by the command timeout; a failure completes the stage with a
 * {@link TransportException} saying nothing was sent to WeChat (a platform cannot fetch an
 * authorizer token without its refresh token, so there is no local fallback). Stages complete on
 * the {@link RedisFleetBuilder#executor executor}, never on Lettuce's event loop. Thread-safe. No
 * ticket, token or refresh token appears in a log line, an exception message or {@link #toString()}.
 *
 * @see <a href="https://developers.weixin.qq.com/doc/oplatform/developers/dev/ThirdParty/token/api_authorizer_token.html">api_authorizer_token</a>
 */
public final class RedisPlatformStore implements PlatformStore, AutoCloseable {

    private static final System.Logger LOG = System.getLogger("io.github.wxlogistics.store.redis");

    /** WeChat's validity of a {@code component_verify_ticket}: 12 hours. */
    static final Duration TICKET_VALIDITY = Duration.ofHours(12);
    private static final long KEEP_NANOS = Duration.ofDays(3650).toNanos();   // kept until Redis takes it

    private final RedisLink link;
    private final ScheduledExecutorService ownedScheduler;
    private final String prefix;
    private final Clock clock;
    private final Duration leaseTtl;
    private final Duration waitTimeout;
    private final Duration pollInterval;
    private final Duration localCacheTtl;
    private final OutageBuffer kept;
    private final Map<TokenSlot, PlatformSlot> slots = new ConcurrentHashMap<>();

    private RedisPlatformStore(Builder b, RedisFleetBuilder.Parts parts) {
        this.link = parts.link();
        this.ownedScheduler = parts.ownedScheduler();
        this.prefix = b.keyPrefix;
        this.clock = b.clock;
        this.leaseTtl = b.leaseTtl;
        this.waitTimeout = b.waitTimeout != null ? b.waitTimeout : b.leaseTtl.multipliedBy(2);
        this.pollInterval = b.pollInterval;
        this.localCacheTtl = b.localCacheTtl;
        this.kept = new OutageBuffer(link, "refresh token", b.retryInterval, Integer.MAX_VALUE, this::writeKept);
    }

    /**
     * A builder for a store on a standalone Redis ({@code redis://}) or a Sentinel-watched master
     * ({@code redis-sentinel://...#master}).
     *
     * @param client the Lettuce client; borrowed: {@link #close()} closes the connection the store
     *               opened on it, never the client
     * @param uri    where Redis is; every instance of the platform MUST use the same Redis
     * @return the builder
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(RedisClient client, RedisURI uri) {
        return new Builder(Objects.requireNonNull(client, "client"), Objects.requireNonNull(uri, "uri"), null);
    }

    /**
     * A builder for a store on a Redis Cluster.
     *
     * @param cluster the Lettuce cluster client (see docs/fleet.md for its topology refresh options);
     *                borrowed: {@link #close()} closes only the connection the store opened
     * @return the builder
     * @throws NullPointerException if the client is null
     */
    public static Builder builder(RedisClusterClient cluster) {
        return new Builder(null, null, Objects.requireNonNull(cluster, "cluster"));
    }

    @Override
    public CompletableFuture<Void> saveTicket(String componentAppId, ComponentTicket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        String key = ticketKey(componentAppId);
        long created = ticket.createdAt().toEpochMilli();
        byte[] value = PlatformValue.encode(ticket);
        return failingAs("saving the component_verify_ticket of component " + componentAppId,
                link.<Long>scriptReplicated(LuaScript.SAVE_TICKET, ScriptOutputType.INTEGER, new String[] {key},
                        new byte[][] {RedisLink.millis(created), value}, null)
                        .thenApply(written -> null));
    }

    @Override
    public CompletableFuture<Optional<ComponentTicket>> ticket(String componentAppId) {
        String key = ticketKey(componentAppId);
        return failingAs("reading the component_verify_ticket of component " + componentAppId,
                link.<byte[]>run(key, c -> c.get(key), null).thenApply(raw -> {
                    ComponentTicket ticket = PlatformValue.ticket(raw);
                    return ticket != null && ticket.createdAt().plus(TICKET_VALIDITY).isAfter(clock.instant())
                            ? Optional.of(ticket) : Optional.empty();
                }));
    }

    /**
     * The slot's provider, shared with every instance through Redis (see the class comment); one
     * per slot and store, kept while the store lives.
     *
     * @param slot  which token
     * @param fetch how to get a new one; run by one instance at a time, under the slot's lease
     * @return the provider; its stages fail with a {@link TransportException} when Redis fails, and
     *     with a timeout when no instance stored a token within the wait timeout
     */
    @Override
    public AccessTokenProvider tokens(TokenSlot slot, TokenFetch fetch) {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(fetch, "fetch");
        return slots.computeIfAbsent(slot, s -> slot(s, fetch));
    }

    @Override
    public CompletableFuture<Optional<RefreshToken>> refreshToken(String componentAppId, String authorizerAppId) {
        String key = refreshKey(componentAppId, authorizerAppId);
        byte[] local = kept.reply(key);
        if (local != null) {
            // Redis has not taken it yet: this instance's copy is the latest.
            return CompletableFuture.completedFuture(Optional.ofNullable(PlatformValue.refreshToken(local)));
        }
        return failingAs("reading the refresh token of authorizer " + authorizerAppId,
                link.<byte[]>run(key, c -> c.get(key), null).thenApply(raw -> Optional.ofNullable(PlatformValue.refreshToken(raw))));
    }

    /**
     * Keeps a merchant's refresh token, without expiry, replacing any.
     *
     * @return a stage completing once Redis has it; when Redis fails, it fails with a
     *     {@link TransportException} and this instance keeps the token and writes it again until
     *     Redis takes it
     */
    @Override
    public CompletableFuture<Void> saveRefreshToken(String componentAppId, String authorizerAppId, RefreshToken token) {
        Objects.requireNonNull(token, "token");
        return writeRefresh(refreshKey(componentAppId, authorizerAppId), authorizerAppId, null, token).thenApply(done -> null);
    }

    /**
     * Replaces a merchant's refresh token if Redis still holds {@code expected}, in one script.
     *
     * @return a stage with whether it was replaced; when Redis fails, it fails with a
     *     {@link TransportException} and this instance keeps {@code next} and writes it again (the
     *     same compare-and-set) until Redis takes it
     */
    @Override
    public CompletableFuture<Boolean> replaceRefreshToken(String componentAppId, String authorizerAppId,
            RefreshToken expected, RefreshToken next) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(next, "next");
        return writeRefresh(refreshKey(componentAppId, authorizerAppId), authorizerAppId, expected, next);
    }

    @Override
    public CompletableFuture<Void> forget(String componentAppId, String authorizerAppId) {
        TokenSlot slot = TokenSlot.authorizer(componentAppId, authorizerAppId);
        String refresh = refreshKey(componentAppId, authorizerAppId);
        kept.drop(refresh);
        slots.computeIfPresent(slot, (s, local) -> local.clear());
        return failingAs("forgetting authorizer " + authorizerAppId,
                link.<Long>scriptReplicated(LuaScript.FORGET, ScriptOutputType.INTEGER,
                        new String[] {refresh, tokenKey(slot), leaseKey(slot)}, new byte[0][], null)
                        .thenApply(written -> null));
    }

    /**
     * How many refresh tokens this instance keeps in memory because Redis could not take them (0
     * when all is well): for a health check.
     *
     * @return the number kept
     */
    public int keptRefreshTokens() {
        return kept.size();
    }

    /**
     * Writes the kept refresh tokens now, instead of at the next retry.
     *
     * @return a stage completing when each was written or is still kept
     */
    public CompletionStage<Void> flush() {
        return kept.flush();
    }

    /**
     * Closes the connection the store opened and the thread it created (neither the client nor an
     * executor or scheduler passed in), warning if refresh tokens Redis never took are still kept
     * (they are lost with this instance). Idempotent.
     */
    @Override
    public void close() {
        int lost = kept.close();
        if (lost > 0) {
            LOG.log(Level.WARNING, "closing with {0} refresh token(s) Redis never took: those merchants must authorize"
                    + " again unless Redis answers another instance that kept them", lost);
        }
        link.close();
        if (ownedScheduler != null) {
            ownedScheduler.shutdown();
        }
    }

    @Override
    public String toString() {
        return "RedisPlatformStore[redis=" + link.where() + ", slots=" + slots.size() + ", keptRefreshTokens="
                + kept.size() + "]";
    }

    private CompletableFuture<Boolean> writeRefresh(String key, String authorizerAppId, RefreshToken expected,
            RefreshToken next) {
        OutageBuffer.Kept outcome = new OutageBuffer.Kept(expected == null ? null : PlatformValue.text(expected),
                PlatformValue.encode(next), System.nanoTime() + KEEP_NANOS);
        CompletableFuture<Boolean> out = new CompletableFuture<>();
        writeRefresh(key, outcome).whenComplete((written, error) -> {
            if (error == null) {
                if (!written.replicated()) {
                    LOG.log(Level.WARNING, "stored the refresh token of authorizer {0}, but no replica acknowledged it"
                            + " in time: a failover now could lose it", authorizerAppId);
                }
                out.complete(written.value() == 1L);
                return;
            }
            Throwable cause = RedisLink.unwrap(error);
            kept.keep(key, outcome, RedisLink.describe(cause));
            out.completeExceptionally(TransportException.notSent("storing the refresh token of authorizer "
                    + authorizerAppId + ": " + link.where() + " failed (" + RedisLink.describe(cause) + "); this"
                    + " instance keeps it and writes it when Redis answers", cause,
                    cause instanceof RedisCommandTimeoutException));
        });
        return out;
    }

    private CompletableFuture<RedisLink.Written<Long>> writeRefresh(String key, OutageBuffer.Kept outcome) {
        if (outcome.owner() == null) {
            return link.scriptReplicated(LuaScript.SET_DURABLE, ScriptOutputType.INTEGER, new String[] {key},
                    new byte[][] {outcome.reply()}, null);
        }
        return link.scriptReplicated(LuaScript.REPLACE_REFRESH, ScriptOutputType.INTEGER, new String[] {key},
                new byte[][] {outcome.owner().getBytes(StandardCharsets.UTF_8), outcome.reply()}, null);
    }

    /** A retry of a kept refresh token: done when Redis answered (taken, or replaced meanwhile). */
    private CompletionStage<Boolean> writeKept(Map.Entry<String, OutageBuffer.Kept> entry) {
        return writeRefresh(entry.getKey(), entry.getValue()).handle((written, error) -> {
            if (error != null) {
                return false;
            }
            if (written.value() != 1L) {
                LOG.log(Level.WARNING, "a refresh token kept while Redis could not take it was not written: another"
                        + " instance replaced it meanwhile (a new authorization) or the merchant was forgotten");
            }
            return true;
        });
    }

    /** {@code stage}, a Redis failure turned into a TransportException saying what failed. */
    private <T> CompletableFuture<T> failingAs(String what, CompletableFuture<T> stage) {
        CompletableFuture<T> out = new CompletableFuture<>();
        stage.whenComplete((value, error) -> {
            if (error == null) {
                out.complete(value);
            } else {
                out.completeExceptionally(failure(what, RedisLink.unwrap(error)));
            }
        });
        return out;
    }

    private TransportException failure(String what, Throwable cause) {
        return TransportException.notSent(what + ": " + link.where() + " failed (" + RedisLink.describe(cause) + ")",
                cause, cause instanceof RedisCommandTimeoutException);
    }

    // The hash tags: a merchant's refresh token, token and lease share one Cluster slot (FORGET touches all three).
    private String ticketKey(String componentAppId) {
        return prefix + "platform-ticket:{" + TokenSlot.component(componentAppId).id() + "}";
    }

    private String refreshKey(String componentAppId, String authorizerAppId) {
        return prefix + "platform-refresh:{" + TokenSlot.authorizer(componentAppId, authorizerAppId).id() + "}";
    }

    private String tokenKey(TokenSlot slot) {
        return prefix + "platform-token:{" + slot.id() + "}";
    }

    private String leaseKey(TokenSlot slot) {
        return prefix + "platform-lease:{" + slot.id() + "}";
    }

    /** One slot's provider on this instance: a single-flight cache over the fleet's leased token. */
    private PlatformSlot slot(TokenSlot slot, TokenFetch fetch) {
        String subject = slot.kind() == TokenSlot.TokenKind.COMPONENT ? "component " + slot.componentAppId()
                : "authorizer " + slot.appId();
        LeasedToken shared = new LeasedToken(link, tokenKey(slot), leaseKey(slot), subject, clock, leaseTtl, waitTimeout,
                pollInterval, fetch::fetch, (bad, cause, out) -> out.completeExceptionally(failure(subject + " token",
                        cause)), () -> { });
        return new PlatformSlot(shared, clock, localCacheTtl);
    }

    /** Configures a {@link RedisPlatformStore}; the shared options are on {@link RedisFleetBuilder}. Not thread-safe. */
    public static final class Builder extends RedisFleetBuilder<Builder> {

        /** Default {@link #leaseTtl}: 15 seconds. */
        public static final Duration DEFAULT_LEASE_TTL = Duration.ofSeconds(15);
        /** Default {@link #localCacheTtl}: 1 minute. */
        public static final Duration DEFAULT_LOCAL_CACHE_TTL = Duration.ofMinutes(1);
        /** Default {@link #retryInterval}: 1 second. */
        public static final Duration DEFAULT_RETRY_INTERVAL = Duration.ofSeconds(1);

        private Clock clock = Clock.systemUTC();
        private Duration leaseTtl = DEFAULT_LEASE_TTL;
        private Duration waitTimeout;
        private Duration localCacheTtl = DEFAULT_LOCAL_CACHE_TTL;
        private Duration retryInterval = DEFAULT_RETRY_INTERVAL;

        private Builder(RedisClient client, RedisURI uri, RedisClusterClient cluster) {
            super(client, uri, cluster);
        }

        /**
         * The clock that decides whether a token is usable and a ticket younger than 12 hours: the
         * platform's. Default the system clock (UTC).
         *
         * @param value the clock
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * How long a fetch lease lives: longer than a fetch may take (an authorizer token's fetch
         * reads the refresh token, calls {@code api_authorizer_token} and stores a rotated refresh
         * token), so that one fetch at a time holds; a holder that dies blocks the others this long.
         * Default 15 s.
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
         * default twice the lease time to live.
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
         * How long an instance serves a token it read without asking Redis again (never past the
         * token's expiry). Default 1 minute.
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
         * How often a refresh token Redis could not take is written again; default 1 s.
         *
         * @param value the interval, at least 1 ms
         * @return this builder
         * @throws IllegalArgumentException if it is under 1 ms
         */
        public Builder retryInterval(Duration value) {
            this.retryInterval = atLeastOneMilli(value, "retryInterval");
            return this;
        }

        /**
         * The store. It starts connecting in the background and does not wait, so it builds while
         * Redis is down.
         *
         * @return the store
         */
        public RedisPlatformStore build() {
            return new RedisPlatformStore(this, open("wxlogistics-redis-platform"));
        }
    }
}
