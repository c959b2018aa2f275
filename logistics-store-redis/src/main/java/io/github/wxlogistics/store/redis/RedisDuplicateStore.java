package io.github.wxlogistics.store.redis;

import io.github.wxlogistics.spi.DuplicateClaim;
import io.github.wxlogistics.spi.DuplicateStore;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link DuplicateStore} on Redis (Lettuce, async API), shared by every instance of a fleet of
 * push receivers: a push re-sent by WeChat to another instance behind the load balancer finds
 * the first delivery's claim or reply, so {@code add_waybill} creates one waybill per order.
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
 * Claim, complete and abandon are Lua scripts (EVALSHA, loaded with EVAL on first use), each one
 * atomic: claim is a set-if-absent that returns what was there; complete and abandon
 * compare the owner's value before they write or delete, so a late owner whose claim expired
 * changes nothing. A delivery that finds the key held gets {@link DuplicateClaim.Pending}: if the
 * owner is this instance it waits on it in memory, otherwise it polls the key every
 * {@link Builder#pollInterval} until the reply appears, the claim is abandoned or gone (the stage
 * fails: the receiver answers 500 and WeChat re-sends), the receiver's deadline cancels it, or
 * {@link Builder#maxWait} passes.
 *
 * <p>When Redis is unreachable or slower than {@link Builder#commandTimeout} (default 1 s; keep
 * it well under the receiver's handler deadline; {@link Builder#connectTimeout} while the
 * connection is being opened): {@link #claim} fails, so the receiver answers
 * 500 without running the handler and WeChat re-sends; no push is handled without a claim. A reply
 * that {@link #complete} cannot store is never lost: it still answers its own delivery and every
 * delivery waiting on this instance, this instance answers later re-sends of the push from memory,
 * and writes it to Redis every {@link Builder#retryInterval} until it is stored (also if Redis came
 * back empty) or its time to live has passed; {@link #flush()} writes at once,
 * {@link #keptReplies()} counts them. A failed abandon is retried the same way. Replies kept in
 * memory are lost if the instance stops before Redis comes back; a Redis that restarts without
 * persistence forgets every entry (see the fleet guide).
 *
 * <p>Every stage completes on the {@link Builder#executor}, never on Lettuce's event loop.
 * Thread-safe. Nothing is logged at a level above DEBUG that holds a reply; {@link #toString()}
 * shows neither the URI's password nor any entry.
 */
public final class RedisDuplicateStore implements DuplicateStore, AutoCloseable {

    private static final System.Logger LOG = System.getLogger("io.github.wxlogistics.store.redis");

    private static final byte HELD = 'H';
    private static final byte ANSWERED = 'A';

    private static final LuaScript CLAIM = LuaScript.of("""
            local v = redis.call('GET', KEYS[1])
            if v then return v end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return false
            """);
    private static final LuaScript COMPLETE = LuaScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
              return 1
            end
            return 0
            """);
    private static final LuaScript ABANDON = LuaScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              redis.call('DEL', KEYS[1])
              return 1
            end
            return 0
            """);
    // A reply kept while Redis was unreachable: stored if the key is still ours or gone (expired,
    // or lost in a restart), never over another owner's claim; 2 when a reply is there already.
    private static final LuaScript RESTORE = LuaScript.of("""
            local v = redis.call('GET', KEYS[1])
            if (not v) or v == ARGV[1] then
              redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
              return 1
            end
            if string.sub(v, 1, 1) == 'A' then return 2 end
            return 0
            """);

    private final RedisLink link;
    private final String prefix;
    private final Duration claimTtl;
    private final Duration replyTtl;
    private final Duration pollInterval;
    private final Duration maxWait;
    private final Duration retryInterval;
    private final int maxKeptReplies;
    private final ScheduledExecutorService ownedScheduler;
    private final String instance;
    private final AtomicLong claims = new AtomicLong();
    // Claims this instance holds, so its own duplicates wait in memory and get the reply even if Redis is down.
    private final Map<String, Local> owned = new ConcurrentHashMap<>();
    // Outcomes Redis could not take, oldest first; guarded by itself.
    private final LinkedHashMap<String, Kept> kept = new LinkedHashMap<>();
    private final AtomicBoolean retryScheduled = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    private record Local(String claimId, CompletableFuture<byte[]> reply, long expiresNanos) {
    }

    /** An outcome to write again: a reply (complete), or null (abandon). */
    private record Kept(String claimId, byte[] reply, long expiresNanos) {
    }

    private RedisDuplicateStore(Builder b, RedisLink link, ScheduledExecutorService ownedScheduler) {
        this.link = link;
        this.prefix = b.keyPrefix;
        this.claimTtl = b.claimTtl;
        this.replyTtl = b.replyTtl;
        this.pollInterval = b.pollInterval;
        this.maxWait = b.maxWait;
        this.retryInterval = b.retryInterval;
        this.maxKeptReplies = b.maxKeptReplies;
        this.ownedScheduler = ownedScheduler;
        byte[] id = new byte[8];
        new SecureRandom().nextBytes(id);
        this.instance = HexFormat.of().formatHex(id);
    }

    /**
     * A builder for a store on the Redis at {@code uri}, reached through {@code client}.
     *
     * @param client the Lettuce client; borrowed: {@link #close()} closes the connection the store
     *               opened on it, never the client
     * @param uri    where Redis is, such as {@code RedisURI.create("redis://127.0.0.1:6379")}
     * @return the builder
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(RedisClient client, RedisURI uri) {
        return new Builder(Objects.requireNonNull(client, "client"), Objects.requireNonNull(uri, "uri"));
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
        byte[] reply = keptReply(key);
        if (reply != null) {
            return CompletableFuture.completedFuture(new DuplicateClaim.Answered(reply));
        }
        Local mine = owned.get(key);
        if (mine != null && mine.expiresNanos() - System.nanoTime() > 0) {
            return CompletableFuture.completedFuture(new DuplicateClaim.Pending(mine.reply().copy()));
        }
        String claimId = instance + "-" + claims.incrementAndGet();
        byte[] held = held(claimId);
        String redisKey = redisKey(key);
        return link.<byte[]>script(CLAIM, ScriptOutputType.VALUE, new String[] {redisKey},
                new byte[][] {held, millis(claimTtl)}, late -> {
                    if (late == null) {
                        // Claimed in Redis after the caller was told it failed: nobody runs the handler.
                        link.script(ABANDON, ScriptOutputType.INTEGER, new String[] {redisKey}, new byte[][] {held}, null);
                    }
                })
                .thenApply(found -> {
                    if (found == null) {
                        sweepOwned();
                        owned.put(key, new Local(claimId, new CompletableFuture<>(), System.nanoTime() + claimTtl.toNanos()));
                        return new DuplicateClaim.Owner(claimId);
                    }
                    if (found.length > 0 && found[0] == ANSWERED) {
                        return new DuplicateClaim.Answered(Arrays.copyOfRange(found, 1, found.length));
                    }
                    if (found.length > 0 && found[0] == HELD) {
                        Local local = owned.get(key);
                        if (local != null && Arrays.equals(found, held(local.claimId()))) {
                            return new DuplicateClaim.Pending(local.reply().copy());
                        }
                        return new DuplicateClaim.Pending(poll(key, found));
                    }
                    throw new IllegalStateException("the Redis key of a push holds a value this store did not write;"
                            + " is the key prefix shared with something else?");
                });
    }

    /**
     * Stores the reply if this owner still holds the key (compare-and-set in one script), after
     * answering every delivery waiting on this instance. If Redis cannot take it, the reply is
     * kept in memory and written later, and the stage fails (the receiver logs it and answers its
     * delivery with the reply anyway).
     *
     * @param key   the key
     * @param owner the claim {@link #claim} returned to this caller
     * @param reply the plaintext reply packet (copied)
     * @return a stage completing once Redis has the reply
     * @throws NullPointerException if an argument is null
     */
    @Override
    public CompletableFuture<Void> complete(String key, DuplicateClaim.Owner owner, byte[] reply) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(owner, "owner");
        byte[] copy = Objects.requireNonNull(reply, "reply").clone();
        boolean mine = release(key, owner.claimId(), local -> local.reply().complete(copy));
        return link.<Long>script(COMPLETE, ScriptOutputType.INTEGER, new String[] {redisKey(key)},
                new byte[][] {held(owner.claimId()), answered(copy), millis(replyTtl)}, null)
                .handle((stored, error) -> {
                    if (error == null) {
                        return null;
                    }
                    if (mine) {
                        keep(key, new Kept(owner.claimId(), copy, System.nanoTime() + replyTtl.toNanos()), error);
                    }
                    throw new CompletionException(new IllegalStateException("Redis at " + link.where()
                            + " could not store a push's reply" + (mine ? "; this instance keeps it and retries" : ""),
                            RedisLink.unwrap(error)));
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
        boolean mine = release(key, owner.claimId(), local -> local.reply().completeExceptionally(
                new IllegalStateException("the first delivery of this push failed")));
        return link.<Long>script(ABANDON, ScriptOutputType.INTEGER, new String[] {redisKey(key)},
                new byte[][] {held(owner.claimId())}, null)
                .handle((freed, error) -> {
                    if (error == null) {
                        return null;
                    }
                    if (mine) {
                        keep(key, new Kept(owner.claimId(), null, System.nanoTime() + claimTtl.toNanos()), error);
                    }
                    throw new CompletionException(new IllegalStateException("Redis at " + link.where()
                            + " could not free a push's claim", RedisLink.unwrap(error)));
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
        List<Map.Entry<String, Kept>> pending;
        synchronized (kept) {
            pending = new ArrayList<>(kept.entrySet());
        }
        List<CompletableFuture<?>> writes = new ArrayList<>();
        for (Map.Entry<String, Kept> entry : pending) {
            String key = entry.getKey();
            Kept outcome = entry.getValue();
            long left = outcome.expiresNanos() - System.nanoTime();
            if (left <= 0) {
                forget(key, outcome);
                continue;
            }
            CompletableFuture<Long> write = outcome.reply() != null
                    ? link.script(RESTORE, ScriptOutputType.INTEGER, new String[] {redisKey(key)},
                            new byte[][] {held(outcome.claimId()), answered(outcome.reply()),
                                    ascii(Long.toString(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left))))}, null)
                    : link.script(ABANDON, ScriptOutputType.INTEGER, new String[] {redisKey(key)},
                            new byte[][] {held(outcome.claimId())}, null);
            // RESTORE answers 0 when another claim holds the key: often a claim of another instance
            // that Lettuce replayed after Redis came back, which that instance then frees. Keep the
            // reply and try again at the next flush, rather than let a re-send run the handler again.
            writes.add(write.thenAccept(written -> {
                if (outcome.reply() == null || written == null || written != 0L) {
                    forget(key, outcome);
                }
            }));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new));
        if (!writes.isEmpty()) {
            all.whenComplete((v, e) -> {
                if (e == null) {
                    LOG.log(Level.INFO, "Redis at {0} took the {1} push outcome(s) kept while it was unreachable",
                            link.where(), writes.size());
                }
            });
        }
        return all;
    }

    /**
     * How many push outcomes (replies, and claims to free) this instance keeps in memory because
     * Redis could not take them; 0 when Redis has everything. A figure for health checks.
     *
     * @return the number kept
     */
    public int keptReplies() {
        synchronized (kept) {
            return kept.size();
        }
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
        int left = keptReplies();
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

    /** Removes this owner's local claim (if it is this owner's) and settles its waiters. */
    private boolean release(String key, String claimId, java.util.function.Consumer<Local> settle) {
        Local local = owned.get(key);
        if (local == null || !local.claimId().equals(claimId) || !owned.remove(key, local)) {
            return false;
        }
        settle.accept(local);
        return true;
    }

    private void sweepOwned() {
        // Owners always complete or abandon; this only bounds the map if something broke that promise.
        if (owned.size() > 1_000) {
            long now = System.nanoTime();
            owned.values().removeIf(local -> local.expiresNanos() - now <= 0);
        }
    }

    private byte[] keptReply(String key) {
        synchronized (kept) {
            Kept outcome = kept.get(key);
            if (outcome == null || outcome.reply() == null) {
                return null;
            }
            if (outcome.expiresNanos() - System.nanoTime() <= 0) {
                kept.remove(key);
                return null;
            }
            return outcome.reply().clone();
        }
    }

    private void keep(String key, Kept outcome, Throwable error) {
        int size;
        synchronized (kept) {
            kept.remove(key);
            kept.put(key, outcome);
            Iterator<Kept> oldest = kept.values().iterator();
            while (kept.size() > maxKeptReplies) {
                oldest.next();
                oldest.remove();
                LOG.log(Level.WARNING, "more than {0} push outcomes kept while Redis is unreachable; dropped the oldest",
                        maxKeptReplies);
            }
            size = kept.size();
        }
        LOG.log(Level.WARNING, "Redis at {0} could not record a push''s outcome ({1}); this instance keeps it ({2} kept)"
                + " and retries every {3} ms", link.where(), describe(error), size, retryInterval.toMillis());
        scheduleRetry();
    }

    private void forget(String key, Kept outcome) {
        synchronized (kept) {
            kept.remove(key, outcome);
        }
    }

    private void scheduleRetry() {
        if (closed.get() || !retryScheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            link.scheduler().schedule(() -> {
                retryScheduled.set(false);
                flush().whenComplete((v, e) -> {
                    if (keptReplies() > 0) {
                        scheduleRetry();
                    }
                });
            }, retryInterval.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            retryScheduled.set(false);
            LOG.log(Level.WARNING, "the scheduler refused the retry of kept push outcomes", e);
        }
    }

    /** Polls a key another instance holds until its reply appears, the claim goes, or the wait ends. */
    private CompletableFuture<byte[]> poll(String key, byte[] heldValue) {
        CompletableFuture<byte[]> out = new CompletableFuture<>();
        schedulePoll(key, heldValue, out, System.nanoTime() + maxWait.toNanos());
        return out;
    }

    private void schedulePoll(String key, byte[] heldValue, CompletableFuture<byte[]> out, long deadline) {
        if (out.isDone()) {
            return;
        }
        try {
            link.scheduler().schedule(() -> pollOnce(key, heldValue, out, deadline), pollInterval.toNanos(),
                    TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            out.completeExceptionally(new IllegalStateException("the scheduler refused work (closed?)", e));
        }
    }

    private void pollOnce(String key, byte[] heldValue, CompletableFuture<byte[]> out, long deadline) {
        if (out.isDone()) {
            return;
        }
        byte[] reply = keptReply(key);
        if (reply != null) {
            out.complete(reply);
            return;
        }
        String redisKey = redisKey(key);
        link.<byte[]>run(c -> c.get(redisKey), null).whenComplete((value, error) -> {
            if (out.isDone()) {
                return;
            }
            if (error != null) {
                out.completeExceptionally(new IllegalStateException("Redis at " + link.where()
                        + " failed while waiting for the first delivery's reply", RedisLink.unwrap(error)));
            } else if (value != null && value.length > 0 && value[0] == ANSWERED) {
                out.complete(Arrays.copyOfRange(value, 1, value.length));
            } else if (!Arrays.equals(value, heldValue)) {
                out.completeExceptionally(new IllegalStateException(
                        "the first delivery of this push failed or its claim expired"));
            } else if (System.nanoTime() - deadline > 0) {
                out.completeExceptionally(new IllegalStateException(
                        "the first delivery of this push gave no reply within " + maxWait.toMillis() + " ms"));
            } else {
                schedulePoll(key, heldValue, out, deadline);
            }
        });
    }

    static String describe(Throwable error) {
        Throwable cause = RedisLink.unwrap(error);
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static byte[] held(String claimId) {
        return tagged(HELD, claimId.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] answered(byte[] reply) {
        return tagged(ANSWERED, reply);
    }

    private static byte[] tagged(byte tag, byte[] body) {
        byte[] out = new byte[body.length + 1];
        out[0] = tag;
        System.arraycopy(body, 0, out, 1, body.length);
        return out;
    }

    static byte[] millis(Duration ttl) {
        return ascii(Long.toString(ttl.toMillis()));
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Configures a {@link RedisDuplicateStore}; not thread-safe. */
    public static final class Builder {

        /** Default {@link #keyPrefix}: {@value}. */
        public static final String DEFAULT_KEY_PREFIX = "wxlogistics:";
        /** Default {@link #claimTtl}: 1 minute, past WeChat's re-sends. */
        public static final Duration DEFAULT_CLAIM_TTL = Duration.ofMinutes(1);
        /** Default {@link #replyTtl}: 10 minutes, as the in-memory store. */
        public static final Duration DEFAULT_REPLY_TTL = Duration.ofMinutes(10);
        /** Default {@link #commandTimeout}: 1 second. */
        public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(1);
        /** Default {@link #connectTimeout}: 5 seconds. */
        public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
        /** Default {@link #pollInterval}: 50 ms. */
        public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(50);
        /** Default {@link #maxWait}: 10 seconds. */
        public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(10);
        /** Default {@link #retryInterval}: 1 second. */
        public static final Duration DEFAULT_RETRY_INTERVAL = Duration.ofSeconds(1);
        /** Default {@link #maxKeptReplies}: 10,000. */
        public static final int DEFAULT_MAX_KEPT_REPLIES = 10_000;

        private final RedisClient client;
        private final RedisURI uri;
        private String keyPrefix = DEFAULT_KEY_PREFIX;
        private Duration claimTtl = DEFAULT_CLAIM_TTL;
        private Duration replyTtl = DEFAULT_REPLY_TTL;
        private Duration commandTimeout = DEFAULT_COMMAND_TIMEOUT;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration pollInterval = DEFAULT_POLL_INTERVAL;
        private Duration maxWait = DEFAULT_MAX_WAIT;
        private Duration retryInterval = DEFAULT_RETRY_INTERVAL;
        private int maxKeptReplies = DEFAULT_MAX_KEPT_REPLIES;
        private Executor executor;
        private ScheduledExecutorService scheduler;

        private Builder(RedisClient client, RedisURI uri) {
            this.client = client;
            this.uri = uri;
        }

        /**
         * What every key starts with, to share one Redis between apps or environments; default
         * {@value #DEFAULT_KEY_PREFIX}. Instances of one fleet MUST use the same prefix.
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
         * The longest one Redis round trip on an open connection may take before it fails; default
         * 1 s. Keep it well under the push receiver's handler deadline (4 s by default).
         *
         * @param value the timeout, at least 1 ms
         * @return this builder
         * @throws IllegalArgumentException if it is under 1 ms
         */
        public Builder commandTimeout(Duration value) {
            this.commandTimeout = atLeastOneMilli(value, "commandTimeout");
            return this;
        }

        /**
         * The longest a command waits while the connection is being opened (at start, or after
         * Redis was unreachable when the store was built); default 5 s (Lettuce's first connection
         * in a JVM starts its event loops and loads Netty, which can take seconds on a busy
         * machine; a push that waits past the receiver's deadline gets 503 and is re-sent). A
         * refused connection fails at once; this bounds an unanswered one. Once open, Lettuce
         * reconnects by itself and the command timeout applies.
         *
         * @param value the timeout, at least 1 ms
         * @return this builder
         * @throws IllegalArgumentException if it is under 1 ms
         */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = atLeastOneMilli(value, "connectTimeout");
            return this;
        }

        /**
         * How often a delivery waiting for another instance's reply reads the key; default 50 ms.
         *
         * @param value the interval, at least 1 ms
         * @return this builder
         * @throws IllegalArgumentException if it is under 1 ms
         */
        public Builder pollInterval(Duration value) {
            this.pollInterval = atLeastOneMilli(value, "pollInterval");
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
         * The most outcomes kept in memory while Redis is unreachable; beyond it the oldest is
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
         * Where the stages the store returns complete (their continuations run there, so it must
         * not be Lettuce's event loop if they may block). Borrowed: never shut down by the store.
         * Default: the store's own scheduler thread.
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
         * Times command timeouts, polls and retries; its tasks are short. Borrowed: never shut down
         * by the store. Default: one daemon thread the store owns and {@link #close()} shuts down.
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
         * The store. It starts connecting in the background and does not wait, so it builds while
         * Redis is down (claims then fail until Redis is back).
         *
         * @return the store
         */
        public RedisDuplicateStore build() {
            ScheduledExecutorService owned = scheduler == null ? Threads.daemonScheduler("wxlogistics-redis-store") : null;
            ScheduledExecutorService timer = scheduler != null ? scheduler : owned;
            RedisLink link = new RedisLink(client, uri, commandTimeout, connectTimeout, timer,
                    executor != null ? executor : timer);
            link.open();
            return new RedisDuplicateStore(this, link, owned);
        }

        static Duration atLeastOneMilli(Duration value, String name) {
            if (Objects.requireNonNull(value, name).toMillis() < 1) {
                throw new IllegalArgumentException(name + " must be at least 1 ms, was " + value);
            }
            return value;
        }
    }
}
