package io.github.wxlogistics.store.redis;

import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.spi.DuplicateClaim;
import io.github.wxlogistics.spi.DuplicateStore;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.RedisClusterClient;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link DuplicateStore} on Redis (Lettuce, async API), shared by every instance of a fleet of
 * push receivers: a push re-sent by WeChat to another instance behind the load balancer finds
 * the first delivery's claim or reply, so {@code add_waybill} creates one waybill per order.
 * Redis may be a standalone server, a master watched by Sentinel, or a Cluster
 * ({@link RedisFleetBuilder}).
 *
 * <pre>{@code
 * RedisClient redis = RedisClient.create();                 // yours: the store never shuts it down
 * RedisDuplicateStore store = RedisDuplicateStore.builder(redis, RedisURI.create("redis://10.0.0.5:6379"))
 *         .keyPrefix("shop-a:")
 *         .build();
 * PushReceiver receiver = PushReceiver.builder().token(pushToken).duplicateStore(store)
 *         .on(AddWaybillEvent.class, push -> ...).build();
 * }</pre>
 *
 * <p>Data in Redis, one string per push key {@code <prefix>push:<key>}:
 * <ul>
 *   <li>{@code H<owner>} while the first delivery's handler runs, set atomically only if the key
 *       is absent and living {@link Builder#claimTtl} (default 1 minute), so an instance that died
 *       holding it blocks the key for at most that long;</li>
 *   <li>{@code A<reply>} once answered: the plaintext reply packet (it echoes BizID, OrderID and the
 *       order Token, never BizPwd), living {@link Builder#replyTtl} (default 10 minutes).</li>
 * </ul>
 * Claim, store-reply and release are Lua scripts, each atomic and on one key: claim is a
 * set-if-absent that returns what was there; store-reply writes over the owner's own claim or an
 * empty key, never over another claim; release deletes only the owner's claim. A delivery that
 * finds the key held gets {@link DuplicateClaim.Pending}: if the owner is this instance it waits on
 * it in memory, otherwise it polls the key every {@link Builder#pollInterval} until the reply
 * appears, the claim is released or gone (the stage fails: the receiver answers 500 and WeChat
 * re-sends), the receiver's deadline cancels it, or {@link Builder#maxWait} passes.
 *
 * <p>When Redis is unreachable or slower than {@link Builder#commandTimeout} (default 1 s):
 * {@link #claim} fails, so the receiver answers 500 without running the handler and WeChat
 * re-sends; no push is handled without a claim. A reply that {@link #complete} cannot store, or
 * that fewer than {@link Builder#replicaAcks} replicas acknowledged, is never lost: it answers its
 * own delivery and every delivery waiting on this instance, this instance answers later re-sends
 * from memory and writes it to Redis every {@link Builder#retryInterval} until it is stored (also
 * if Redis came back empty, or a replica was promoted without it) or its time to live has passed;
 * {@link #flush()} writes at once, {@link #keptReplies()} counts them. A failed release is retried
 * the same way. Replies kept in memory are lost if the instance stops before Redis takes them.
 *
 * <p>Every stage completes on the {@link Builder#executor}, never on Lettuce's event loop.
 * Thread-safe. Nothing is logged that holds a reply; {@link #toString()} shows neither a password
 * nor any entry.
 */
public final class RedisDuplicateStore implements DuplicateStore, AutoCloseable {

    private static final System.Logger LOG = System.getLogger("io.github.wxlogistics.store.redis");

    private final RedisLink link;
    private final OutageBuffer kept;
    private final String prefix;
    private final Duration claimTtl;
    private final Duration replyTtl;
    private final ScheduledExecutorService ownedScheduler;
    private final ReplyWaits waits;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RedisDuplicateStore(Builder b, RedisFleetBuilder.Parts parts) {
        this.link = parts.link();
        this.ownedScheduler = parts.ownedScheduler();
        this.prefix = b.keyPrefix;
        this.claimTtl = b.claimTtl;
        this.replyTtl = b.replyTtl;
        this.kept = new OutageBuffer(link, "push outcome", b.retryInterval, b.maxKeptReplies, this::writeKept);
        this.waits = new ReplyWaits(link, kept, b.pollInterval, b.maxWait);
    }

    /**
     * A builder for a store on a standalone Redis ({@code redis://}) or a Sentinel-watched master
     * ({@code redis-sentinel://...#master}).
     *
     * @param client the Lettuce client; borrowed: {@link #close()} closes the connection the store
     *               opened on it, never the client
     * @param uri    where Redis is, such as {@code RedisURI.create("redis://127.0.0.1:6379")}
     * @return the builder
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(RedisClient client, RedisURI uri) {
        return new Builder(Objects.requireNonNull(client, "client"), Objects.requireNonNull(uri, "uri"), null);
    }

    /**
     * A builder for a store on a Redis Cluster.
     *
     * @param cluster the Lettuce cluster client, with its seed URIs and topology refresh options
     *                (see docs/fleet.md); borrowed: {@link #close()} closes only the connection
     *                the store opened on it
     * @return the builder
     * @throws NullPointerException if {@code cluster} is null
     */
    public static Builder builder(RedisClusterClient cluster) {
        return new Builder(null, null, Objects.requireNonNull(cluster, "cluster"));
    }

    /**
     * Claims a key: a reply kept in this instance's memory, a claim this instance holds, or else
     * the atomic claim script in Redis.
     *
     * @param key the push's deduplication key
     * @return a stage with the claim; it fails when Redis is unreachable or slower than the command
     *     timeout (the receiver then answers 500 and WeChat re-sends)
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public CompletableFuture<DuplicateClaim> claim(String key) {
        Objects.requireNonNull(key, "key");
        byte[] reply = kept.reply(key);
        if (reply != null) {
            return CompletableFuture.completedFuture(new DuplicateClaim.Answered(reply));
        }
        CompletableFuture<byte[]> mine = waits.onOwnClaim(key, null);
        if (mine != null) {
            return CompletableFuture.completedFuture(new DuplicateClaim.Pending(mine));
        }
        String owner = link.nextId();
        byte[] held = PushValue.held(owner);
        String redisKey = redisKey(key);
        return link.<byte[]>scriptReplicated(LuaScript.CLAIM, ScriptOutputType.VALUE, new String[] {redisKey},
                new byte[][] {held, RedisLink.millis(claimTtl.toMillis())}, late -> {
                    if (late == null) {
                        // Claimed in Redis after the caller was told it failed: nobody runs the handler.
                        link.script(LuaScript.RELEASE, ScriptOutputType.INTEGER, new String[] {redisKey},
                                new byte[][] {held}, null);
                    }
                })
                .thenApply(written -> {
                    byte[] found = written.value();
                    if (found == null) {
                        if (!written.replicated()) {
                            LOG.log(Level.DEBUG, "a push claim was not acknowledged by a replica in time; a failover"
                                    + " now could lose it");
                        }
                        waits.own(key, owner, claimTtl);
                        return new DuplicateClaim.Owner(owner);
                    }
                    if (PushValue.isAnswered(found)) {
                        return new DuplicateClaim.Answered(PushValue.reply(found));
                    }
                    if (PushValue.isHeld(found)) {
                        CompletableFuture<byte[]> own = waits.onOwnClaim(key, found);
                        return new DuplicateClaim.Pending(own != null ? own : waits.poll(key, redisKey, found));
                    }
                    throw new IllegalStateException("the Redis key of a push holds a value this store did not write;"
                            + " is the key prefix shared with something else?");
                });
    }

    /**
     * Stores the reply if this owner still holds the key or the key is gone (in one script), after
     * answering every delivery waiting on this instance. If Redis cannot take it, or fewer replicas
     * than {@link Builder#replicaAcks} acknowledge it, the reply is kept in memory and written
     * again later; the stage fails only when Redis failed (the receiver then logs it and answers
     * its delivery with the reply anyway).
     *
     * @param key   the key
     * @param owner the claim {@link #claim} returned to this caller
     * @param reply the plaintext reply packet (copied)
     * @return a stage completing once Redis answered
     * @throws NullPointerException if an argument is null
     */
    @Override
    public CompletableFuture<Void> complete(String key, DuplicateClaim.Owner owner, byte[] reply) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(owner, "owner");
        byte[] copy = Objects.requireNonNull(reply, "reply").clone();
        boolean mine = waits.settle(key, owner.claimId(), waiters -> waiters.complete(copy));
        OutageBuffer.Kept outcome = new OutageBuffer.Kept(owner.claimId(), copy, System.nanoTime() + replyTtl.toNanos());
        return storeReply(key, outcome).handle((written, error) -> {
            if (error == null) {
                // 0 (another claim holds the key: this claim expired and the handler ran twice): that
                // owner's reply becomes the fleet's. 1 without the replicas asked for: kept until they have it.
                if (written.value() == 1L && !written.replicated() && mine) {
                    kept.keep(key, outcome, "no replica acknowledged the reply in time");
                }
                return null;
            }
            if (mine) {
                kept.keep(key, outcome, RedisLink.describe(error));
            }
            throw new CompletionException(new IllegalStateException(link.where() + " could not store a push's reply"
                    + (mine ? "; this instance keeps it and retries" : ""), RedisLink.unwrap(error)));
        });
    }

    /**
     * Frees the key if this owner still holds it (compare-and-delete in one script), failing every
     * delivery waiting on this instance. If Redis cannot take it, the release is retried later
     * and the stage fails.
     *
     * @param key   the key
     * @param owner the claim {@link #claim} returned to this caller
     * @return a stage completing once Redis has freed the key
     * @throws NullPointerException if an argument is null
     */
    @Override
    public CompletableFuture<Void> abandon(String key, DuplicateClaim.Owner owner) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(owner, "owner");
        boolean mine = waits.settle(key, owner.claimId(), waiters -> waiters.completeExceptionally(
                new IllegalStateException("the first delivery of this push failed")));
        OutageBuffer.Kept outcome = new OutageBuffer.Kept(owner.claimId(), null, System.nanoTime() + claimTtl.toNanos());
        return releaseClaim(key, outcome).handle((freed, error) -> {
            if (error == null) {
                return null;
            }
            if (mine) {
                kept.keep(key, outcome, RedisLink.describe(error));
            }
            throw new CompletionException(new IllegalStateException(link.where() + " could not free a push's claim",
                    RedisLink.unwrap(error)));
        });
    }

    /**
     * Writes to Redis, now, the outcomes kept in memory because Redis could not take them (see
     * the class comment); the store also does so by itself every retry interval.
     *
     * @return a stage completing once all are written or dropped as expired, or exceptionally
     *     with the first failure (those not written stay kept)
     */
    public CompletionStage<Void> flush() {
        return kept.flush();
    }

    /**
     * How many push outcomes (replies, and claims to free) this instance keeps in memory because
     * Redis could not take them; 0 when Redis has everything. A figure for health checks.
     *
     * @return the number kept
     */
    public int keptReplies() {
        return kept.size();
    }

    /**
     * Closes the connection the store opened and the thread it created (neither the client nor an
     * executor or scheduler passed in); outcomes still kept in memory are dropped, with a warning.
     * Later calls fail. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        int left = kept.close();
        if (left > 0) {
            LOG.log(Level.WARNING, "closing with {0} push outcome(s) Redis never took; re-sends of those pushes may"
                    + " run their handler again", left);
        }
        link.close();
        if (ownedScheduler != null) {
            ownedScheduler.shutdown();
        }
    }

    @Override
    public String toString() {
        return "RedisDuplicateStore[redis=" + link.where() + ", keyPrefix=" + prefix + ", claimTtl=" + claimTtl
                + ", replyTtl=" + replyTtl + "]";
    }

    private String redisKey(String key) {
        return prefix + "push:" + key;
    }

    /** Writes a reply: 1 stored, 2 another reply is there, 0 another claim holds the key. */
    private CompletableFuture<RedisLink.Written<Long>> storeReply(String key, OutageBuffer.Kept outcome) {
        return link.scriptReplicated(LuaScript.STORE_REPLY, ScriptOutputType.INTEGER, new String[] {redisKey(key)},
                new byte[][] {PushValue.held(outcome.owner()), PushValue.answered(outcome.reply()),
                        RedisLink.millis(OutageBuffer.millisLeft(outcome))}, null);
    }

    private CompletableFuture<Boolean> releaseClaim(String key, OutageBuffer.Kept outcome) {
        return link.<Long>script(LuaScript.RELEASE, ScriptOutputType.INTEGER, new String[] {redisKey(key)},
                new byte[][] {PushValue.held(outcome.owner())}, null).thenApply(freed -> true);
    }

    private CompletionStage<Boolean> writeKept(Map.Entry<String, OutageBuffer.Kept> entry) {
        // A reply is kept while another claim holds the key (often another instance's claim that
        // Lettuce replayed after Redis came back, which that instance then frees), rather than let
        // a re-send run the handler again.
        return entry.getValue().reply() != null ? storeReply(entry.getKey(), entry.getValue())
                .thenApply(written -> written.value() == 2L || written.value() == 1L && written.replicated())
                : releaseClaim(entry.getKey(), entry.getValue());
    }

    /** Configures a {@link RedisDuplicateStore}; the shared options are on {@link RedisFleetBuilder}. Not thread-safe. */
    public static final class Builder extends RedisFleetBuilder<Builder> {

        /** Default {@link #claimTtl}: 1 minute, past WeChat's re-sends. */
        public static final Duration DEFAULT_CLAIM_TTL = Duration.ofMinutes(1);
        /** Default {@link #replyTtl}: 10 minutes, as the in-memory store. */
        public static final Duration DEFAULT_REPLY_TTL = Duration.ofMinutes(10);
        /** Default {@link #maxWait}: 10 seconds. */
        public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(10);
        /** Default {@link #retryInterval}: 1 second. */
        public static final Duration DEFAULT_RETRY_INTERVAL = Duration.ofSeconds(1);
        /** Default {@link #maxKeptReplies}: 10,000. */
        public static final int DEFAULT_MAX_KEPT_REPLIES = 10_000;

        private Duration claimTtl = DEFAULT_CLAIM_TTL;
        private Duration replyTtl = DEFAULT_REPLY_TTL;
        private Duration maxWait = DEFAULT_MAX_WAIT;
        private Duration retryInterval = DEFAULT_RETRY_INTERVAL;
        private int maxKeptReplies = DEFAULT_MAX_KEPT_REPLIES;

        private Builder(RedisClient client, RedisURI uri, RedisClusterClient cluster) {
            super(client, uri, cluster);
        }

        /**
         * How long a claim lives while its handler runs: a dead instance blocks its push this long,
         * a handler slower than this may run twice. Default 1 minute.
         *
         * @param value the time to live, at least 1 ms
         * @return this builder
         * @throws IllegalArgumentException if it is under 1 ms
         */
        public Builder claimTtl(Duration value) {
            this.claimTtl = atLeastOneMilli(value, "claimTtl");
            return this;
        }

        /**
         * How long a reply is kept for re-sends after it is stored; default 10 minutes.
         *
         * @param value the time to live, at least 1 ms
         * @return this builder
         * @throws IllegalArgumentException if it is under 1 ms
         */
        public Builder replyTtl(Duration value) {
            this.replyTtl = atLeastOneMilli(value, "replyTtl");
            return this;
        }

        /**
         * The longest a waiting delivery polls when nobody cancels it (the receiver cancels it at
         * its handler deadline); default 10 s.
         *
         * @param value the bound, at least 1 ms
         * @return this builder
         * @throws IllegalArgumentException if it is under 1 ms
         */
        public Builder maxWait(Duration value) {
            this.maxWait = atLeastOneMilli(value, "maxWait");
            return this;
        }

        /**
         * How often outcomes Redis could not take are written again; default 1 s.
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
         * The most outcomes kept in memory while Redis cannot take them; beyond it the oldest is
         * dropped with a warning. Default 10,000.
         *
         * @param value the bound, positive
         * @return this builder
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder maxKeptReplies(int value) {
            if (value <= 0) {
                throw new IllegalArgumentException("maxKeptReplies must be positive, was " + value);
            }
            this.maxKeptReplies = value;
            return this;
        }

        /**
         * The store. It starts connecting in the background and does not wait, so it builds while
         * Redis is down (claims then fail until Redis is back).
         *
         * @return the store
         */
        public RedisDuplicateStore build() {
            return new RedisDuplicateStore(this, open("wxlogistics-redis-store"));
        }
    }
}
