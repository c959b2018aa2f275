package io.github.wxlogistics.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.TokenSource;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.testkit.FakeResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.token.AppCredentials;
import io.github.wxlogistics.token.TokenSettings;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shared token provider against a real Redis and the fake WeChat server: one fetch serves
 * the fleet, compare-and-refresh across instances, the lease (a dead holder, a holder that never
 * stores), WeChat refusing the fetch, and Redis unreachable or killed midway (local fetch with a
 * warning, or failure, as configured).
 */
@ExtendWith(SharedRedis.Extension.class)
class RedisTokenProviderTest {

    private static TestClient instanceA;
    private static TestClient instanceB;
    private static RedisURI uri;
    private static RedisCommands<String, String> redis;
    private static JdkHttpTransport transport;

    private final String prefix = "test:" + UUID.randomUUID() + ":";
    private final List<RedisTokenProvider> providers = new ArrayList<>();
    private FakeWeChatServer wechat;

    @BeforeAll
    static void connect(SharedRedis shared) {
        uri = shared.uri();
        instanceA = TestClient.create();
        instanceB = TestClient.create();
        redis = instanceA.sync(uri);
        transport = JdkHttpTransport.create();
    }

    @AfterAll
    static void disconnect() {
        instanceA.close();
        instanceB.close();
        transport.close();
    }

    @BeforeEach
    void startWeChat() {
        wechat = FakeWeChatServer.builder().start();
    }

    @AfterEach
    void stop() {
        providers.forEach(RedisTokenProvider::close);
        wechat.close();
    }

    private TokenSettings settings() {
        return TokenSettings.of(AppCredentials.of(wechat.appId(), wechat.appSecret()), transport)
                .withBaseUri(wechat.baseUri()).withTimeout(Duration.ofSeconds(5));
    }

    private RedisTokenProvider provider(TestClient instance, TokenSource source) {
        return provider(RedisTokenProvider.builder(instance.client(), uri, source, settings()).keyPrefix(prefix));
    }

    private RedisTokenProvider provider(RedisTokenProvider.Builder builder) {
        RedisTokenProvider provider = builder.build();
        providers.add(provider);
        return provider;
    }

    private long fetches(String operation) {
        return wechat.requests().stream().filter(r -> r.operation().equals(java.util.Optional.of(operation))).count();
    }

    private static AccessToken get(CompletableFuture<AccessToken> token) throws Exception {
        return token.get(10, TimeUnit.SECONDS);
    }

    private String tokenKey(String source) {
        return prefix + "token:{" + source + ":" + wechat.appId() + "}";
    }

    @Test
    void oneClassicFetchServesBothInstancesAndLivesInRedisUntilItsExpiry() throws Exception {
        RedisTokenProvider a = provider(instanceA, TokenSource.CLASSIC);
        RedisTokenProvider b = provider(instanceB, TokenSource.CLASSIC);

        AccessToken first = get(a.token());
        AccessToken onB = get(b.token());

        assertThat(onB.value().equals(first.value())).as("B uses A's token").isTrue();
        assertThat(fetches("getAccessToken")).isEqualTo(1);
        String stored = redis.get(tokenKey("classic"));
        assertThat(stored.equals("v1:" + first.expiresAt().toEpochMilli() + ":" + first.value())).as("layout").isTrue();
        // 7200 s less the core's 5-minute margin.
        assertThat(redis.pttl(tokenKey("classic"))).isBetween(6_800_000L, 6_900_000L);
        assertThat(redis.exists(prefix + "token-lease:{classic:" + wechat.appId() + "}")).as("lease freed").isZero();
    }

    @Test
    void refreshIsCompareAndRefreshAcrossInstances() throws Exception {
        RedisTokenProvider a = provider(instanceA, TokenSource.CLASSIC);
        RedisTokenProvider b = provider(instanceB, TokenSource.CLASSIC);
        AccessToken first = get(a.token());
        get(b.token());

        AccessToken renewedByB = get(b.refresh(first));
        AccessToken seenByA = get(a.refresh(first));

        assertThat(renewedByB.value().equals(first.value())).isFalse();
        assertThat(seenByA.value().equals(renewedByB.value())).as("A takes B's token from Redis").isTrue();
        assertThat(fetches("getAccessToken")).isEqualTo(2);
    }

    @Test
    void fiftyConcurrentRefreshesOnTwoInstancesFetchOnce() throws Exception {
        RedisTokenProvider a = provider(instanceA, TokenSource.CLASSIC);
        RedisTokenProvider b = provider(instanceB, TokenSource.CLASSIC);
        AccessToken first = get(a.token());
        List<CompletableFuture<AccessToken>> refreshes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            refreshes.add((i % 2 == 0 ? a : b).refresh(first));
        }
        for (CompletableFuture<AccessToken> refresh : refreshes) {
            assertThat(get(refresh).value().equals(first.value())).isFalse();
        }
        assertThat(refreshes.stream().map(r -> r.join().value()).distinct()).hasSize(1);
        assertThat(fetches("getAccessToken")).isEqualTo(2);
    }

    @Test
    void aLeaseWhoseHolderDiedDelaysTheFetchOnlyUntilItExpires() throws Exception {
        RedisTokenProvider a = provider(instanceA, TokenSource.CLASSIC);
        redis.set(prefix + "token-lease:{classic:" + wechat.appId() + "}", "an-instance-that-died", SetArgs.Builder.px(400));
        long started = System.nanoTime();

        AccessToken token = get(a.token());

        assertThat(token.value()).isNotBlank();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(300), Duration.ofSeconds(5));
        assertThat(fetches("getAccessToken")).isEqualTo(1);
    }

    @Test
    void aLeaseHolderThatNeverStoresFailsTheCallersAfterTheWaitTimeout() {
        RedisTokenProvider a = provider(RedisTokenProvider.builder(instanceA.client(), uri, TokenSource.CLASSIC, settings())
                .keyPrefix(prefix).waitTimeout(Duration.ofMillis(300)));
        redis.set(prefix + "token-lease:{classic:" + wechat.appId() + "}", "a-stuck-instance", SetArgs.Builder.px(60_000));
        long started = System.nanoTime();

        assertThatThrownBy(() -> get(a.token())).cause().isInstanceOf(TransportException.class)
                .hasMessageContaining("within 300 ms").matches(e -> ((TransportException) e).isTimeout());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(fetches("getAccessToken")).isZero();
    }

    @Test
    void aRefusedFetchFreesTheLeaseAndTheNextCallFetchesAgain() throws Exception {
        RedisTokenProvider a = provider(instanceA, TokenSource.CLASSIC);
        wechat.enqueue("getAccessToken", FakeResponse.errcode(-1, "system busy"));

        assertThatThrownBy(() -> get(a.token())).cause().isInstanceOf(ApiException.class);
        assertThat(redis.exists(prefix + "token-lease:{classic:" + wechat.appId() + "}")).isZero();

        assertThat(get(a.token()).value()).isNotBlank();
        assertThat(fetches("getAccessToken")).isEqualTo(2);
    }

    @Test
    void stableTokensAreSharedTheSameWay() throws Exception {
        RedisTokenProvider a = provider(instanceA, TokenSource.STABLE);
        RedisTokenProvider b = provider(instanceB, TokenSource.STABLE);

        assertThat(get(a.token()).value().equals(get(b.token()).value())).isTrue();
        assertThat(fetches("getStableAccessToken")).isEqualTo(1);
        assertThat(redis.exists(tokenKey("stable"))).isOne();
    }

    @Test
    void redisUnreachableFetchesLocallyWithOneWarningByDefault() throws Exception {
        try (RedisProcess gone = RedisProcess.start(); LogRecords logs = LogRecords.capture()) {
            gone.stop();
            RedisTokenProvider a = provider(RedisTokenProvider.builder(instanceA.client(), RedisURI.create(gone.uri()),
                    TokenSource.CLASSIC, settings()).commandTimeout(Duration.ofMillis(300)).localCacheTtl(Duration.ZERO));
            long started = System.nanoTime();

            AccessToken token = get(a.token());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            AccessToken again = get(a.token());
            AccessToken renewed = get(a.refresh(again));

            assertThat(again.value().equals(token.value())).as("the local provider's cache").isTrue();
            assertThat(renewed.value().equals(token.value())).isFalse();
            assertThat(fetches("getAccessToken")).isEqualTo(2);
            assertThat(millis).isLessThan(300 + 2_000);
            assertThat(logs.at(Level.WARNING)).singleElement().asString()
                    .contains("uses access tokens fetched by this instance alone").contains(wechat.appId())
                    .doesNotContain(token.value());
        }
    }

    @Test
    void redisUnreachableFailsTheCallWhenConfiguredTo() throws Exception {
        try (RedisProcess gone = RedisProcess.start()) {
            gone.stop();
            RedisTokenProvider a = provider(RedisTokenProvider.builder(instanceA.client(), RedisURI.create(gone.uri()),
                    TokenSource.CLASSIC, settings()).commandTimeout(Duration.ofMillis(300))
                    .onRedisFailure(RedisTokenProvider.OnRedisFailure.FAIL));
            long started = System.nanoTime();

            ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> get(a.token()));

            assertThat(failure.getCause()).isInstanceOf(TransportException.class)
                    .hasMessageContaining("configured to fail").matches(e -> ((TransportException) e).isNotSent());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(300 + 2_000));
            assertThat(fetches("getAccessToken")).isZero();
        }
    }

    @Test
    void redisKilledMidwayFallsBackWithinTheTimeoutAndSharesAgainOnceBack() throws Exception {
        try (RedisProcess own = RedisProcess.start(); LogRecords logs = LogRecords.capture()) {
            RedisTokenProvider a = provider(RedisTokenProvider.builder(instanceA.client(), RedisURI.create(own.uri()),
                    TokenSource.CLASSIC, settings()).commandTimeout(Duration.ofMillis(500)).localCacheTtl(Duration.ZERO));
            AccessToken shared = get(a.token());

            own.stop();
            long started = System.nanoTime();
            AccessToken during = get(a.token());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            assertThat(during.value().equals(shared.value())).as("still valid: the local cache serves it").isTrue();
            assertThat(millis).isLessThan(500 + 2_000);
            assertThat(fetches("getAccessToken")).isEqualTo(1);

            own.restart();   // empty
            AccessToken after = null;
            for (int i = 0; i < 50 && after == null; i++) {
                AccessToken token = get(a.token());
                if (logs.at(Level.INFO).stream().anyMatch(line -> line.contains("answers again"))) {
                    after = token;
                } else {
                    TimeUnit.MILLISECONDS.sleep(100);   // Lettuce reconnects; commands are rejected till then
                }
            }
            assertThat(after).as("Redis answered again within 50 calls, 100 ms apart").isNotNull();
            assertThat(fetches("getAccessToken")).as("the empty Redis made the fleet fetch once").isEqualTo(2);
            assertThat(logs.at(Level.WARNING)).hasSize(1);
        }
    }

    @Test
    void noTokenInToStringAndTheBuilderChecksItsArguments() throws Exception {
        RedisTokenProvider a = provider(instanceA, TokenSource.CLASSIC);
        AccessToken token = get(a.token());

        assertThat(a.toString()).doesNotContain(token.value()).contains(wechat.appId()).contains("CLASSIC");
        assertThatThrownBy(() -> a.refresh(null)).hasMessage("rejected");
        assertThatThrownBy(() -> RedisTokenProvider.builder(instanceA.client(), uri, null, settings()))
                .hasMessage("source");
        RedisTokenProvider.Builder builder = RedisTokenProvider.builder(instanceA.client(), uri, TokenSource.STABLE,
                settings());
        assertThatThrownBy(() -> builder.leaseTtl(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.localCacheTtl(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
