package io.github.wxlogistics.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.AddOrderResponse;
import io.github.wxlogistics.model.BindAccountRequest;
import io.github.wxlogistics.model.BindAction;
import io.github.wxlogistics.model.CancelOrderRequest;
import io.github.wxlogistics.model.GetContactRequest;
import io.github.wxlogistics.model.GetContactResponse;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetQuotaRequest;
import io.github.wxlogistics.model.PathItem;
import io.github.wxlogistics.model.WaybillData;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.PushEndpoint;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import io.github.wxlogistics.transport.jdk.JdkPushHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The courier's whole flow of docs/courier.md, against the fake server's pushes and calls. */
class CourierExamplesTest {

    private static final String PUSH_TOKEN = "CourierPushToken";
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String COURIER_APP = "wxcourier0000001";

    @Test
    void bindQuotaBookContactPathAndCancel() throws Exception {
        CourierExamples.CourierBook book = new CourierExamples.CourierBook();
        book.openAccount("shop-001", "pw-001", 100);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        server.createContext("/wechat/push", JdkPushHandler.of(CourierExamples.receiver(PUSH_TOKEN, AES_KEY,
                COURIER_APP, book)));
        server.start();
        URI pushUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/wechat/push");
        try (FakeWeChatServer wechat = FakeWeChatServer.builder().demoData().courierPush("YUNDA", PushEndpoint
                .builder(pushUrl).token(PUSH_TOKEN).encodingAesKey(AES_KEY).appId(COURIER_APP).mode(PushMode.SAFE)
                .build()).start();
                JdkHttpTransport transport = JdkHttpTransport.create();
                LogisticsClient client = ClientExamples.buildClient(wechat.baseUri(), wechat.appId(),
                        wechat.appSecret(), transport)) {
            // check_biz: the courier approves the right password and refuses a wrong one.
            client.merchant().bindAccount(BindAccountRequest.builder().type(BindAction.BIND).bizId("shop-001")
                    .deliveryId("YUNDA").password("pw-001").build());
            book.openAccount("shop-002", "pw-002", 5);
            assertThatThrownBy(() -> client.merchant().bindAccount(BindAccountRequest.builder().type(BindAction.BIND)
                    .bizId("shop-002").deliveryId("YUNDA").password("wrong").build()))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(9300531));
            // get_quota: the courier's count.
            assertThat(client.merchant().getQuota(GetQuotaRequest.builder().deliveryId("YUNDA").bizId("shop-001")
                    .build()).quotaNum()).isEqualByComparingTo("100");

            // Too early: before add_waybill is answered, WeChat knows no such waybill.
            assertThatThrownBy(() -> client.courier().getContact(GetContactRequest.builder().token("0".repeat(32))
                    .waybillId("YD880000000001").build()))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(40199));

            // add_waybill: the merchant gets our waybill ID and WaybillData.
            AddOrderResponse added = client.merchant().addOrder(order("courier-1"));
            assertThat(added.waybillId()).isEqualTo("YD880000000001");
            assertThat(added.waybillData()).contains(new WaybillData("YUNDA_sortCode", "010-A1"));
            assertThat(book.booking("courier-1").orElseThrow().token()).hasSize(32);

            // getContact with the order Token, then the path.
            Instant pickedUp = Instant.parse("2026-12-07T08:00:00Z");
            GetContactResponse contact = CourierExamples.pickUp(client, book, "courier-1", pickedUp);
            assertThat(contact.receiver().name()).isEqualTo("李四");
            assertThat(contact.sender().name()).isEqualTo("张三");

            // After the first path node WeChat refuses cancelOrder itself (9300506), without asking the courier.
            assertThatThrownBy(() -> client.merchant().cancelOrder(cancel("courier-1", added.waybillId())))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(9300506));

            CourierExamples.deliver(client, book.booking("courier-1").orElseThrow(), pickedUp.plusSeconds(600));
            assertThat(client.merchant().getPath(GetPathRequest.builder().orderId("courier-1").deliveryId("YUNDA")
                    .waybillId(added.waybillId()).build()).pathItemList()).extracting(PathItem::actionType)
                    .containsExactly(ActionType.PICKED_UP, ActionType.IN_TRANSIT, ActionType.OUT_FOR_DELIVERY,
                            ActionType.SIGNED);

            // cancel_waybill before the pickup: cancelled.
            AddOrderResponse second = client.merchant().addOrder(order("courier-2"));
            client.merchant().cancelOrder(cancel("courier-2", second.waybillId()));
            assertThat(book.booking("courier-2")).isEmpty();

            // Picked up but not yet on the path: the courier refuses, its code reaches the merchant.
            AddOrderResponse third = client.merchant().addOrder(order("courier-3"));
            CourierExamples.markPickedUp(book, "courier-3");
            assertThatThrownBy(() -> client.merchant().cancelOrder(cancel("courier-3", third.waybillId())))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.errcode()).isEqualTo(9300501);
                        assertThat(e.deliveryResultcode()).hasValue(30002);
                    });
        } finally {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    private static AddOrderRequest order(String orderId) {
        return TestOrders.yunda(orderId, "shop-001");
    }

    private static CancelOrderRequest cancel(String orderId, String waybillId) {
        return CancelOrderRequest.builder().orderId(orderId).openid("oBuyer").deliveryId("YUNDA").waybillId(waybillId)
                .build();
    }
}
