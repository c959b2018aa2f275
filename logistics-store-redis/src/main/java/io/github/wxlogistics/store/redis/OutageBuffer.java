package io.github.wxlogistics.store.redis;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The writes Redis could not take, kept in this instance's memory, oldest first and at most
 * {@code maxKept}, and written again every {@code retryInterval} until Redis takes them or their
 * time to live passes: the push outcomes of {@link RedisDuplicateStore} (a reply to store, a claim
 * to free; it answers re-sends from the replies kept here) and the refresh tokens of
 * {@link RedisPlatformStore} (which reads them from here first). Thread-safe.
 */
final class OutageBuffer {

    private static final System.Logger LOG = System.getLogger("io.github.wxlogistics.store.redis");

    /**
     * An outcome to write again: a reply (complete), or null (abandon), for the claim {@code owner};
     * or a refresh token ({@code reply}) replacing {@code owner} (null: whatever is kept).
     */
    record Kept(String owner, byte[] reply, long expiresNanos) {
    }

    private final RedisLink link;
    private final String what;
    private final Duration retryInterval;
    private final int maxKept;
    /** Writes one outcome; true when it is done with (written, or no longer needed), false to keep it. */
    private final Function<Map.Entry<String, Kept>, CompletionStage<Boolean>> write;
    // Guarded by itself.
    private final LinkedHashMap<String, Kept> kept = new LinkedHashMap<>();
    private final AtomicBoolean retryScheduled = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    /** {@code what}: what is kept, for log lines ("push outcome", "refresh token"). */
    OutageBuffer(RedisLink link, String what, Duration retryInterval, int maxKept,
            Function<Map.Entry<String, Kept>, CompletionStage<Boolean>> write) {
        this.link = link;
        this.what = what;
        this.retryInterval = retryInterval;
        this.maxKept = maxKept;
        this.write = write;
    }

    /** The reply kept for {@code key}, copied, or null. */
    byte[] reply(String key) {
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

    /** Keeps an outcome (replacing one kept for the key), logs why, and schedules its retry. */
    void keep(String key, Kept outcome, String why) {
        int size;
        synchronized (kept) {
            kept.remove(key);
            kept.put(key, outcome);
            Iterator<Kept> oldest = kept.values().iterator();
            while (kept.size() > maxKept) {
                oldest.next();
                oldest.remove();
                LOG.log(Level.WARNING, "more than {0} {1}s kept while Redis could not take them; dropped the"
                        + " oldest", maxKept, what);
            }
            size = kept.size();
        }
        LOG.log(Level.WARNING, "{0} could not record a {1} ({2}); this instance keeps it ({3} kept) and"
                + " retries every {4} ms", link.where(), what, why, String.valueOf(size),
                String.valueOf(retryInterval.toMillis()));
        scheduleRetry();
    }

    /** Stops keeping whatever is kept for {@code key}: it no longer needs writing. */
    void drop(String key) {
        synchronized (kept) {
            kept.remove(key);
        }
    }

    int size() {
        synchronized (kept) {
            return kept.size();
        }
    }

    /** Writes every kept outcome now; completes when all are written or dropped as expired. */
    CompletionStage<Void> flush() {
        List<Map.Entry<String, Kept>> pending;
        synchronized (kept) {
            pending = new ArrayList<>(kept.entrySet());
        }
        List<CompletableFuture<?>> writes = new ArrayList<>();
        for (Map.Entry<String, Kept> entry : pending) {
            if (entry.getValue().expiresNanos() - System.nanoTime() <= 0) {
                forget(entry.getKey(), entry.getValue());
                continue;
            }
            writes.add(write.apply(Map.entry(entry.getKey(), entry.getValue())).toCompletableFuture().thenAccept(done -> {
                if (done) {
                    forget(entry.getKey(), entry.getValue());
                }
            }));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new));
        if (!writes.isEmpty()) {
            all.whenComplete((v, e) -> {
                if (e == null && size() == 0) {
                    LOG.log(Level.INFO, "{0} took the {1}(s) kept while it could not", link.where(), what);
                }
            });
        }
        return all;
    }

    /** Stops retrying; returns how many outcomes are still kept (then lost). */
    int close() {
        closed.set(true);
        return size();
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
                    if (size() > 0) {
                        scheduleRetry();
                    }
                });
            }, retryInterval.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            retryScheduled.set(false);
            LOG.log(Level.WARNING, "the scheduler refused the retry of kept {0}s", what);
        }
    }

    /** Milliseconds left of a kept outcome's life, at least 1. */
    static long millisLeft(Kept outcome) {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(outcome.expiresNanos() - System.nanoTime()));
    }
}
