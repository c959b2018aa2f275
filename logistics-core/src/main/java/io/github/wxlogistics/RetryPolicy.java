package io.github.wxlogistics;

import java.time.Duration;
import java.util.Objects;

/**
 * How reads (get*, batchGetOrder, previewTemplate) are retried on errcode -1, HTTP 5xx and I/O failures: up to
 * {@code maxAttempts} attempts in all, with capped exponential backoff and full jitter. Writes
 * are never retried, whatever the policy.
 *
 * @param maxAttempts    attempts in all, at least 1 (1 means no retry)
 * @param initialBackoff the upper bound of the first wait
 * @param maxBackoff     the cap on any wait
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    /**
     * Checks the bounds.
     *
     * @param maxAttempts attempts in all, at least 1 (1 means no retry)
     * @param initialBackoff the upper bound of the first wait
     * @param maxBackoff the cap on any wait
     */
    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.isNegative()) {
            throw new IllegalArgumentException("backoff must not be negative");
        }
    }

    /**
     * Three attempts, waits up to 200 ms then 400 ms, capped at 2 s.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2));
    }

    /**
     * No retries.
     *
     * @return a policy of one attempt
     */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /**
     * The upper bound of the wait before attempt {@code attempt + 1}, before jitter.
     *
     * @param attempt the attempt that just failed, from 1
     * @return the upper bound of the wait before attempt {@code attempt + 1}, before jitter
     */
    public Duration backoffCeiling(int attempt) {
        long base = initialBackoff.toMillis();
        long ceiling = base << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(ceiling, maxBackoff.toMillis()));
    }
}
