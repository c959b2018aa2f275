package io.github.wxlogistics.spring;

import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.ListenerOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * UP when an access token can be had from the provider; DOWN with the failure's kind and errcode
 * (never its message, never the token). Probes do not each reach WeChat: a result is reused for
 * the refresh interval (the provider also caches tokens, so a healthy check is usually local);
 * after it, one check runs at a time and a probe waits for it at most the timeout, then reports
 * the previous result, or UNKNOWN before the first.
 */
public final class LogisticsHealthIndicator implements HealthIndicator {

    private final AccessTokenProvider tokens;
    private final Duration refreshInterval;
    private final Duration timeout;
    private final Clock clock;
    private final AtomicReference<Checked> last = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<Health>> inFlight = new AtomicReference<>();

    private LogisticsHealthIndicator(AccessTokenProvider tokens, Duration refreshInterval, Duration timeout, Clock clock) {
        this.tokens = tokens;
        this.refreshInterval = refreshInterval;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * An indicator.
     *
     * @param tokens          the provider to ask
     * @param refreshInterval how long a result is reused
     * @param timeout         the longest a probe waits
     * @param clock           measures the interval
     * @return the indicator
     */
    public static LogisticsHealthIndicator create(AccessTokenProvider tokens, Duration refreshInterval, Duration timeout,
            Clock clock) {
        return new LogisticsHealthIndicator(Objects.requireNonNull(tokens, "tokens"),
                Objects.requireNonNull(refreshInterval, "refreshInterval"), Objects.requireNonNull(timeout, "timeout"),
                Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public Health health() {
        Checked previous = last.get();
        if (previous != null && previous.at.plus(refreshInterval).isAfter(clock.instant())) {
            return previous.health;
        }
        CompletableFuture<Health> check = inFlight.get();
        if (check == null) {
            CompletableFuture<Health> mine = new CompletableFuture<>();
            if (inFlight.compareAndSet(null, mine)) {
                start(mine);
                check = mine;
            } else {
                check = inFlight.get();
            }
        }
        if (check == null) {
            return last.get() != null ? last.get().health : Health.unknown().build();
        }
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return previous != null ? previous.health
                    : Health.unknown().withDetail("reason", "token check in progress").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        } catch (ExecutionException e) {
            return down(e.getCause());
        }
    }

    private void start(CompletableFuture<Health> mine) {
        CompletableFuture<AccessToken> token;
        try {
            token = tokens.token();
        } catch (RuntimeException e) {
            token = CompletableFuture.failedFuture(e);
        }
        token.whenComplete((t, err) -> {
            Health health = err == null ? Health.up().build() : down(err);
            last.set(new Checked(health, clock.instant()));
            inFlight.set(null);
            mine.complete(health);
        });
    }

    private static Health down(Throwable failure) {
        return Health.down().withDetail("outcome", ListenerOutcome.of(failure).name())
                .withDetail("errcode", ListenerOutcome.errcodeOf(failure)).build();
    }

    @Override
    public String toString() {
        return "LogisticsHealthIndicator[refreshInterval=" + refreshInterval + "]";
    }

    private record Checked(Health health, Instant at) {
    }
}
