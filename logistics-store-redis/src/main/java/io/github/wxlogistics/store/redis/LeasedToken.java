package io.github.wxlogistics.store.redis;

import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.spi.AccessToken;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One token shared by a fleet through two keys of one Cluster slot: the token key
 * ({@link TokenValue}, living until the token's expiry) and the fetch lease (a random id set only
 * if absent, living {@code leaseTtl}). {@link #obtain} is one round for an instance's callers
 * (the provider's {@code TokenCache} makes them share it): Redis's token if it will do; else the
 * instance that takes the lease reads again, fetches, and stores the token and frees the lease in
 * one script that checks the lease is still its own; the others poll every {@code pollInterval}
 * (trying the lease again, in case its holder died) until a token appears or {@code waitTimeout}
 * passes. {@code RedisTokenProvider} and {@code RedisPlatformStore} build on it. Thread-safe.
 */
final class LeasedToken {

    private static final System.Logger LOG = System.getLogger("io.github.wxlogistics.store.redis");

    /** What to do when Redis fails: settle {@code out} (fetch alone, or fail). */
    @FunctionalInterface
    interface OnRedisFailure {
        void failed(AccessToken bad, Throwable cause, CompletableFuture<AccessToken> out);
    }

    private final RedisLink link;
    private final String tokenKey;
    private final String leaseKey;
    private final String subject;
    private final Clock clock;
    private final Duration leaseTtl;
    private final Duration waitTimeout;
    private final Duration pollInterval;
    private final Function<AccessToken, CompletableFuture<AccessToken>> fetch;
    private final OnRedisFailure onRedisFailure;
    private final Runnable answered;

    /**
     * @param subject        whose token, for messages (an AppID, never a value)
     * @param fetch          fetches a new token (given the rejected one, or null), run under the lease
     * @param onRedisFailure settles a round whose Redis round trip failed
     * @param answered       told each time Redis answered a read (to log a recovery)
     */
    LeasedToken(RedisLink link, String tokenKey, String leaseKey, String subject, Clock clock, Duration leaseTtl,
            Duration waitTimeout, Duration pollInterval, Function<AccessToken, CompletableFuture<AccessToken>> fetch,
            OnRedisFailure onRedisFailure, Runnable answered) {
        this.link = link;
        this.tokenKey = tokenKey;
        this.leaseKey = leaseKey;
        this.subject = subject;
        this.clock = clock;
        this.leaseTtl = leaseTtl;
        this.waitTimeout = waitTimeout;
        this.pollInterval = pollInterval;
        this.fetch = fetch;
        this.onRedisFailure = onRedisFailure;
        this.answered = answered;
    }

    /** One round for this instance's callers: Redis's token if it will do, else a fetch under the lease. */
    CompletableFuture<AccessToken> obtain(AccessToken bad) {
        CompletableFuture<AccessToken> out = new CompletableFuture<>();
        link.poll(out, false, pollInterval, System.nanoTime() + waitTimeout.toNanos(),
                () -> TransportException.timeout(subject + ": no instance of the fleet stored a new token in Redis"
                        + " within " + waitTimeout.toMillis() + " ms", null), () -> attempt(bad, out));
        return out;
    }

    private boolean good(AccessToken token, AccessToken bad) {
        return token != null && token.isUsableAt(clock.instant()) && (bad == null || !token.value().equals(bad.value()));
    }

    /**
     * Reads Redis; takes the lease if the token there will not do. True when {@code out} is settled
     * (or will be, by this instance's fetch); false to try again (another instance holds the lease).
     */
    private CompletableFuture<Boolean> attempt(AccessToken bad, CompletableFuture<AccessToken> out) {
        return link.<byte[]>run(tokenKey, c -> c.get(tokenKey), null).thenCompose(raw -> {
            answered.run();
            AccessToken cached = TokenValue.decode(raw);
            if (good(cached, bad)) {
                out.complete(cached);
                return CompletableFuture.completedFuture(true);
            }
            byte[] lease = link.nextId().getBytes(StandardCharsets.US_ASCII);
            return link.<String>run(leaseKey, c -> c.set(leaseKey, lease, SetArgs.Builder.nx().px(leaseTtl.toMillis())),
                    late -> {
                        if ("OK".equals(late)) {
                            release(lease);   // taken after the caller gave up on it
                        }
                    }).thenApply(taken -> {
                        if (!"OK".equals(taken)) {
                            return false;
                        }
                        fetchUnderLease(bad, lease, out);
                        return true;
                    });
        }).exceptionally(error -> {
            onRedisFailure.failed(bad, RedisLink.unwrap(error), out);
            return true;
        });
    }

    private void fetchUnderLease(AccessToken bad, byte[] lease, CompletableFuture<AccessToken> out) {
        // Read again: the previous holder may have stored a token between our read and our lease.
        link.<byte[]>run(tokenKey, c -> c.get(tokenKey), null).whenComplete((raw, error) -> {
            if (error != null) {
                release(lease);
                onRedisFailure.failed(bad, RedisLink.unwrap(error), out);
                return;
            }
            AccessToken cached = TokenValue.decode(raw);
            if (good(cached, bad)) {
                release(lease);
                out.complete(cached);
                return;
            }
            CompletableFuture<AccessToken> fetched;
            try {
                fetched = fetch.apply(bad);
            } catch (RuntimeException e) {
                fetched = CompletableFuture.failedFuture(e);
            }
            fetched.whenComplete((token, fetchError) -> link.execute(() -> {
                if (fetchError != null) {
                    release(lease);
                    out.completeExceptionally(RedisLink.unwrap(fetchError));
                } else {
                    store(token, lease, out);
                }
            }));
        });
    }

    private void store(AccessToken token, byte[] lease, CompletableFuture<AccessToken> out) {
        long ttl = token.expiresAt().toEpochMilli() - clock.millis();
        if (ttl <= 0) {
            release(lease);
            out.complete(token);
            return;
        }
        link.<Long>scriptReplicated(LuaScript.STORE_TOKEN, ScriptOutputType.INTEGER, new String[] {tokenKey, leaseKey},
                new byte[][] {lease, TokenValue.encode(token), RedisLink.millis(ttl)}, null)
                .whenComplete((stored, storeError) -> {
                    if (storeError != null) {
                        LOG.log(Level.WARNING, "fetched an access token for {0} but {1} could not store it ({2});"
                                + " the other instances will fetch their own", subject, link.where(),
                                RedisLink.describe(storeError));
                    } else if (stored.value() == 0L) {
                        LOG.log(Level.WARNING, "the token lease of {0} expired or was removed before its new token was"
                                + " stored (the fetch took longer than the lease time to live, {1} ms, or the token"
                                + " was forgotten meanwhile); not shared", subject, String.valueOf(leaseTtl.toMillis()));
                    } else if (!stored.replicated()) {
                        LOG.log(Level.WARNING, "stored the access token of {0}, but no replica acknowledged it in"
                                + " time: a failover now would make the fleet fetch another", subject);
                    }
                    out.complete(token);
                });
    }

    private void release(byte[] lease) {
        link.<Long>script(LuaScript.RELEASE, ScriptOutputType.INTEGER, new String[] {leaseKey}, new byte[][] {lease}, null)
                .whenComplete((released, error) -> {
                    if (error != null) {
                        LOG.log(Level.DEBUG, "could not free the token lease of {0}; it expires in {1} ms", subject,
                                String.valueOf(leaseTtl.toMillis()));
                    }
                });
    }
}
