package io.github.wxlogistics.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.CancelWaybillEvent;
import io.github.wxlogistics.event.PathAction;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import io.github.wxlogistics.internal.push.PushSignature;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.AddOrderResponse;
import io.github.wxlogistics.model.CancelOrderRequest;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.PushEndpoint;
import io.github.wxlogistics.event.PushFormat;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Runs the examples docs/events.md quotes against the fake server's pushes. */
class PushExamplesTest {

    private static final String TOKEN = "ExamplePushToken";

    private static String newAesKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().withoutPadding().encodeToString(key);
    }

    /** Books every order under "SF" and WeChat's waybill ID, and cancels anything. */
    private static final class Books implements PushExamples.Bookings {
        final AtomicInteger booked = new AtomicInteger();
        final CompletableFuture<CancelWaybillEvent> cancelled = new CompletableFuture<>();

        @Override
        public String book(AddWaybillEvent push) {
            booked.incrementAndGet();
            return "SF" + push.waybillId();
        }

        @Override
        public boolean cancel(CancelWaybillEvent push) {
            cancelled.complete(push);
            return true;
        }
    }

    @Test
    void theCourierOnTheJdkServerBooksAndCancels() throws Exception {
        String aesKey = newAesKey();
        Books books = new Books();
        try (PushExamples.CourierEndpoint courier = PushExamples.courierOnJdk(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), TOKEN, aesKey, "wxcourier", books);
                FakeWeChatServer wechat = FakeWeChatServer.builder().demoData().courierPush("YUNDA",
                        PushEndpoint.builder(URI.create("http://127.0.0.1:" + courier.server().getAddress().getPort()
                                + "/wechat/push")).token(TOKEN).encodingAesKey(aesKey).appId("wxcourier").build())
                        .start();
                JdkHttpTransport transport = JdkHttpTransport.create();
                LogisticsClient client = ClientExamples.buildClient(wechat.baseUri(), wechat.appId(),
                        wechat.appSecret(), transport)) {

            AddOrderResponse added = ClientExamples.placeOrder(client, "events-1", "oBuyer");
            client.merchant().cancelOrder(CancelOrderRequest.builder().orderId("events-1").deliveryId("YUNDA")
                    .waybillId(added.waybillId()).build());

            assertThat(added.waybillId()).startsWith("SF");
            assertThat(added.waybillData()).extracting(d -> d.key()).containsExactly("SF_bagAddr", "SF_mark");
            assertThat(books.cancelled.get(5, TimeUnit.SECONDS).waybillId()).isEqualTo(added.waybillId());
        }
    }

    @Test
    void theMerchantOnVertxSavesEachPathVersion() throws Exception {
        String aesKey = newAesKey();
        CompletableFuture<List<PathAction>> saved = new CompletableFuture<>();
        Vertx vertx = Vertx.vertx();
        PushExamples.MerchantEndpoint merchant = PushExamples.merchantOnVertx(vertx, 0, "127.0.0.1", TOKEN, aesKey,
                "wxtest", (waybillId, version, actions) -> saved.complete(actions));
        try {
            int port = merchant.listening().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS)
                    .actualPort();
            try (FakeWeChatServer wechat = FakeWeChatServer.builder().demoData().merchantPush(PushEndpoint
                            .builder(URI.create("http://127.0.0.1:" + port + "/")).token(TOKEN).encodingAesKey(aesKey)
                            .format(PushFormat.JSON).build()).start();
                    JdkHttpTransport transport = JdkHttpTransport.create();
                    LogisticsClient client = ClientExamples.buildClient(wechat.baseUri(), wechat.appId(),
                            wechat.appSecret(), transport)) {

                client.courier().updatePath(UpdatePathRequest.builder().token("TOKEN").waybillId("12345678901234567890")
                        .actionTime(1_700_000_000L).actionType(ActionType.SIGNED).actionMsg("已签收").build());

                List<PathAction> actions = saved.get(10, TimeUnit.SECONDS);
                assertThat(actions).hasSize(4);
                assertThat(actions.get(3).actionType()).isEqualTo(ActionType.SIGNED);
            }
        } finally {
            merchant.receiver().close();
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theSharedPushUrlSendsCustomerServiceTextsToAnAgentAndPathsToTracking() throws Exception {
        String aesKey = newAesKey();
        List<String> entered = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<String> tracked = new CompletableFuture<>();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try (PushReceiver receiver = PushExamples.sharedPushUrl(TOKEN, aesKey, "wxtest",
                (waybillId, version, actions) -> tracked.complete(waybillId), entered::add, java.time.Clock.systemUTC())) {
            server.createContext("/wechat/push", io.github.wxlogistics.transport.jdk.JdkPushHandler.of(receiver));
            server.setExecutor(threads);
            server.start();
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/wechat/push");
            try (FakeWeChatServer wechat = FakeWeChatServer.builder().appId("wxtest").merchantPush(PushEndpoint
                    .builder(url).token(TOKEN).encodingAesKey(aesKey).format(PushFormat.JSON).build()).start()) {

                io.github.wxlogistics.testkit.RecordedPush text = wechat.pushMessage("merchant",
                        io.github.wxlogistics.event.PushFields.builder().add("FromUserName", "oUser")
                                .add("MsgType", "text").add("Content", "还没到").add("MsgId", "1").build());
                io.github.wxlogistics.testkit.RecordedPush session = wechat.pushMessage("merchant",
                        io.github.wxlogistics.event.PushFields.builder().add("FromUserName", "oUser")
                                .add("MsgType", "event").add("Event", "user_enter_tempsession").build());
                wechat.pushMessage("merchant", io.github.wxlogistics.event.PushFields.builder()
                        .add("FromUserName", "oWeChat").add("MsgType", "event").add("Event", "add_express_path")
                        .add("WayBillId", "SF9").add("Version", "1").build());

                assertThat(text.replyField("MsgType")).hasValue("transfer_customer_service");
                assertThat(text.replyField("ToUserName")).hasValue("oUser");
                assertThat(session.reply()).isEqualTo("success");
                assertThat(entered).containsExactly("oUser");
                assertThat(tracked.get(5, TimeUnit.SECONDS)).isEqualTo("SF9");
            }
        } finally {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    @Test
    void aReSentPushIsAnsweredFromTheDuplicateStore() throws Exception {
        Books books = new Books();
        try (PushReceiver receiver = PushExamples.withDuplicateStore(TOKEN, books)) {
            String ts = Long.toString(Instant.now().getEpochSecond());
            PushRequest push = PushRequest.of("POST", Map.of("signature", PushSignature.sign(TOKEN, ts, "9"),
                    "timestamp", ts, "nonce", "9"), ("<xml><ToUserName>gh_c</ToUserName><FromUserName>o</FromUserName>"
                    + "<CreateTime>" + ts + "</CreateTime><MsgType>event</MsgType><Event>add_waybill</Event>"
                    + "<OrderID>o-1</OrderID><BizID>b</BizID><WayBillID>77</WayBillID></xml>")
                    .getBytes(StandardCharsets.UTF_8));

            PushResponse first = receiver.handle(push).toCompletableFuture().get(5, TimeUnit.SECONDS);
            PushResponse again = receiver.handle(push).toCompletableFuture().get(5, TimeUnit.SECONDS);

            assertThat(books.booked).hasValue(1);
            assertThat(first.bodyText()).contains("<WayBillID><![CDATA[SF77]]></WayBillID>");
            assertThat(again.bodyText()).isEqualTo(first.bodyText());
        }
    }
}
