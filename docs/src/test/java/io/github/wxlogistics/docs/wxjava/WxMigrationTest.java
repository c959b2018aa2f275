package io.github.wxlogistics.docs.wxjava;

import static org.assertj.core.api.Assertions.assertThat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import cn.binarywang.wx.miniapp.bean.WxMaMessage;
import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import cn.binarywang.wx.miniapp.message.WxMaMessageRouter;
import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.docs.TestOrders;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.MutableClock;
import io.github.wxlogistics.testkit.PushEndpoint;
import io.github.wxlogistics.testkit.RecordedPush;
import io.github.wxlogistics.testkit.RecordedRequest;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A real WxJava integration ({@link TrackingBefore}, weixin-java-miniapp from Maven Central) and its
 * port ({@link TrackingAfter}) side by side against one fake WeChat server: the same answers, one
 * token owner through {@link WxJavaTokenProvider}, and the duplicate key WxJava's router uses
 * (CreateTime, FromUser, Event) dropping one of two path updates sent in the same second.
 */
class WxMigrationTest {

    private static final String PUSH_TOKEN = "MigrationPushToken";

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private static WxMaService wxJava(FakeWeChatServer wechat) {
        WxMaDefaultConfigImpl config = new WxMaDefaultConfigImpl();
        config.setAppid(wechat.appId());
        config.setSecret(wechat.appSecret());
        config.setApiHostUrl(wechat.baseUri().toString());
        WxMaService wx = new WxMaServiceImpl();
        wx.setWxMaConfig(config);
        return wx;
    }

    @Test
    void theIntegrationAndItsPortReadTheSamePathWithOneTokenOwner() throws Exception {
        try (FakeWeChatServer wechat = FakeWeChatServer.builder().demoData().start();
                JdkHttpTransport transport = JdkHttpTransport.create()) {
            WxMaService wx = wxJava(wechat);
            TrackingBefore before = new TrackingBefore(wx);
            LogisticsClient client = TrackingAfter.client(wx, threads, wechat.baseUri(), transport);
            try (client) {
                TrackingAfter after = new TrackingAfter(client);

                List<String> old = before.path("01234567890123456789", "OPENID", "SF", "123456789");
                List<String> ported = after.path("01234567890123456789", "OPENID", "SF", "123456789");

                assertThat(old).isNotEmpty().isEqualTo(ported);
                assertThat(wechat.requests()).extracting(r -> r.operation().orElse(""))
                        .as("one token fetch, by WxJava; the port used WxJava's token")
                        .containsExactly("getAccessToken", "getPath", "getPath");

                // WeChat revokes the token (another holder forced a refresh): one new fetch, through WxJava.
                wechat.revokeAllTokens();
                assertThat(after.path("01234567890123456789", "OPENID", "SF", "123456789")).isEqualTo(ported);
                assertThat(before.path("01234567890123456789", "OPENID", "SF", "123456789")).isEqualTo(old);
                assertThat(wechat.requests()).extracting(r -> r.operation().orElse(""))
                        .filteredOn(op -> op.equals("getAccessToken") || op.equals("getStableAccessToken"))
                        .containsExactly("getAccessToken", "getAccessToken");
            }
        }
    }

    @Test
    void wxJavasRouterDropsOneOfTwoPathUpdatesInTheSameSecondThePortGetsBoth() throws Exception {
        MutableClock clock = MutableClock.startingNow();   // never advanced: both pushes carry one CreateTime
        LinkedBlockingQueue<String> wxJavaSaw = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<String> portSaw = new LinkedBlockingQueue<>();
        try (FakeWeChatServer wechat = FakeWeChatServer.builder().clock(clock).demoData().start();
                JdkHttpTransport transport = JdkHttpTransport.create();
                PushReceiver receiver = TrackingAfter.receiver(PUSH_TOKEN, portSaw::add);
                LogisticsClient client = LogisticsClient.builder().credentials(wechat.appId(), wechat.appSecret())
                        .baseUri(wechat.baseUri()).transport(transport).build()) {
            WxMaMessageRouter router = TrackingBefore.router(wxJava(wechat), wxJavaSaw::add);
            HttpServer pushUrl = bothReceivers(router, receiver);
            try {
                wechat.merchantPush(PushEndpoint.builder(URI.create("http://127.0.0.1:"
                        + pushUrl.getAddress().getPort() + "/push")).token(PUSH_TOKEN).mode(PushMode.PLAINTEXT).build());
                // One buyer, two parcels, both picked up in the same second.
                String first = client.merchant().addOrder(order("two-1")).waybillId();
                String second = client.merchant().addOrder(order("two-2")).waybillId();
                for (String waybill : List.of(first, second)) {
                    client.courier().updatePath(UpdatePathRequest.builder()
                            .token(wechat.courierToken(waybill).orElseThrow()).waybillId(waybill)
                            .actionTime(clock.instant().getEpochSecond()).actionType(ActionType.PICKED_UP)
                            .actionMsg("已揽件").build());
                }
                for (int i = 0; i < 2; i++) {
                    RecordedPush push = wechat.takePush(Duration.ofSeconds(10)).orElseThrow();
                    assertThat(push).as("push %d", i + 1).isNotNull();
                    assertThat(push.status()).isEqualTo(200);
                }

                assertThat(List.copyOf(portSaw)).containsExactlyInAnyOrder(first, second);
                assertThat(List.copyOf(wxJavaSaw)).as("WxJava's router: the second push looked like a re-send")
                        .hasSize(1).isSubsetOf(first, second);
            } finally {
                pushUrl.stop(0);
            }
        }
    }

    /** One push URL feeding both: WxJava's router (plaintext XML) and the port's receiver, which answers. */
    private HttpServer bothReceivers(WxMaMessageRouter router, PushReceiver receiver) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/push", exchange -> {
            try {
                byte[] body = exchange.getRequestBody().readAllBytes();
                router.route(WxMaMessage.fromXml(new String(body, StandardCharsets.UTF_8)));
                PushResponse answer = receiver.handle(PushRequest.fromRawQuery(exchange.getRequestMethod(),
                        exchange.getRequestURI().getRawQuery(), body)).toCompletableFuture().get(5, TimeUnit.SECONDS);
                exchange.getResponseHeaders().set("Content-Type", answer.contentType());
                exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
                exchange.getResponseBody().write(answer.body());
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return server;
    }

    private static AddOrderRequest order(String orderId) {
        return TestOrders.yunda(orderId, "123456789");
    }
}
