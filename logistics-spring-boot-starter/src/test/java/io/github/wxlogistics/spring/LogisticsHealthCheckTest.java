package io.github.wxlogistics.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spring.LogisticsHealthCheck.Result;
import io.github.wxlogistics.spring.LogisticsHealthCheck.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The Boot-independent health check: no Actuator type here, the same on Spring Boot 3 and 4. */
class LogisticsHealthCheckTest {

    private static final Duration INTERVAL = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock();

    @Test
    void upWhenATokenCanBeHadAndTheResultIsReusedForTheRefreshInterval() {
        Tokens tokens = new Tokens(() -> CompletableFuture.completedFuture(AccessToken.fixed("T")));
        LogisticsHealthCheck check = LogisticsHealthCheck.create(tokens, INTERVAL, Duration.ofSeconds(2), clock);

        for (int i = 0; i < 5; i++) {
            assertThat(check.check()).isEqualTo(new Result(Status.UP, Map.of()));
        }
        assertThat(tokens.calls).as("token fetches for five probes within the interval").hasValue(1);

        clock.advance(INTERVAL.minusSeconds(1));
        check.check();
        assertThat(tokens.calls).hasValue(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(check.check().status()).isEqualTo(Status.UP);
        assertThat(tokens.calls).as("a new fetch once the interval is over").hasValue(2);
    }

    @Test
    void aFailedFetchIsDownWithTheFailuresKindAndErrcodeButNotItsMessage() {
        Tokens tokens = new Tokens(() -> CompletableFuture.failedFuture(
                ApiException.of("getStableAccessToken", 40125, "invalid appsecret rid: 6579f0c9-1a2b3c4d")));
        LogisticsHealthCheck check = LogisticsHealthCheck.create(tokens, INTERVAL, Duration.ofSeconds(2), clock);

        Result result = check.check();

        assertThat(result.status()).isEqualTo(Status.DOWN);
        String since = clock.instant().toString();
        assertThat(result.details()).containsExactly(Map.entry("outcome", "API_ERROR"), Map.entry("errcode", 40125),
                Map.entry("since", since));
        assertThat(result.reason()).isEqualTo("errcode 40125, outcome API_ERROR, since " + since);
        assertThat(result.toString()).doesNotContain("invalid appsecret", "6579f0c9");
        check.check();
        assertThat(tokens.calls).as("a failure is reused for the interval too").hasValue(1);
        clock.advance(INTERVAL);
        assertThat(check.check().details()).as("since: the first failure of the run").containsEntry("since", since);
        assertThat(tokens.calls).hasValue(2);
    }

    @Test
    void aProviderThatThrowsIsDownWithoutAnErrcode() {
        Tokens tokens = new Tokens(() -> {
            throw new IllegalStateException("no credentials");
        });

        Result result = LogisticsHealthCheck.create(tokens, INTERVAL, Duration.ofSeconds(2), clock).check();

        assertThat(result.status()).isEqualTo(Status.DOWN);
        assertThat(result.details()).containsExactly(Map.entry("outcome", "OTHER"), Map.entry("errcode", 0),
                Map.entry("since", clock.instant().toString()));
    }

    @Test
    void aProbeWaitsAtMostTheTimeoutAndOneCheckRunsAtATime() {
        CompletableFuture<AccessToken> first = new CompletableFuture<>();
        CompletableFuture<AccessToken> second = new CompletableFuture<>();
        Tokens tokens = new Tokens(List.of(first, second));
        Duration timeout = Duration.ofMillis(100);
        LogisticsHealthCheck check = LogisticsHealthCheck.create(tokens, INTERVAL, timeout, clock);

        long started = System.nanoTime();
        Result waiting = check.check();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(timeout);
        assertThat(waiting).as("before the first result")
                .isEqualTo(new Result(Status.UNKNOWN, Map.of("reason", "token check in progress")));
        assertThat(check.check().status()).isEqualTo(Status.UNKNOWN);
        assertThat(tokens.calls).as("a probe during a running check joins it").hasValue(1);

        first.complete(AccessToken.fixed("T"));
        assertThat(check.check().status()).isEqualTo(Status.UP);
        assertThat(tokens.calls).hasValue(1);

        clock.advance(INTERVAL);
        assertThat(check.check().status()).as("the previous result while the next check runs").isEqualTo(Status.UP);
        assertThat(check.check().status()).isEqualTo(Status.UP);
        assertThat(tokens.calls).hasValue(2);
        second.completeExceptionally(ApiException.of("getStableAccessToken", -1, "system error"));
        assertThat(check.check()).as("since: after an UP, the failure starts a new run").isEqualTo(new Result(Status.DOWN,
                Map.of("outcome", "API_ERROR", "errcode", -1, "since", clock.instant().toString())));
        assertThat(tokens.calls).hasValue(2);
    }

    @Test
    void anInterruptedProbeIsUnknownAndKeepsTheInterrupt() {
        Tokens tokens = new Tokens(List.of(new CompletableFuture<>()));
        LogisticsHealthCheck check = LogisticsHealthCheck.create(tokens, INTERVAL, Duration.ofSeconds(10), clock);

        Thread.currentThread().interrupt();
        Result result = check.check();

        assertThat(Thread.interrupted()).as("the interrupt flag, kept (and cleared here)").isTrue();
        assertThat(result).isEqualTo(new Result(Status.UNKNOWN, Map.of()));
    }

    /** Hands out the given futures in turn and counts the fetches. */
    private static final class Tokens implements AccessTokenProvider {

        final AtomicInteger calls = new AtomicInteger();
        private final Supplier<CompletableFuture<AccessToken>> next;

        Tokens(Supplier<CompletableFuture<AccessToken>> next) {
            this.next = next;
        }

        Tokens(List<CompletableFuture<AccessToken>> inTurn) {
            this(new ArrayDeque<>(inTurn)::remove);
        }

        @Override
        public CompletableFuture<AccessToken> token() {
            calls.incrementAndGet();
            return next.get();
        }

        @Override
        public CompletableFuture<AccessToken> refresh(AccessToken rejected) {
            throw new AssertionError("the health check never refreshes");
        }
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
