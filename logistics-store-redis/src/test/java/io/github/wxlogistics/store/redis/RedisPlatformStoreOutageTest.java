package io.github.wxlogistics.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.RefreshToken;
import io.github.wxlogistics.spi.TokenSlot;
import io.lettuce.core.RedisURI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redis killed in the middle of a platform's work: the test runs its own redis-server with an
 * append-only file (as docs/fleet.md asks of a Redis holding refresh tokens), stops it, and starts
 * it again on the same port with its data. The documented behaviour: calls fail within the command
 * timeout with a {@link TransportException} that says nothing was sent and names the Redis; a
 * refresh token rotated while Redis is down is kept in memory (read from there) and written once
 * Redis is back; after the restart a new instance finds every refresh token and continues.
 */
class RedisPlatformStoreOutageTest {

    private static final Duration COMMAND_TIMEOUT = Duration.ofMillis(500);
    private static final String COMPONENT = "wxcomponentoutage";

    @TempDir
    Path data;

    private RedisProcess redis;
    private TestClient lettuce;
    private RedisURI uri;

    @BeforeEach
    void start() {
        redis = RedisProcess.startPersistent(data);
        lettuce = TestClient.create();
        uri = RedisURI.create(redis.uri());
    }

    @AfterEach
    void stop() {
        lettuce.close();
        redis.close();
    }

    private RedisPlatformStore store() {
        // A generous connect timeout: the first connection in a JVM on a busy machine may take seconds;
        // a refused connection fails at once regardless, which is what these tests time.
        return RedisPlatformStore.builder(lettuce.client(), uri).keyPrefix("outage:").commandTimeout(COMMAND_TIMEOUT)
                .connectTimeout(Duration.ofSeconds(15)).retryInterval(Duration.ofMillis(200)).build();
    }

    private static <T> T get(CompletableFuture<T> stage) throws Exception {
        return stage.get(10, TimeUnit.SECONDS);
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    @Test
    void redisKilledMidRotationLosesNoRefreshTokenAndFailsClearly() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        try (RedisPlatformStore a = store()) {
            AccessTokenProvider tokens = a.tokens(TokenSlot.authorizer(COMPONENT, "wxmerchantout"),
                    rejected -> CompletableFuture.completedFuture(new AccessToken("authorizer-" + fetches.incrementAndGet(),
                            Instant.now().plusSeconds(7200))));
            get(a.saveRefreshToken(COMPONENT, "wxmerchantout", new RefreshToken("refresh@@@1")));
            AccessToken first = get(tokens.token());

            redis.stop();
            long killed = System.nanoTime();
            // The fetch under way got a new refresh token from WeChat and rotates it: Redis is gone.
            assertThatThrownBy(() -> get(a.replaceRefreshToken(COMPONENT, "wxmerchantout",
                    new RefreshToken("refresh@@@1"), new RefreshToken("refresh@@@2"))))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(TransportException.class)
                    .hasMessageContaining("storing the refresh token of authorizer wxmerchantout")
                    .hasMessageContaining("127.0.0.1:" + redis.port())
                    .hasMessageContaining("keeps it")
                    .satisfies(e -> assertThat(((TransportException) e).isNotSent()).isTrue());
            long rotateMillis = millisSince(killed);
            assertThat(a.keptRefreshTokens()).isEqualTo(1);
            assertThat(get(a.refreshToken(COMPONENT, "wxmerchantout"))).as("read from memory while Redis is down")
                    .contains(new RefreshToken("refresh@@@2"));

            long refused = System.nanoTime();
            assertThatThrownBy(() -> get(tokens.refresh(first))).cause().isInstanceOf(TransportException.class)
                    .hasMessageContaining("authorizer wxmerchantout token")
                    .satisfies(e -> assertThat(((TransportException) e).isNotSent()).isTrue());
            long refusedMillis = millisSince(refused);
            assertThat(rotateMillis).isLessThan(COMMAND_TIMEOUT.toMillis() + 1_500);
            assertThat(refusedMillis).isLessThan(COMMAND_TIMEOUT.toMillis() + 1_500);

            redis.restart();   // with its append-only file
            flushWithin(a, 50);
            assertThat(a.keptRefreshTokens()).isZero();
            System.out.printf("platform store outage: rotation failed in %d ms (kept in memory), refresh failed in %d"
                    + " ms, fetches=%d%n", rotateMillis, refusedMillis, fetches.get());
        }
        try (RedisPlatformStore restarted = store()) {
            assertThat(get(restarted.refreshToken(COMPONENT, "wxmerchantout")))
                    .as("the rotated refresh token reached Redis and survived its restart")
                    .contains(new RefreshToken("refresh@@@2"));
            AccessTokenProvider tokens = restarted.tokens(TokenSlot.authorizer(COMPONENT, "wxmerchantout"),
                    rejected -> CompletableFuture.completedFuture(new AccessToken("authorizer-" + fetches.incrementAndGet(),
                            Instant.now().plusSeconds(7200))));
            assertThat(get(tokens.token()).value()).as("the token kept before the outage").isEqualTo("authorizer-1");
            assertThat(fetches).hasValue(1);
        }
    }

    @Test
    void aRefreshTokenOfANewAuthorizationSavedWhileRedisIsDownReachesItLater() throws Exception {
        try (RedisPlatformStore a = store()) {
            get(a.saveRefreshToken(COMPONENT, "wxwarmup", new RefreshToken("refresh@@@warm-up")));
            redis.stop();
            assertThatThrownBy(() -> get(a.saveRefreshToken(COMPONENT, "wxmerchantnew", new RefreshToken("refresh@@@new"))))
                    .cause().isInstanceOf(TransportException.class).hasMessageContaining("keeps it");
            assertThatThrownBy(() -> get(a.refreshToken(COMPONENT, "wxwarmup"))).cause()
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("reading the refresh token of authorizer wxwarmup");
            redis.restart();
            flushWithin(a, 50);
        }
        try (RedisPlatformStore restarted = store()) {
            assertThat(get(restarted.refreshToken(COMPONENT, "wxmerchantnew"))).contains(new RefreshToken("refresh@@@new"));
            assertThat(get(restarted.refreshToken(COMPONENT, "wxwarmup"))).contains(new RefreshToken("refresh@@@warm-up"));
        }
    }

    /** Flushes until Redis takes the kept refresh tokens; each try is bounded by the command timeout. */
    private static void flushWithin(RedisPlatformStore store, int tries) throws Exception {
        for (int i = 0; i < tries && store.keptRefreshTokens() > 0; i++) {
            store.flush().toCompletableFuture().get(10, TimeUnit.SECONDS);
            if (store.keptRefreshTokens() > 0) {
                TimeUnit.MILLISECONDS.sleep(100);   // Lettuce is reconnecting; bounded by tries
            }
        }
        assertThat(store.keptRefreshTokens()).as("kept refresh tokens after %d flushes", tries).isZero();
    }
}
