package io.github.wxlogistics.spring;

import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.ListenerOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The health check behind the Actuator indicator {@code wxLogistics}, free of any Actuator type so
 * that one implementation serves Spring Boot 3 ({@link Boot3LogisticsHealthIndicator}) and Spring
 * Boot 4 ({@link Boot4LogisticsHealthIndicator}).
 *
 * <p>{@link Status#UP} when an access token can be had from the provider; {@link Status#DOWN} with
 * the failure's kind ({@code outcome}), {@code errcode} and {@code since} (when the checks started
 * failing; never the failure's message, never the token), summed up in {@link Result#reason()}.
 * Probes do not each reach WeChat: a result is reused for the refresh interval (the provider also
 * caches tokens, so a healthy check is usually local); after it, one check runs at a time and a
 * probe waits for it at most the timeout, then reports the previous result, or
 * {@link Status#UNKNOWN} before the first.
 *
 * <p>Thread-safe.
 */
public final class LogisticsHealthCheck {

    private final AccessTokenProvider tokens;
    private final Duration refreshInterval;
    private final Duration timeout;
    private final Clock clock;
    private final AtomicReference<Checked> last = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<Result>> inFlight = new AtomicReference<>();

    private LogisticsHealthCheck(AccessTokenProvider tokens, Duration refreshInterval, Duration timeout, Clock clock) {
        this.tokens = tokens;
        this.refreshInterval = refreshInterval;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * A check.
     *
     * @param tokens          the provider to ask
     * @param refreshInterval how long a result is reused
     * @param timeout         the longest a probe waits
     * @param clock           measures the interval
     * @return the check
     * @throws IllegalArgumentException if the interval is negative or the timeout not positive
     */
    public static LogisticsHealthCheck create(AccessTokenProvider tokens, Duration refreshInterval, Duration timeout,
            Clock clock) {
        if (Objects.requireNonNull(refreshInterval, "refreshInterval").isNegative()) {
            throw new IllegalArgumentException("refreshInterval must not be negative, was " + refreshInterval);
        }
        if (Objects.requireNonNull(timeout, "timeout").isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        return new LogisticsHealthCheck(Objects.requireNonNull(tokens, "tokens"),
                Objects.requireNonNull(refreshInterval, "refreshInterval"), Objects.requireNonNull(timeout, "timeout"),
                Objects.requireNonNull(clock, "clock"));
    }

    /**
     * The current result: the cached one while it is fresh, else the result of a token fetch (one
     * at a time), waited for at most the timeout.
     *
     * @return the result; never {@code null}
     */
    public Result check() {
        Checked previous = last.get();
        if (previous != null && previous.at.plus(refreshInterval).isAfter(clock.instant())) {
            return previous.result;
        }
        CompletableFuture<Result> check = inFlight.get();
        if (check == null) {
            CompletableFuture<Result> mine = new CompletableFuture<>();
            if (inFlight.compareAndSet(null, mine)) {
                start(mine);
                check = mine;
            } else {
                check = inFlight.get();
            }
        }
        if (check == null) {
            return last.get() != null ? last.get().result : Result.UNKNOWN;
        }
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return previous != null ? previous.result : Result.IN_PROGRESS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.UNKNOWN;
        } catch (ExecutionException e) {
            return down(e.getCause(), downSince());
        }
    }

    /** When the current run of failed checks began: the previous DOWN result's, else now. */
    private Instant downSince() {
        Checked previous = last.get();
        if (previous != null && previous.result.status() == Status.DOWN
                && previous.result.details().get("since") instanceof String since) {
            return Instant.parse(since);
        }
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private void start(CompletableFuture<Result> mine) {
        CompletableFuture<AccessToken> token;
        try {
            token = tokens.token();
        } catch (RuntimeException e) {
            token = CompletableFuture.failedFuture(e);
        }
        token.whenComplete((t, err) -> {
            Result result = err == null ? Result.UP : down(err, downSince());
            last.set(new Checked(result, clock.instant()));
            inFlight.set(null);
            mine.complete(result);
        });
    }

    private static Result down(Throwable failure, Instant since) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", ListenerOutcome.of(failure).name());
        details.put("errcode", ListenerOutcome.errcodeOf(failure));
        details.put("since", since.toString());
        return new Result(Status.DOWN, details);
    }

    @Override
    public String toString() {
        return "LogisticsHealthCheck[refreshInterval=" + refreshInterval + "]";
    }

    /** The state a check reports, named as Actuator names its statuses. */
    public enum Status {
        /** A token could be had. */
        UP,
        /** The token fetch failed. */
        DOWN,
        /** No result yet (the first check is still running), or the probe was interrupted. */
        UNKNOWN
    }

    /**
     * What a check found.
     *
     * @param status  the state
     * @param details what to show beside it (for {@link Status#DOWN}: {@code outcome}, the
     *                {@link ListenerOutcome} name, {@code errcode}, 0 when the failure carries
     *                none, and {@code since}, the ISO-8601 instant of the first failed check of the
     *                current run); never a message, a secret or a token; unmodifiable, in insertion order
     */
    public record Result(Status status, Map<String, Object> details) {

        static final Result UP = new Result(Status.UP, Map.of());
        static final Result UNKNOWN = new Result(Status.UNKNOWN, Map.of());
        static final Result IN_PROGRESS = new Result(Status.UNKNOWN, Map.of("reason", "token check in progress"));

        /**
         * A result.
         *
         * @param status  the state
         * @param details the details; copied; no key or value may be {@code null}
         */
        public Result {
            Objects.requireNonNull(status, "status");
            details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
            details.forEach((key, value) -> Objects.requireNonNull(value, () -> "details[" + key + "]"));
        }

        /**
         * The details in one line, for the status description Actuator shows even without
         * {@code show-details}: {@code "errcode 40125, outcome API_ERROR, since 2026-12-07T03:10:00Z"}
         * for {@link Status#DOWN}, {@code "token check in progress"} while the first check runs.
         *
         * @return the reason, empty when the details are empty
         */
        public String reason() {
            if (status == Status.DOWN) {
                return "errcode " + details.get("errcode") + ", outcome " + details.get("outcome") + ", since "
                        + details.get("since");
            }
            return String.valueOf(details.getOrDefault("reason", ""));
        }
    }

    private record Checked(Result result, Instant at) {
    }
}
