package io.github.wxlogistics.store.redis;

import io.github.wxlogistics.event.AddWaybillEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.TokenSource;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.internal.push.PushCrypto;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.AddOrderResponse;
import io.github.wxlogistics.model.Cargo;
import io.github.wxlogistics.model.CargoDetail;
import io.github.wxlogistics.model.GetAllAccountResponse;
import io.github.wxlogistics.model.Insured;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.ServiceType;
import io.github.wxlogistics.model.Shop;
import io.github.wxlogistics.model.WaybillData;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.MutableClock;
import io.github.wxlogistics.testkit.PushEndpoint;
import io.github.wxlogistics.testkit.RecordedPush;
import io.github.wxlogistics.token.AppCredentials;
import io.github.wxlogistics.token.TokenSettings;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import io.github.wxlogistics.transport.jdk.JdkPushHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two instances of a courier's push receiver (each its own Lettuce client, store, receiver and
 * JDK HttpServer on its own port) behind a load balancer that delivers every push to both at once,
 * sharing one Redis; and two instances of a merchant's client sharing a classic token through it.
 * Each runs on the three topologies (standalone, Sentinel, Cluster; {@link Topology}) with the
 * Lettuce settings docs/fleet.md recommends. Prints and asserts the figures: handler runs across
 * the fleet, replies, token fetches.
 */
@ExtendWith(SharedRedis.Extension.class)
class FleetTest {

    private static final String PUSH_TOKEN = "FleetPushToken";
    private static final String COURIER_APP_ID = "wxcourierfleet";

    /** One instance of the courier's service: its own Redis client, store, receiver and HTTP server. */
    private static final class CourierInstance implements AutoCloseable {
        final String name;
        final TestClient redis;
        final RedisDuplicateStore store;
        final PushReceiver receiver;
        final HttpServer server;
        final ExecutorService threads = Executors.newFixedThreadPool(8);
        final AtomicInteger runs = new AtomicInteger();

        CourierInstance(String name, Topology.Target target, String prefix, PushMode mode, String aesKey,
                CountDownLatch reSent) throws IOException {
            this.name = name;
            this.redis = target.newClient();   // its Lettuce event loop is up before the figures count
            this.store = target.store(redis).keyPrefix(prefix).build();
            PushReceiver.Builder builder = PushReceiver.builder().token(PUSH_TOKEN).mode(mode).duplicateStore(store)
                    .on(AddWaybillEvent.class, push -> {
                        runs.incrementAndGet();
                        try {
                            // Still running when WeChat's re-send arrives (on either instance).
                            reSent.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return AddWaybillReply.success("YD" + push.waybillId(),
                                List.of(new WaybillData("YD_mark", "A-" + name)));
                    });
            if (mode != PushMode.PLAINTEXT) {
                builder.encodingAesKey(aesKey).appId(COURIER_APP_ID);
            }
            this.receiver = builder.build();
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(threads);
            server.createContext("/push", JdkPushHandler.of(receiver));
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/push");
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
            receiver.close();
            store.close();
            redis.close();
        }
    }

    /** What one instance answered to one delivery. */
    private record Delivery(int attempt, String instance, int status, byte[] body) {
    }

    /**
     * The load balancer in front of the instances: delivers every push to both at once (as a
     * network that duplicates it would), and answers WeChat with instance A's reply, B's on the
     * next attempt, 503 on the second attempt (as a balancer losing an answer would).
     */
    private static final class DuplicatingBalancer implements AutoCloseable {
        final HttpServer server;
        final ExecutorService threads = Executors.newCachedThreadPool();
        final HttpClient http = HttpClient.newBuilder().executor(threads).build();
        final List<Delivery> deliveries = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger attempts = new AtomicInteger();
        final CountDownLatch reSent = new CountDownLatch(1);
        /** Three attempts, each delivered to both instances. */
        final CountDownLatch allDelivered = new CountDownLatch(6);
        List<CourierInstance> instances = List.of();

        DuplicatingBalancer() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(threads);
            server.createContext("/push", this::forward);
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/push");
        }

        private void forward(HttpExchange exchange) throws IOException {
            try (exchange) {
                int attempt = attempts.incrementAndGet();
                if (attempt == 2) {
                    reSent.countDown();
                }
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                String query = exchange.getRequestURI().getRawQuery();
                List<CompletableFuture<HttpResponse<byte[]>>> sent = new ArrayList<>();
                for (CourierInstance instance : instances) {
                    sent.add(http.sendAsync(HttpRequest.newBuilder(URI.create(instance.url() + "?" + query))
                            .timeout(Duration.ofSeconds(15))
                            .header("Content-Type", exchange.getRequestHeaders().getFirst("Content-Type"))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                            HttpResponse.BodyHandlers.ofByteArray()));
                }
                List<HttpResponse<byte[]>> answers = new ArrayList<>();
                for (int i = 0; i < sent.size(); i++) {
                    HttpResponse<byte[]> answer = sent.get(i).get(20, TimeUnit.SECONDS);
                    answers.add(answer);
                    deliveries.add(new Delivery(attempt, instances.get(i).name, answer.statusCode(), answer.body()));
                    allDelivered.countDown();
                }
                if (attempt == 2) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                HttpResponse<byte[]> chosen = answers.get((attempt - 1) % answers.size());
                exchange.getResponseHeaders().set("Content-Type",
                        chosen.headers().firstValue("Content-Type").orElse("text/plain"));
                exchange.sendResponseHeaders(chosen.statusCode(), chosen.body().length == 0 ? -1 : chosen.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(chosen.body());
                }
            } catch (IOException e) {
                // The fake gave up on this attempt (its push timeout passed): nobody to answer.
            } catch (Exception e) {
                throw new IOException(e);
            }
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    static Stream<Arguments> topologiesAndModes() {
        return Stream.of(Topology.values()).flatMap(t -> Stream.of(Arguments.of(t, PushMode.PLAINTEXT),
                Arguments.of(t, PushMode.SAFE)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("topologiesAndModes")
    void anAddWaybillDeliveredToBothInstancesAndReSentRunsTheHandlerOnceAndEveryDeliveryGetsTheFirstReply(
            Topology topology, PushMode mode, SharedRedis redis) throws Exception {
        Topology.Target target = topology.target(redis);
        String prefix = "fleet:" + UUID.randomUUID() + ":";
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String aesKey = Base64.getEncoder().withoutPadding().encodeToString(key);
        try (DuplicatingBalancer balancer = new DuplicatingBalancer();
                CourierInstance a = new CourierInstance("A", target, prefix, mode, aesKey, balancer.reSent);
                CourierInstance b = new CourierInstance("B", target, prefix, mode, aesKey, balancer.reSent)) {
            balancer.instances = List.of(a, b);
            PushEndpoint.Builder endpoint = PushEndpoint.builder(balancer.url()).token(PUSH_TOKEN).mode(mode);
            if (mode != PushMode.PLAINTEXT) {
                endpoint.encodingAesKey(aesKey).appId(COURIER_APP_ID);
            }
            try (FakeWeChatServer wechat = FakeWeChatServer.builder().demoData().courierPush("YUNDA", endpoint.build())
                    .pushTimeout(Duration.ofSeconds(1)).start();
                    JdkHttpTransport transport = JdkHttpTransport.create();
                    LogisticsClient merchant = LogisticsClient.builder().credentials(wechat.appId(), wechat.appSecret())
                            .transport(transport).baseUri(wechat.baseUri()).build()) {

                AddOrderResponse waybill = merchant.merchant().addOrder(order("fleet-order-1"));

                List<RecordedPush> attempts = wechat.pushes();
                assertThat(attempts).extracting(RecordedPush::outcome).containsExactly(RecordedPush.Outcome.TIMED_OUT,
                        RecordedPush.Outcome.REFUSED, RecordedPush.Outcome.ANSWERED);
                String pushedWaybill = attempts.get(0).fields().get("WayBillID");
                assertThat(waybill.waybillId()).isEqualTo("YD" + pushedWaybill);

                // The first attempt's forwarding may still be collecting an instance's answer after the
                // fake gave up on it and the call ended: wait (bounded) for all six deliveries.
                assertThat(balancer.allDelivered.await(10, TimeUnit.SECONDS)).as("six deliveries").isTrue();
                List<Delivery> deliveries = List.copyOf(balancer.deliveries);
                assertThat(deliveries).hasSize(6).allSatisfy(d -> assertThat(d.status()).isEqualTo(200));
                List<String> replies = new ArrayList<>();
                for (Delivery d : deliveries) {
                    replies.add(mode == PushMode.PLAINTEXT ? new String(d.body(), StandardCharsets.UTF_8)
                            : PushCrypto.create(aesKey, COURIER_APP_ID).decrypt(encryptField(d.body())));
                }
                if (mode == PushMode.PLAINTEXT) {
                    assertThat(deliveries).extracting(Delivery::body)
                            .allSatisfy(body -> assertThat(body).isEqualTo(deliveries.get(0).body()));
                }
                assertThat(replies).as("every delivery got the first reply").containsOnly(replies.get(0));
                assertThat(replies.get(0)).isEqualTo(attempts.get(2).reply());
                int runs = a.runs.get() + b.runs.get();
                assertThat(runs).as("handler runs across the fleet").isEqualTo(1);
                System.out.printf("fleet pushes (%s, %s): WeChat attempts=%d (%s), deliveries=%d over 2 instances, handler"
                        + " runs=%d (A=%d, B=%d), distinct %s replies=%d, waybill=%s%n", topology, mode, attempts.size(),
                        attempts.stream().map(p -> p.outcome().name()).toList(), deliveries.size(), runs, a.runs.get(),
                        b.runs.get(), mode == PushMode.PLAINTEXT ? "byte" : "decrypted",
                        replies.stream().distinct().count(), waybill.waybillId());
            }
        }
    }

    private static String encryptField(byte[] body) {
        Matcher m = Pattern.compile("<Encrypt>(?:<!\\[CDATA\\[)?([^<\\]]+)(?:]]>)?</Encrypt>")
                .matcher(new String(body, StandardCharsets.UTF_8));
        assertThat(m.find()).as("a safe-mode reply carries Encrypt").isTrue();
        return m.group(1);
    }

    private static AddOrderRequest order(String orderId) {
        Person sender = Person.builder().name("张三").mobile("13800000000")
                .province("广东省").city("广州市").area("海珠区").address("新港中路 397 号").build();
        Person receiver = Person.builder().name("李四").mobile("13900000000")
                .province("北京市").city("北京市").area("朝阳区").address("建国路 88 号").build();
        return AddOrderRequest.builder().orderId(orderId).openid("oBuyer").deliveryId("YUNDA").bizId("123456789")
                .sender(sender).receiver(receiver)
                .cargo(Cargo.builder().weight(new BigDecimal("1.2")).spaceX(new BigDecimal("20"))
                        .spaceY(new BigDecimal("15")).spaceZ(new BigDecimal("10"))
                        .detailList(List.of(CargoDetail.of("茶叶", 2))).build())
                .shop(Shop.builder().imgUrl("https://shop.example/tea.png").goodsName("西湖龙井").goodsCount(2).build())
                .insured(Insured.none()).service(new ServiceType(0, "标准快件")).build();
    }

    /** One instance of the merchant's service: its own Redis client, transport, token provider and client. */
    private static final class MerchantInstance implements AutoCloseable {
        final TestClient redis;
        final JdkHttpTransport transport = JdkHttpTransport.create();
        final RedisTokenProvider tokens;
        final LogisticsClient client;

        MerchantInstance(Topology.Target target, String prefix, FakeWeChatServer wechat, MutableClock clock) {
            redis = target.newClient();   // its Lettuce event loop is up before the figures count
            TokenSettings settings = TokenSettings.of(AppCredentials.of(wechat.appId(), wechat.appSecret()), transport)
                    .withBaseUri(wechat.baseUri()).withClock(clock);
            tokens = target.tokens(redis, TokenSource.CLASSIC, settings).keyPrefix(prefix).build();
            client = LogisticsClient.builder().tokenProvider(tokens).transport(transport).baseUri(wechat.baseUri()).build();
        }

        @Override
        public void close() {
            client.close();
            tokens.close();
            transport.close();
            redis.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Topology.class)
    void twoHundredCallersOnTwoInstancesMeetingAnExpiredClassicTokenCauseOneFetch(Topology topology, SharedRedis redis)
            throws Exception {
        Topology.Target target = topology.target(redis);
        String prefix = "fleet:" + UUID.randomUUID() + ":";
        MutableClock clock = MutableClock.startingNow();
        try (FakeWeChatServer wechat = FakeWeChatServer.builder().clock(clock).start();
                MerchantInstance a = new MerchantInstance(target, prefix, wechat, clock);
                MerchantInstance b = new MerchantInstance(target, prefix, wechat, clock)) {
            a.client.merchant().getAllAccount();
            b.client.merchant().getAllAccount();
            long warm = tokenFetches(wechat);
            assertThat(warm).as("one fetch serves both instances").isEqualTo(1);

            clock.advance(Duration.ofHours(3));   // past the token's expiry, for the instances and for WeChat
            long expiredByClock = burst(a, b, wechat) - warm;

            wechat.expireAllTokens();             // WeChat answers 42001: every caller refreshes
            long beforeRejection = tokenFetches(wechat);
            long rejected = burst(a, b, wechat) - beforeRejection;

            System.out.printf("fleet tokens (classic, %s): 200 callers over 2 instances; token expired by time:"
                    + " %d /cgi-bin/token fetch(es); token rejected with 42001: %d fetch(es); %d fetches in all%n",
                    topology == Topology.STANDALONE ? redis.origin() : topology, expiredByClock, rejected, tokenFetches(wechat));
            assertThat(expiredByClock).isEqualTo(1);
            assertThat(rejected).isEqualTo(1);
        }
    }

    /** 200 calls in flight at once, half on each instance; all must succeed. Returns the token fetches so far. */
    private static long burst(MerchantInstance a, MerchantInstance b, FakeWeChatServer wechat) throws Exception {
        List<CompletableFuture<GetAllAccountResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            calls.add((i % 2 == 0 ? a : b).client.async().merchant().getAllAccount());
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        return tokenFetches(wechat);
    }

    private static long tokenFetches(FakeWeChatServer wechat) {
        return wechat.requests().stream().filter(r -> r.operation().equals(java.util.Optional.of("getAccessToken"))).count();
    }
}
