package io.github.wxlogistics.store.redis;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Deliveries waiting for the first delivery's reply: in memory when the claim is this instance's
 * (so they get the reply even while Redis is down), else by reading the key every poll interval
 * until the reply appears, the claim goes, or the wait ends. Thread-safe.
 */
final class ReplyWaits {

    /** A claim this instance holds, and the reply its own duplicates wait for. */
    private record Local(String owner, CompletableFuture<byte[]> reply, long expiresNanos) {
    }

    private final RedisLink link;
    private final OutageBuffer kept;
    private final Duration pollInterval;
    private final Duration maxWait;
    private final Map<String, Local> owned = new ConcurrentHashMap<>();

    ReplyWaits(RedisLink link, OutageBuffer kept, Duration pollInterval, Duration maxWait) {
        this.link = link;
        this.kept = kept;
        this.pollInterval = pollInterval;
        this.maxWait = maxWait;
    }

    /** Records a claim this instance now holds. */
    void own(String key, String owner, Duration claimTtl) {
        // Owners always complete or abandon; the sweep only bounds the map if something broke that promise.
        if (owned.size() > 1_000) {
            long now = System.nanoTime();
            owned.values().removeIf(local -> local.expiresNanos() - now <= 0);
        }
        owned.put(key, new Local(owner, new CompletableFuture<>(), System.nanoTime() + claimTtl.toNanos()));
    }

    /**
     * A wait on this instance's own live claim of {@code key} (whose Redis value is {@code found},
     * when known), or null when the claim is not this instance's.
     */
    CompletableFuture<byte[]> onOwnClaim(String key, byte[] found) {
        Local local = owned.get(key);
        if (local == null || local.expiresNanos() - System.nanoTime() <= 0
                || found != null && !Arrays.equals(found, PushValue.held(local.owner()))) {
            return null;
        }
        return local.reply().copy();
    }

    /** Ends this owner's claim (if it is this owner's) and settles its waiters; false if it was not. */
    boolean settle(String key, String owner, Consumer<CompletableFuture<byte[]>> settle) {
        Local local = owned.get(key);
        if (local == null || !local.owner().equals(owner) || !owned.remove(key, local)) {
            return false;
        }
        settle.accept(local.reply());
        return true;
    }

    /** Polls a key another instance holds ({@code heldValue}) until its reply appears, the claim goes, or the wait ends. */
    CompletableFuture<byte[]> poll(String key, String redisKey, byte[] heldValue) {
        CompletableFuture<byte[]> out = new CompletableFuture<>();
        link.poll(out, true, pollInterval, System.nanoTime() + maxWait.toNanos(), () -> new IllegalStateException(
                "the first delivery of this push gave no reply within " + maxWait.toMillis() + " ms"), () -> {
                    byte[] reply = kept.reply(key);
                    if (reply != null) {
                        out.complete(reply);
                        return CompletableFuture.completedFuture(true);
                    }
                    return link.<byte[]>run(redisKey, c -> c.get(redisKey), null).handle((value, error) -> {
                        if (error != null) {
                            out.completeExceptionally(new IllegalStateException(link.where()
                                    + " failed while waiting for the first delivery's reply", RedisLink.unwrap(error)));
                        } else if (PushValue.isAnswered(value)) {
                            out.complete(PushValue.reply(value));
                        } else if (!Arrays.equals(value, heldValue)) {
                            out.completeExceptionally(new IllegalStateException(
                                    "the first delivery of this push failed or its claim expired"));
                        } else {
                            return false;
                        }
                        return true;
                    });
                });
        return out;
    }
}
