package io.github.wxlogistics.store.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One lazily opened Lettuce connection (String keys, byte[] values) and the rules every Redis
 * round trip of this module follows: bounded by the command timeout, completed on the
 * configured executor (never on Lettuce's event loop, never on the JDK's default executor), a
 * failed connect retried by the next command rather than cached.
 */
final class RedisLink implements AutoCloseable {

    static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final RedisClient client;
    private final RedisURI uri;
    private final Duration timeout;
    private final Duration connectTimeout;
    private final ScheduledExecutorService scheduler;
    private final Executor executor;
    private final AtomicReference<CompletableFuture<StatefulRedisConnection<String, byte[]>>> connection =
            new AtomicReference<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    RedisLink(RedisClient client, RedisURI uri, Duration timeout, Duration connectTimeout,
            ScheduledExecutorService scheduler, Executor executor) {
        this.client = Objects.requireNonNull(client, "client");
        this.uri = Objects.requireNonNull(uri, "uri");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** Where Redis is, for messages: host and port only (the URI may carry a password). */
    String where() {
        return uri.getSocket() != null ? "unix socket" : uri.getHost() + ":" + uri.getPort();
    }

    /** Starts connecting in the background, so that the first command finds the connection open. */
    void open() {
        if (!closed.get()) {
            connect();
        }
    }

    /**
     * Runs one command (or a short sequence) on the connection, bounded by the command timeout.
     *
     * @param command what to send
     * @param late    given the result of a command that succeeded after the timeout failed the
     *                returned stage (to undo a claim nobody will use), or {@code null}
     * @param <T>     the result type
     * @return a stage completing on the executor
     */
    <T> CompletableFuture<T> run(Function<RedisAsyncCommands<String, byte[]>, CompletionStage<T>> command,
            Consumer<? super T> late) {
        CompletableFuture<T> out = new CompletableFuture<>();
        if (closed.get()) {
            out.completeExceptionally(new IllegalStateException("closed"));
            return out;
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        CompletableFuture<StatefulRedisConnection<String, byte[]>> connected = connect();
        // A command waits for a connection being opened (the first one warms up Lettuce's event
        // loop and may take a while) up to the connect timeout; on an open one, the command timeout.
        Duration bound = connected.isDone() && !connected.isCompletedExceptionally() ? timeout
                : connectTimeout.compareTo(timeout) > 0 ? connectTimeout : timeout;
        ScheduledFuture<?> timer;
        try {
            timer = scheduler.schedule(() -> {
                if (timedOut.compareAndSet(false, true)) {
                    settle(out, null, new RedisCommandTimeoutException(
                            "Redis at " + where() + " did not answer within " + bound.toMillis() + " ms"));
                }
            }, bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            out.completeExceptionally(new IllegalStateException("the scheduler refused work (closed?)", e));
            return out;
        }
        // The command is not cancelled on timeout: once written, Redis may still run it, and its
        // late result is what lets the caller undo it (a claim or lease nobody will use). While the
        // connection is down, Lettuce buffers it until it reconnects or its own timeout passes.
        connected.thenCompose(c -> command.apply(c.async())).whenComplete((value, error) -> {
            timer.cancel(false);
            if (!timedOut.compareAndSet(false, true)) {
                if (error == null && late != null) {
                    late.accept(value);
                }
                return;
            }
            settle(out, value, error);
        });
        return out;
    }

    /** Runs a script by its digest, loading it with EVAL when the server does not know it yet. */
    <T> CompletableFuture<T> script(LuaScript script, ScriptOutputType type, String[] keys, byte[][] args,
            Consumer<? super T> late) {
        return run(c -> {
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
        }, late);
    }

    private CompletableFuture<StatefulRedisConnection<String, byte[]>> connect() {
        while (true) {
            CompletableFuture<StatefulRedisConnection<String, byte[]>> current = connection.get();
            if (current != null && !current.isCompletedExceptionally()) {
                return current;
            }
            CompletableFuture<StatefulRedisConnection<String, byte[]>> next = new CompletableFuture<>();
            if (connection.compareAndSet(current, next)) {
                // Lettuce's connectAsync does set-up work (and, on first use, class loading) on the
                // calling thread: not the caller's.
                execute(() -> openInto(next));
                return next;
            }
        }
    }

    private void openInto(CompletableFuture<StatefulRedisConnection<String, byte[]>> next) {
        try {
            client.connectAsync(CODEC, uri).whenComplete((c, e) -> {
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
        Runnable task = () -> {
            if (error != null) {
                out.completeExceptionally(unwrap(error));
            } else {
                out.complete(value);
            }
        };
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            task.run();
        }
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

    /** Closes the connection this link opened; commands sent afterwards fail. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            CompletableFuture<StatefulRedisConnection<String, byte[]>> current = connection.get();
            if (current != null) {
                current.thenAccept(StatefulRedisConnection::closeAsync);
            }
        }
    }
}
