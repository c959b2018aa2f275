package io.github.wxlogistics.store.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.RedisClusterClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * The options {@link RedisDuplicateStore.Builder}, {@link RedisTokenProvider.Builder} and
 * {@link RedisPlatformStore.Builder} share:
 * where Redis is (a standalone server, a master watched by Sentinel, or a Cluster), the key prefix,
 * timeouts, replica acknowledgements, polling, and the threads. Not thread-safe.
 *
 * <p>Where Redis is comes from the builder's factory: a {@link RedisClient} with a {@link RedisURI}
 * ({@code redis://host:6379} for a standalone server, {@code redis-sentinel://s1:26379,s2:26379#mymaster}
 * for a Sentinel set-up: Lettuce asks the sentinels for the master and again after a failover), or
 * a {@link RedisClusterClient} (its seed URIs name some nodes; Lettuce discovers the rest). The
 * client stays the caller's: the built object opens one connection on it and closes only that.
 * docs/fleet.md gives the Lettuce settings each topology needs to ride out a failover.
 *
 * @param <B> the builder's own type
 */
public abstract class RedisFleetBuilder<B extends RedisFleetBuilder<B>> {

    /** Default {@link #keyPrefix}: {@value}. */
    public static final String DEFAULT_KEY_PREFIX = "wxlogistics:";
    /** Default {@link #commandTimeout}: 1 second. */
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(1);
    /** Default {@link #connectTimeout}: 5 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Default {@link #pollInterval}: 50 ms. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(50);

    /** The parts {@code build()} needs: the link, and the scheduler it created (else null). */
    record Parts(RedisLink link, ScheduledExecutorService ownedScheduler) {
    }

    private final RedisClient client;
    private final RedisURI uri;
    private final RedisClusterClient cluster;
    String keyPrefix = DEFAULT_KEY_PREFIX;
    Duration commandTimeout = DEFAULT_COMMAND_TIMEOUT;
    Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    Duration pollInterval = DEFAULT_POLL_INTERVAL;
    int replicaAcks;
    private Executor executor;
    private ScheduledExecutorService scheduler;

    /** A RedisClient with its URI (standalone or Sentinel), or else a RedisClusterClient. */
    RedisFleetBuilder(RedisClient client, RedisURI uri, RedisClusterClient cluster) {
        if (cluster == null) {
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(uri, "uri");
        }
        this.client = client;
        this.uri = uri;
        this.cluster = cluster;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * What every key starts with, to share one Redis between apps or environments; default
     * {@value #DEFAULT_KEY_PREFIX}. Instances of one fleet MUST use the same prefix. It may not
     * hold <code>{</code> or <code>}</code>: the keys' hash tags (which keep a script's keys in one
     * Cluster slot) come after it.
     *
     * @param value the prefix, possibly empty
     * @return this builder
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if it holds a brace
     */
    public B keyPrefix(String value) {
        Objects.requireNonNull(value, "keyPrefix");
        if (value.indexOf('{') >= 0 || value.indexOf('}') >= 0) {
            throw new IllegalArgumentException("keyPrefix must not contain '{' or '}' (the keys' Cluster hash tags"
                    + " follow it), was \"" + value + "\"");
        }
        this.keyPrefix = value;
        return self();
    }

    /**
     * The longest one Redis round trip on an open connection may take (with the replica
     * acknowledgement it waits for, if any) before it counts as a Redis failure; default 1 s. For
     * the push store, keep it well under the receiver's handler deadline (4 s by default).
     *
     * @param value the timeout, at least 1 ms
     * @return this builder
     * @throws IllegalArgumentException if it is under 1 ms
     */
    public B commandTimeout(Duration value) {
        this.commandTimeout = atLeastOneMilli(value, "commandTimeout");
        return self();
    }

    /**
     * The longest a command waits while the connection is being opened (at start, or after Redis
     * was unreachable when the object was built); default 5 s (Lettuce's first connection in a JVM
     * starts its event loops and loads Netty, which can take seconds on a busy machine). A refused
     * connection fails at once; this bounds an unanswered one. Once open, Lettuce reconnects by
     * itself and the command timeout applies.
     *
     * @param value the timeout, at least 1 ms
     * @return this builder
     * @throws IllegalArgumentException if it is under 1 ms
     */
    public B connectTimeout(Duration value) {
        this.connectTimeout = atLeastOneMilli(value, "connectTimeout");
        return self();
    }

    /**
     * How often a waiting caller reads Redis again (a delivery waiting for another instance's
     * reply; an instance waiting for another's token fetch); default 50 ms.
     *
     * @param value the interval, at least 1 ms
     * @return this builder
     * @throws IllegalArgumentException if it is under 1 ms
     */
    public B pollInterval(Duration value) {
        this.pollInterval = atLeastOneMilli(value, "pollInterval");
        return self();
    }

    /**
     * How many replicas must acknowledge a write ({@code WAIT}, on the connection that wrote, for
     * at most half the command timeout) before it counts as stored; default 0 (a standalone server
     * has none). With Sentinel or a Cluster whose masters have replicas, set 1: a reply or token
     * then survives the master's failover (Sentinel and Cluster promote the most up-to-date
     * replica). What each write does when too few replicas answer is on the store and the
     * provider. docs/fleet.md tells what each topology guarantees.
     *
     * @param value the number of replicas, 0 or more
     * @return this builder
     * @throws IllegalArgumentException if it is negative
     */
    public B replicaAcks(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("replicaAcks must not be negative, was " + value);
        }
        this.replicaAcks = value;
        return self();
    }

    /**
     * Where the stages the object returns complete (their continuations run there, so it must not
     * be Lettuce's event loop if they may block). Borrowed: never shut down by the object.
     * Default: the object's own scheduler thread.
     *
     * @param value the executor
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public B executor(Executor value) {
        this.executor = Objects.requireNonNull(value, "executor");
        return self();
    }

    /**
     * Times command timeouts, polls and retries; its tasks are short. Borrowed: never shut down by
     * the object. Default: one daemon thread the object owns and its {@code close()} shuts down.
     *
     * @param value the scheduler
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public B scheduler(ScheduledExecutorService value) {
        this.scheduler = Objects.requireNonNull(value, "scheduler");
        return self();
    }

    /** The link to Redis, connecting in the background, and the scheduler thread it owns (if any). */
    Parts open(String threadName) {
        ScheduledExecutorService owned = scheduler == null ? daemonScheduler(threadName) : null;
        ScheduledExecutorService timer = scheduler != null ? scheduler : owned;
        RedisLink link = new RedisLink(client, uri, cluster, commandTimeout, connectTimeout, replicaAcks, timer,
                executor != null ? executor : timer);
        link.open();
        return new Parts(link, owned);
    }

    static Duration atLeastOneMilli(Duration value, String name) {
        if (Objects.requireNonNull(value, name).toMillis() < 1) {
            throw new IllegalArgumentException(name + " must be at least 1 ms, was " + value);
        }
        return value;
    }

    private static ScheduledExecutorService daemonScheduler(String name) {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
