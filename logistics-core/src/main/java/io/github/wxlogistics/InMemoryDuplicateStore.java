package io.github.wxlogistics;

import io.github.wxlogistics.spi.DuplicateClaim;
import io.github.wxlogistics.spi.DuplicateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The default {@link DuplicateStore}: one process's memory, bounded in size and time. Entries
 * live for the time to live from their claim, and again from their answer; when the store is
 * full the oldest entry goes first. Good for a single receiver; a fleet needs a shared store.
 *
 * <p>Thread-safe. Every method completes at once; a lock is held only for map updates, never
 * while a handler runs or a stage completes.
 */
public final class InMemoryDuplicateStore implements DuplicateStore {

    /** Default time to live of an entry: 10 minutes. */
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(10);
    /** Default bound on the number of entries: 10,000. */
    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    private final int maxEntries;
    private final Duration ttl;
    private final Clock clock;
    private final AtomicLong claimIds = new AtomicLong();
    // Insertion order is expiry order: every entry is (re)inserted with now + ttl. Guarded by itself.
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

    private record Entry(String claimId, CompletableFuture<byte[]> reply, Instant expires) {
    }

    private InMemoryDuplicateStore(int maxEntries, Duration ttl, Clock clock) {
        this.maxEntries = maxEntries;
        this.ttl = ttl;
        this.clock = clock;
    }

    /**
     * A store of at most {@value #DEFAULT_MAX_ENTRIES} entries living {@link #DEFAULT_TTL}, on the system clock.
     *
     * @return a new, empty store
     */
    public static InMemoryDuplicateStore create() {
        return create(DEFAULT_MAX_ENTRIES, DEFAULT_TTL, Clock.systemUTC());
    }

    /**
     * A store with its own bounds.
     *
     * @param maxEntries the most entries kept (positive); the oldest is dropped beyond it
     * @param ttl        how long an entry lives after its claim and again after its answer (positive)
     * @param clock      the time source
     * @return a new, empty store
     * @throws IllegalArgumentException if {@code maxEntries} or {@code ttl} is not positive
     */
    public static InMemoryDuplicateStore create(int maxEntries, Duration ttl, Clock clock) {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("maxEntries must be positive, was " + maxEntries);
        }
        if (Objects.requireNonNull(ttl, "ttl").isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive, was " + ttl);
        }
        return new InMemoryDuplicateStore(maxEntries, ttl, Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public CompletableFuture<DuplicateClaim> claim(String key) {
        Objects.requireNonNull(key, "key");
        synchronized (entries) {
            Instant now = clock.instant();
            dropExpired(now);
            Entry entry = entries.get(key);
            if (entry != null) {
                CompletableFuture<byte[]> reply = entry.reply();
                return CompletableFuture.completedFuture(reply.isDone() && !reply.isCompletedExceptionally()
                        ? new DuplicateClaim.Answered(reply.join())
                        // A copy: a waiter cancelling its stage must not touch the owner's.
                        : new DuplicateClaim.Pending(reply.copy()));
            }
            String claimId = Long.toString(claimIds.incrementAndGet());
            entries.put(key, new Entry(claimId, new CompletableFuture<>(), now.plus(ttl)));
            while (entries.size() > maxEntries) {
                Iterator<Entry> oldest = entries.values().iterator();
                oldest.next();
                oldest.remove();
            }
            return CompletableFuture.completedFuture(new DuplicateClaim.Owner(claimId));
        }
    }

    @Override
    public CompletableFuture<Void> complete(String key, DuplicateClaim.Owner owner, byte[] reply) {
        byte[] copy = Objects.requireNonNull(reply, "reply").clone();
        Entry held;
        synchronized (entries) {
            held = heldBy(key, owner);
            if (held != null) {
                entries.remove(key);
                entries.put(key, new Entry(held.claimId(), held.reply(), clock.instant().plus(ttl)));
            }
        }
        if (held != null) {
            held.reply().complete(copy);
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> abandon(String key, DuplicateClaim.Owner owner) {
        Entry held;
        synchronized (entries) {
            held = heldBy(key, owner);
            if (held != null) {
                entries.remove(key);
            }
        }
        if (held != null) {
            held.reply().completeExceptionally(new IllegalStateException("the first delivery of this push failed"));
        }
        return CompletableFuture.completedFuture(null);
    }

    /**
     * The number of entries, held or answered, not yet dropped.
     *
     * @return the entry count after dropping expired entries
     */
    public int size() {
        synchronized (entries) {
            dropExpired(clock.instant());
            return entries.size();
        }
    }

    private Entry heldBy(String key, DuplicateClaim.Owner owner) {
        Entry entry = entries.get(Objects.requireNonNull(key, "key"));
        return entry != null && entry.claimId().equals(Objects.requireNonNull(owner, "owner").claimId())
                && !entry.reply().isDone() ? entry : null;
    }

    private void dropExpired(Instant now) {
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue().expires().isAfter(now)) {
                return;
            }
            it.remove();
        }
    }

    @Override
    public String toString() {
        return "InMemoryDuplicateStore[maxEntries=" + maxEntries + ", ttl=" + ttl + "]";
    }
}
