package io.github.wxlogistics.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.TokenSource;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.CancelWaybillEvent;
import io.github.wxlogistics.spi.DuplicateClaim;
import io.github.wxlogistics.internal.push.PushCrypto;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import io.github.wxlogistics.internal.push.PushSignature;
import io.github.wxlogistics.store.redis.RedisDuplicateStore;
import io.github.wxlogistics.store.redis.RedisTokenProvider;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.token.AppCredentials;
import io.github.wxlogistics.token.TokenSettings;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs the examples docs/fleet.md quotes against a real Redis and the fake WeChat server. */
@ExtendWith(TestRedis.Extension.class)
class FleetExamplesTest {

    private static final String PUSH_TOKEN = "FleetGuidePushToken";
    private static final String COURIER_APP_ID = "wxcourierguide";

    /** Counts bookings; the same order gets the same waybill. */
    private static final class Books implements PushExamples.Bookings {
        final AtomicInteger booked = new AtomicInteger();

        @Override
        public String book(AddWaybillEvent push) {
            booked.incrementAndGet();
            return "SF" + push.waybillId();
        }

        @Override
        public boolean cancel(CancelWaybillEvent push) {
            return true;
        }
    }

    @Test
    void twoCourierInstancesBookAPushDeliveredToBothOnce(TestRedis redis) throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String aesKey = Base64.getEncoder().withoutPadding().encodeToString(key);
        Books books = new Books();
        RedisClient clientA = RedisClient.create();
        RedisClient clientB = RedisClient.create();
        try (FleetExamples.CourierInstance a = FleetExamples.courier(clientA, redis.uri(), PUSH_TOKEN, aesKey,
                COURIER_APP_ID, books);
                FleetExamples.CourierInstance b = FleetExamples.courier(clientB, redis.uri(), PUSH_TOKEN, aesKey,
                        COURIER_APP_ID, books)) {
            PushCrypto crypto = PushCrypto.create(aesKey, COURIER_APP_ID);
            PushRequest push = safeModePush(crypto, "guide-order-" + System.nanoTime());

            CompletableFuture<PushResponse> onA = a.receiver().handle(push).toCompletableFuture();
            CompletableFuture<PushResponse> onB = b.receiver().handle(push).toCompletableFuture();
            String replyA = crypto.decrypt(encrypt(onA.get(10, TimeUnit.SECONDS)));
            String replyB = crypto.decrypt(encrypt(onB.get(10, TimeUnit.SECONDS)));

            assertThat(books.booked).hasValue(1);
            assertThat(replyA).isEqualTo(replyB).contains("<WayBillID><![CDATA[SF77]]></WayBillID>");
        } finally {
            clientA.shutdown();
            clientB.shutdown();
        }
    }

    @Test
    void twoMerchantInstancesShareOneClassicToken(TestRedis redis) {
        RedisClient clientA = RedisClient.create();
        RedisClient clientB = RedisClient.create();
        try (FakeWeChatServer wechat = FakeWeChatServer.builder().demoData().start();
                JdkHttpTransport transport = JdkHttpTransport.create();
                FleetExamples.MerchantInstance a = FleetExamples.classicMerchant(clientA, redis.uri(), wechat.baseUri(),
                        wechat.appId(), wechat.appSecret(), transport);
                FleetExamples.MerchantInstance b = FleetExamples.classicMerchant(clientB, redis.uri(), wechat.baseUri(),
                        wechat.appId(), wechat.appSecret(), transport)) {
            // A Redis shared between test runs may hold a token of another fake server: start clean.
            redisCommands(clientA, redis).del("shop-a:token:{classic:" + wechat.appId() + "}");

            a.client().merchant().getAllAccount();
            b.client().merchant().getAllAccount();

            assertThat(wechat.requests()).filteredOn(r -> r.operation().equals(java.util.Optional.of("getAccessToken"))).hasSize(1);
        } finally {
            clientA.shutdown();
            clientB.shutdown();
        }
    }

    @Test
    void aStoreOnEachTopologyClaimsWithTheRecommendedLettuceSettings(TestRedis redis) throws Exception {
        String sentinel = required("WX_TEST_REDIS_SENTINEL_URI");
        List<RedisURI> seeds = Arrays.stream(required("WX_TEST_REDIS_CLUSTER_URIS").split(",")).map(RedisURI::create)
                .toList();
        try (FleetExamples.LettuceClients clients = FleetExamples.lettuceClients(seeds)) {
            List<RedisDuplicateStore> stores = FleetExamples.storeOnEachTopology(clients, redis.uri(),
                    RedisURI.create(sentinel));
            try {
                String key = "guide-topologies:" + System.nanoTime();
                for (RedisDuplicateStore store : stores) {
                    DuplicateClaim claim = store.claim(key).toCompletableFuture().get(20, TimeUnit.SECONDS);
                    assertThat(claim).as(store.toString()).isInstanceOf(DuplicateClaim.Owner.class);
                    store.complete(key, (DuplicateClaim.Owner) claim, "<xml/>".getBytes(StandardCharsets.UTF_8))
                            .toCompletableFuture().get(20, TimeUnit.SECONDS);
                    assertThat(store.keptReplies()).as("stored, and acknowledged by a replica where asked").isZero();
                }
            } finally {
                stores.forEach(RedisDuplicateStore::close);
            }
        }
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new AssertionError(name + " is not set: start the test servers with `.ci/redis-servers start"
                    + " /tmp/wx-redis && source /tmp/wx-redis/env` (.ci/run does it)");
        }
        return value.trim();
    }

    @Test
    void theStrictProviderFailsWhileRedisIsDown() throws Exception {
        RedisClient client = RedisClient.create();
        try (JdkHttpTransport transport = JdkHttpTransport.create();
                RedisTokenProvider tokens = FleetExamples.strictTokens(client, TestRedis.unreachable(),
                        TokenSettings.of(AppCredentials.of("wxguide", "guide-app-secret"), transport))) {
            ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> tokens.token().get(10, TimeUnit.SECONDS));

            assertThat(failure.getCause()).isInstanceOf(TransportException.class);
            assertThat(((TransportException) failure.getCause()).isNotSent()).isTrue();
            assertThat(tokens.toString()).contains(TokenSource.CLASSIC.name());
        } finally {
            client.shutdown();
        }
    }

    private static io.lettuce.core.api.sync.RedisCommands<String, String> redisCommands(RedisClient client,
            TestRedis redis) {
        return client.connect(redis.uri()).sync();
    }

    private static PushRequest safeModePush(PushCrypto crypto, String orderId) {
        String ts = Long.toString(Instant.now().getEpochSecond());
        String nonce = "8086";
        String encrypt = crypto.encrypt("<xml><ToUserName>gh_courier</ToUserName><FromUserName>oWeChat</FromUserName>"
                + "<CreateTime>" + ts + "</CreateTime><MsgType>event</MsgType><Event>add_waybill</Event>"
                + "<Token>guide-order-token</Token><OrderID>" + orderId + "</OrderID><BizID>biz</BizID>"
                + "<WayBillID>77</WayBillID></xml>");
        return PushRequest.of("POST", Map.of("signature", PushSignature.sign(PUSH_TOKEN, ts, nonce), "timestamp", ts,
                "nonce", nonce, "encrypt_type", "aes", "msg_signature",
                PushSignature.signMessage(PUSH_TOKEN, ts, nonce, encrypt)),
                ("<xml><ToUserName>gh_courier</ToUserName><Encrypt>" + encrypt + "</Encrypt></xml>")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String encrypt(PushResponse response) {
        assertThat(response.status()).isEqualTo(200);
        Matcher m = Pattern.compile("<Encrypt>(?:<!\\[CDATA\\[)?([^<\\]]+)").matcher(response.bodyText());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
