package io.github.wxlogistics.store.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.SlotHash;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One object's link to Redis: one lazily opened Lettuce connection (String keys, byte[] values) to
 * a standalone server, a Sentinel-monitored master or a Cluster, and the rules every round trip of
 * this module follows: bounded by the command timeout, completed on the configured executor (never
 * on Lettuce's event loop), a failed connect retried by the next command rather than cached, and,
 * when asked, a write waited on until {@code replicas} replicas have it ({@code WAIT}, sent on the
 * very connection that wrote). In a Cluster, each command goes to the master of its key's slot on
 * that node's own connection. Also the instance id and the poll loop both objects use.
 */
final class RedisLink implements AutoCloseable {

    static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    /** A command's result and whether the replicas asked for acknowledged its write. */
    record Written<T>(T value, boolean replicated) {
    }

    private final RedisClient client;
    private final RedisURI uri;
    private final RedisClusterClient cluster;
    private final Duration timeout;
    private final Duration connectTimeout;
    private final int replicas;
    private final ScheduledExecutorService scheduler;
    private final Executor executor;
    private final String instance;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong lastRefresh = new AtomicLong(System.nanoTime() - TimeUnit.SECONDS.toNanos(1));
    private final AtomicReference<CompletableFuture<StatefulConnection<String, byte[]>>> connection =
            new AtomicReference<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    RedisLink(RedisClient client, RedisURI uri, RedisClusterClient cluster, Duration timeout, Duration connectTimeout,
            int replicas, ScheduledExecutorService scheduler, Executor executor) {
        if ((client == null) == (cluster == null) || (client == null) != (uri == null)) {
            throw new IllegalArgumentException("a RedisClient with its RedisURI, or a RedisClusterClient");
        }
        this.client = client;
        this.uri = uri;
        this.cluster = cluster;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.replicas = replicas;
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.executor = Objects.requireNonNull(executor, "executor");
        byte[] id = new byte[8];
        new SecureRandom().nextBytes(id);
        this.instance = HexFormat.of().formatHex(id);
    }

    /** Where Redis is, for messages: hosts and ports only (a URI may carry a password). */
    String where() {
        if (cluster != null) {
            return "Redis Cluster";
        }
        if (!uri.getSentinels().isEmpty()) {
            StringBuilder out = new StringBuilder("Sentinel master ").append(uri.getSentinelMasterId()).append(" via");
            uri.getSentinels().forEach(s -> out.append(' ').append(s.getHost()).append(':').append(s.getPort()));
            return out.toString();
        }
        return uri.getSocket() != null ? "unix socket" : uri.getHost() + ":" + uri.getPort();
    }

    /** A new id, unique across the fleet: this link's random instance id and a counter. */
    String nextId() {
        return instance + "-" + ids.incrementAndGet();
    }

    /** Starts connecting in the background, so that the first command finds the connection open. */
    void open() {
        if (!closed.get()) {
            connect();
        }
    }

    /**
     * Runs one command (or a short sequence) on the connection that serves {@code key}, bounded by
     * the command timeout.
     *
     * @param key     the key the command touches (in a Cluster, it picks the node)
     * @param command what to send
     * @param late    given the result of a command that succeeded after the timeout failed the
     *                returned stage (to undo a claim nobody will use), or {@code null}
     * @param <T>     the result type
     * @return a stage completing on the executor
     */
    <T> CompletableFuture<T> run(String key,
            Function<RedisClusterAsyncCommands<String, byte[]>, CompletionStage<T>> command, Consumer<? super T> late) {
        CompletableFuture<T> out = new CompletableFuture<>();
        if (closed.get()) {
            out.completeExceptionally(new IllegalStateException("closed"));
            return out;
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        CompletableFuture<StatefulConnection<String, byte[]>> connected = connect();
        // A command waits for a connection being opened (the first one warms up Lettuce's event
        // loop and may take a while) up to the connect timeout; on an open one, the command timeout.
        Duration bound = connected.isDone() && !connected.isCompletedExceptionally() ? timeout
                : connectTimeout.compareTo(timeout) > 0 ? connectTimeout : timeout;
        ScheduledFuture<?> timer;
        try {
            timer = scheduler.schedule(() -> {
                if (timedOut.compareAndSet(false, true)) {
                    refreshTopology();
                    settle(out, null, new RedisCommandTimeoutException(
                            where() + " did not answer within " + bound.toMillis() + " ms"));
                }
            }, bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            out.completeExceptionally(new IllegalStateException("the scheduler refused work (closed?)", e));
            return out;
        }
        // The command is not cancelled on timeout: once written, Redis may still run it, and its
        // late result is what lets the caller undo it (a claim or lease nobody will use). While the
        // connection is down, Lettuce buffers it until it reconnects or its own timeout passes.
        connected.thenCompose(c -> commandsFor(c, key)).thenCompose(command).whenComplete((value, error) -> {
            timer.cancel(false);
            if (!timedOut.compareAndSet(false, true)) {
                if (error == null && late != null) {
                    late.accept(value);
                }
                return;
            }
            if (error != null) {
                refreshTopology();
            }
            settle(out, value, error);
        });
        return out;
    }

    /** Runs a script on its first key's connection (see {@link #script(RedisClusterAsyncCommands, LuaScript, ScriptOutputType, String[], byte[][])}). */
    <T> CompletableFuture<T> script(LuaScript script, ScriptOutputType type, String[] keys, byte[][] args,
            Consumer<? super T> late) {
        return run(keys[0], c -> script(c, script, type, keys, args), late);
    }

    /**
     * Runs a script that writes, then waits (on the same connection, for at most half the command
     * timeout) until the configured number of replicas acknowledged the write; with none configured,
     * counts it as replicated without asking.
     */
    <T> CompletableFuture<Written<T>> scriptReplicated(LuaScript script, ScriptOutputType type, String[] keys,
            byte[][] args, Consumer<? super T> late) {
        return run(keys[0], c -> RedisLink.<T>script(c, script, type, keys, args).thenCompose(value -> replicas == 0
                ? CompletableFuture.completedFuture(new Written<>(value, true))
                : c.waitForReplication(replicas, Math.max(1, timeout.toMillis() / 2))
                        .thenApply(acks -> new Written<>(value, acks != null && acks >= replicas))),
                written -> {
                    if (late != null) {
                        late.accept(written.value());
                    }
                });
    }

    /**
     * Runs {@code attempt} now (or after one interval if {@code wait}) and again every
     * {@code interval} while it answers {@code false}, until it answers {@code true} (having
     * completed {@code out}), fails (so does {@code out}), {@code out} is completed elsewhere, or
     * {@code deadline} (System.nanoTime) passes ({@code out} fails with {@code onTimeout}).
     */
    <T> void poll(CompletableFuture<T> out, boolean wait, Duration interval, long deadline,
            Supplier<? extends Throwable> onTimeout, Supplier<CompletionStage<Boolean>> attempt) {
        Runnable step = () -> {
            if (out.isDone()) {
                return;
            }
            CompletionStage<Boolean> tried;
            try {
                tried = attempt.get();
            } catch (RuntimeException e) {
                tried = CompletableFuture.failedFuture(e);
            }
            tried.whenComplete((done, error) -> {
                if (out.isDone()) {
                    return;
                }
                if (error != null) {
                    out.completeExceptionally(unwrap(error));
                } else if (!done) {
                    if (System.nanoTime() - deadline > 0) {
                        out.completeExceptionally(onTimeout.get());
                    } else {
                        poll(out, true, interval, deadline, onTimeout, attempt);
                    }
                }
            });
        };
        if (!wait) {
            execute(step);
            return;
        }
        try {
            scheduler.schedule(() -> execute(step), interval.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            out.completeExceptionally(new IllegalStateException("the scheduler refused work (closed?)", e));
        }
    }

    private static <T> CompletableFuture<T> script(RedisClusterAsyncCommands<String, byte[]> c, LuaScript script,
            ScriptOutputType type, String[] keys, byte[][] args) {
        // EVALSHA, and EVAL when the server does not know the script yet (first use, a restart, a new master).
        CompletableFuture<T> done = new CompletableFuture<>();
        c.<T>evalsha(script.sha1(), type, keys, args).whenComplete((value, error) -> {
            if (error == null) {
                done.complete(value);
            } else if (unwrap(error) instanceof RedisNoScriptException) {
                c.<T>eval(script.text(), type, keys, args).whenComplete((v, e) -> {
                    if (e == null) {
                        done.complete(v);
                    } else {
                        done.completeExceptionally(e);
                    }
                });
            } else {
                done.completeExceptionally(error);
            }
        });
        return done;
    }

    @SuppressWarnings("unchecked")
    private CompletionStage<RedisClusterAsyncCommands<String, byte[]>> commandsFor(
            StatefulConnection<String, byte[]> connected, String key) {
        if (connected instanceof StatefulRedisConnection<?, ?> single) {
            return CompletableFuture.completedFuture(((StatefulRedisConnection<String, byte[]>) single).async());
        }
        StatefulRedisClusterConnection<String, byte[]> nodes = (StatefulRedisClusterConnection<String, byte[]>) connected;
        RedisClusterNode master = nodes.getPartitions().getMasterBySlot(SlotHash.getSlot(key));
        if (master == null) {
            return CompletableFuture.completedFuture(nodes.async());   // Lettuce routes it (and refreshes)
        }
        // The master's own connection: a WAIT must follow the write on the connection that wrote.
        return nodes.getConnectionAsync(master.getUri().getHost(), master.getUri().getPort())
                .thenApply(StatefulRedisConnection::async);
    }

    /** In a Cluster, after a failure: asks Lettuce to re-read the topology, at most once a second. */
    private void refreshTopology() {
        long last = lastRefresh.get();
        long now = System.nanoTime();
        if (cluster != null && !closed.get() && now - last >= TimeUnit.SECONDS.toNanos(1)
                && lastRefresh.compareAndSet(last, now)) {
            try {
                cluster.refreshPartitionsAsync();
            } catch (RuntimeException e) {
                // The client is shutting down: the next command fails and says so.
            }
        }
    }

    private CompletableFuture<StatefulConnection<String, byte[]>> connect() {
        while (true) {
            CompletableFuture<StatefulConnection<String, byte[]>> current = connection.get();
            if (current != null && !current.isCompletedExceptionally()) {
                return current;
            }
            CompletableFuture<StatefulConnection<String, byte[]>> next = new CompletableFuture<>();
            if (connection.compareAndSet(current, next)) {
                // Lettuce's connectAsync does set-up work (and, on first use, class loading) on the
                // calling thread: not the caller's.
                execute(() -> openInto(next));
                return next;
            }
        }
    }

    private void openInto(CompletableFuture<StatefulConnection<String, byte[]>> next) {
        try {
            // A cluster client connects only once it knows the topology: read it (again) first.
            CompletableFuture<? extends StatefulConnection<String, byte[]>> opening = cluster != null
                    ? cluster.refreshPartitionsAsync().toCompletableFuture().thenCompose(v -> cluster.connectAsync(CODEC))
                    : client.connectAsync(CODEC, uri).toCompletableFuture();
            opening.whenComplete((c, e) -> {
                if (e != null) {
                    next.completeExceptionally(e);
                } else if (closed.get()) {
                    c.closeAsync();
                    next.completeExceptionally(new IllegalStateException("closed"));
                } else {
                    next.complete(c);
                }
            });
        } catch (RuntimeException | LinkageError e) {
            // A LinkageError too (a missing or inaccessible Lettuce or Netty class): the callers must
            // see it, not wait for their timeout.
            next.completeExceptionally(e);
        }
    }

    private <T> void settle(CompletableFuture<T> out, T value, Throwable error) {
        execute(() -> {
            if (error != null) {
                out.completeExceptionally(unwrap(error));
            } else {
                out.complete(value);
            }
        });
    }

    /** Runs {@code task} on the executor, or here if the executor refuses it. */
    void execute(Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            task.run();
        }
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** A time to live in milliseconds, as a script argument. */
    static byte[] millis(long millis) {
        return Long.toString(millis).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** The failure's type and message, for log lines (never a value: the module's messages hold none). */
    static String describe(Throwable error) {
        Throwable cause = unwrap(error);
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /**
     * Closes the connection this link opened, waiting at most the command timeout for it to close
     * (so that a client shut down right after does not find it half closed); commands sent
     * afterwards fail. Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            CompletableFuture<StatefulConnection<String, byte[]>> current = connection.get();
            if (current != null) {
                CompletableFuture<Void> closing = current.thenCompose(StatefulConnection::closeAsync);
                try {
                    closing.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    // It never opened, or closes in the background.
                }
            }
        }
    }
}
