package io.github.wxlogistics.internal.token;

import io.github.wxlogistics.spi.AccessToken;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A lock-free token cache: concurrent callers that find it empty or expired share one fetch,
 * and {@link #refresh(AccessToken)} fetches only if the cached token is still the rejected one.
 * A failed fetch is not cached: the next caller starts a new one.
 */
public final class TokenCache {

    private final Supplier<CompletableFuture<AccessToken>> fetcher;
    private final Clock clock;
    private final AtomicReference<CompletableFuture<AccessToken>> current = new AtomicReference<>();

    public TokenCache(Supplier<CompletableFuture<AccessToken>> fetcher, Clock clock) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The cached token if usable, the fetch in flight if any, or a new fetch. Each caller gets its
     * own copy, so a caller that cancels cannot cancel the fetch the others share.
     */
    public CompletableFuture<AccessToken> token() {
        while (true) {
            CompletableFuture<AccessToken> cached = current.get();
            if (cached != null && (!cached.isDone() || usable(cached, null))) {
                return cached.copy();
            }
            CompletableFuture<AccessToken> next = new CompletableFuture<>();
            if (current.compareAndSet(cached, next)) {
                return fetchInto(next).copy();
            }
        }
    }

    /** A token other than {@code rejected}: the cached one if it differs, else a new fetch. */
    public CompletableFuture<AccessToken> refresh(AccessToken rejected) {
        Objects.requireNonNull(rejected, "rejected");
        while (true) {
            CompletableFuture<AccessToken> cached = current.get();
            if (cached != null && (!cached.isDone() || usable(cached, rejected))) {
                return cached.copy();
            }
            CompletableFuture<AccessToken> next = new CompletableFuture<>();
            if (current.compareAndSet(cached, next)) {
                return fetchInto(next).copy();
            }
        }
    }

    private boolean usable(CompletableFuture<AccessToken> done, AccessToken rejected) {
        if (done.isCompletedExceptionally()) {
            return false;
        }
        AccessToken token = done.join();
        return token.isUsableAt(clock.instant()) && (rejected == null || !token.value().equals(rejected.value()));
    }

    private CompletableFuture<AccessToken> fetchInto(CompletableFuture<AccessToken> next) {
        CompletableFuture<AccessToken> fetched;
        try {
            fetched = fetcher.get();
        } catch (RuntimeException e) {
            fetched = CompletableFuture.failedFuture(e);
        }
        fetched.whenComplete((token, err) -> {
            if (err != null) {
                next.completeExceptionally(err);
            } else {
                next.complete(token);
            }
        });
        return next;
    }
}
