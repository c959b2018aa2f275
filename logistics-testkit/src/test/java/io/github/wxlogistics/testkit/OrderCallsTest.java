package io.github.wxlogistics.testkit;

import static io.github.wxlogistics.testkit.WeChatCalls.B;
import static io.github.wxlogistics.testkit.WeChatCalls.errcode;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderCallsTest {

    static final String SENDER = "{\"name\":\"张三\",\"mobile\":\"18666666666\",\"province\":\"广东省\","
            + "\"city\":\"广州市\",\"area\":\"海珠区\",\"address\":\"XX路1号\"}";
    static final String RECEIVER = "{\"name\":\"李四\",\"tel\":\"020-88888888\",\"province\":\"北京市\","
            + "\"city\":\"北京市\",\"area\":\"朝阳区\",\"address\":\"XX路2号\"}";
    static final String CARGO = "{\"count\":1,\"weight\":1.2,\"space_x\":10,\"space_y\":10,\"space_z\":10,"
            + "\"detail_list\":[{\"name\":\"书\",\"count\":1}]}";
    static final String SHOP = "{\"img_url\":\"https://example.com/a.png\",\"goods_name\":\"书\",\"goods_count\":1}";

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-01T02:00:00Z"));
    private final FakeWeChatServer server = FakeWeChatServer.builder().clock(clock).demoData()
            .seed(FakeData.fromJson("{\"accounts\":["
                    + "{\"biz_id\":\"ZTO_OK\",\"delivery_id\":\"ZTO\",\"quota_num\":1},"
                    + "{\"biz_id\":\"ZTO_BADPWD\",\"delivery_id\":\"ZTO\",\"quota_num\":5,\"password_wrong\":true}]}"))
            .start();
    private final WeChatCalls calls = new WeChatCalls(server);

    @AfterEach
    void close() {
        server.close();
    }

    static String order(String orderId, String deliveryId, String bizId, int serviceType) {
        return order(orderId, deliveryId, bizId, serviceType, SENDER, RECEIVER, CARGO, SHOP);
    }

    static String order(String orderId, String deliveryId, String bizId, int serviceType, String sender,
            String receiver, String cargo, String shop) {
        return "{\"add_source\":0,\"order_id\":\"" + orderId + "\",\"openid\":\"oUSER\",\"delivery_id\":\""
                + deliveryId + "\",\"biz_id\":\"" + bizId + "\",\"sender\":" + sender + ",\"receiver\":" + receiver
                + ",\"cargo\":" + cargo + ",\"shop\":" + shop + ",\"insured\":{\"use_insured\":0,\"insured_value\":0},"
                + "\"service\":{\"service_type\":" + serviceType + ",\"service_name\":\"x\"}}";
    }

    private JsonObject add(String body) {
        return calls.post(B + "order/add", body);
    }

    private JsonObject getOrder(String orderId, String deliveryId, String waybillId) {
        return calls.post(B + "order/get", "{\"order_id\":\"" + orderId + "\",\"delivery_id\":\"" + deliveryId
                + "\",\"waybill_id\":\"" + waybillId + "\"}");
    }

    @Test
    void addOrderCreatesAWaybillThatGetOrderReturns() {
        JsonObject added = add(order("o-1", "SF", "SF_CASH", 0));

        assertThat(errcode(added)).isZero();
        assertThat(added.getString("order_id")).isEqualTo("o-1");
        String waybill = added.getString("waybill_id");
        assertThat(added.getJsonArray("waybill_data").getJsonObject(0).getString("key")).isEqualTo("SF_bagAddr");
        assertThat(added.getJsonArray("waybill_data").getJsonObject(0).getString("value")).isEqualTo("北京市");
        JsonObject got = getOrder("o-1", "SF", waybill);
        assertThat(got.getString("waybill_id")).isEqualTo(waybill);
        assertThat(got.getInt("order_status")).isZero();
        assertThat(new String(java.util.Base64.getDecoder().decode(got.getString("print_html")),
                java.nio.charset.StandardCharsets.UTF_8)).contains(waybill);
        assertThat(server.courierToken(waybill)).contains("TOKEN_" + waybill);
    }

    @Test
    void theSameOrderIdYieldsTheSameWaybill() {
        String first = add(order("o-2", "SF", "SF_CASH", 0)).getString("waybill_id");
        JsonObject again = add(order("o-2", "SF", "SF_CASH", 0));
        JsonObject otherCourier = add(order("o-2", "ZTO", "ZTO_OK", 0));

        assertThat(again.getString("waybill_id")).isEqualTo(first);
        assertThat(errcode(otherCourier)).isEqualTo(930561);
    }

    @Test
    void addOrderChecksItsRequestLikeWeChat() {
        assertThat(errcode(add("{\"order_id\":\"x\"}"))).isEqualTo(47001);
        assertThat(errcode(add("not json"))).isEqualTo(47001);
        assertThat(errcode(add(order("o", "SF", "SF_CASH", 0).replace("\"openid\":\"oUSER\",", ""))))
                .isEqualTo(47001);
        assertThat(errcode(add(order("o", "SF", "SF_CASH", 0).replace("\"add_source\":0", "\"add_source\":1"))))
                .isEqualTo(930561);
        assertThat(errcode(add(order("o", "SF", "SF_CASH", 0).replace("\"add_source\":0", "\"add_source\":2"))))
                .isEqualTo(9300536);
        assertThat(errcode(add(order("x".repeat(513), "SF", "SF_CASH", 0)))).isEqualTo(9300526);
        JsonObject tooLong = add(order("o", "SF", "SF_CASH", 0, SENDER.replace("张三", "张".repeat(22)), RECEIVER,
                CARGO, SHOP));
        assertThat(errcode(tooLong)).isEqualTo(9300526);
        assertThat(tooLong.getString("errmsg")).contains("sender.name");
        assertThat(errcode(add(order("o", "SF", "SF_CASH", 0, SENDER, RECEIVER, CARGO, "{\"goods_name\":\"书\"}"))))
                .isEqualTo(9300535);
        assertThat(errcode(add(order("o", "NOPE", "x", 0)))).isEqualTo(9300503);
        assertThat(errcode(add(order("o", "SF", "SF_CASH", 7)))).isEqualTo(9300510);
        assertThat(errcode(add(order("o", "ZTO", "ZTO_UNBOUND", 0)))).isEqualTo(9300525);
    }

    @Test
    void addOrderAcceptsAnAppOrderWithWxAppid() {
        String body = order("o-app", "SF", "SF_CASH", 0).replace("\"add_source\":0", "\"add_source\":2")
                .replace("\"openid\":\"oUSER\",", "\"wx_appid\":\"wxapp123\",");

        assertThat(errcode(add(body))).isZero();
    }

    @Test
    void courierSideFailuresCarryTheDeliveryResult() {
        JsonObject wrongPassword = add(order("o", "ZTO", "ZTO_BADPWD", 0));
        assertThat(wrongPassword.getInt("errcode")).isEqualTo(9300501);
        assertThat(wrongPassword.getInt("delivery_resultcode")).isEqualTo(10002);
        assertThat(wrongPassword.getString("delivery_resultmsg")).isEqualTo("客户密码不正确");

        String noPhone = SENDER.replace("\"mobile\":\"18666666666\",", "");
        assertThat(add(order("o", "SF", "SF_CASH", 0, noPhone, RECEIVER, CARGO, SHOP)).getInt("delivery_resultcode"))
                .isEqualTo(20002);
        String noName = RECEIVER.replace("\"name\":\"李四\",", "");
        assertThat(add(order("o", "SF", "SF_CASH", 0, SENDER, noName, CARGO, SHOP)).getInt("delivery_resultcode"))
                .isEqualTo(20004);
        JsonObject noGoods = add(order("o", "SF", "SF_CASH", 0, SENDER, RECEIVER, "{\"count\":1}", SHOP));
        assertThat(noGoods.getInt("delivery_resultcode")).isEqualTo(-1);
        assertThat(noGoods.getString("delivery_resultmsg")).isEqualTo("cargo.detailList is empty");
    }

    @Test
    void aMeteredAccountSpendsItsQuota() {
        assertThat(errcode(add(order("o-q1", "ZTO", "ZTO_OK", 0)))).isZero();
        JsonObject quota = calls.post(B + "quota/get", "{\"delivery_id\":\"ZTO\",\"biz_id\":\"ZTO_OK\"}");
        assertThat(quota.getInt("quota_num")).isZero();

        JsonObject broke = add(order("o-q2", "ZTO", "ZTO_OK", 0));
        assertThat(broke.getInt("errcode")).isEqualTo(9300501);
        assertThat(broke.getInt("delivery_resultcode")).isEqualTo(20007);
    }

    @Test
    void sandboxOrdersFollowTheSandboxRulesAndDailyLimit() {
        assertThat(errcode(add(order("s", "TEST", "other_biz", 1)))).isEqualTo(9300525);
        assertThat(errcode(add(order("s", "TEST", "test_biz_id", 0)))).isEqualTo(9300510);
        for (int i = 0; i < 10; i++) {
            assertThat(errcode(add(order("s-" + i, "TEST", "test_biz_id", 1)))).isZero();
        }
        assertThat(errcode(add(order("s-10", "TEST", "test_biz_id", 1)))).isEqualTo(930564);
        clock.advance(Duration.ofDays(1));
        WeChatCalls tomorrow = new WeChatCalls(server);
        assertThat(errcode(tomorrow.post(B + "order/add", order("s-10", "TEST", "test_biz_id", 1)))).isZero();
    }

    @Test
    void getOrderAnswersUnknownOrdersAndMismatches() {
        assertThat(errcode(getOrder("nope", "SF", ""))).isEqualTo(930563);
        assertThat(errcode(getOrder("01234567890123456789", "ZTO", ""))).isEqualTo(930563);
        assertThat(errcode(getOrder("01234567890123456789", "SF", "999"))).isEqualTo(40199);
        assertThat(errcode(calls.post(B + "order/get", "{\"order_id\":\"01234567890123456789\","
                + "\"delivery_id\":\"SF\",\"openid\":\"oSOMEONE_ELSE\"}"))).isEqualTo(40003);
        assertThat(errcode(calls.post(B + "order/get", "{\"delivery_id\":\"SF\"}"))).isEqualTo(47001);
        assertThat(errcode(getOrder("01234567890123456789", "SF", ""))).isZero();
    }

    @Test
    void batchGetOrderAnswersPerItem() {
        JsonObject reply = calls.post(B + "order/batchget", "{\"order_list\":["
                + "{\"order_id\":\"01234567890123456789\",\"delivery_id\":\"SF\",\"waybill_id\":\"123456789\"},"
                + "{\"order_id\":\"missing\",\"delivery_id\":\"SF\"}]}");

        assertThat(reply.getInt("errcode")).isZero();
        JsonObject found = reply.getJsonArray("order_list").getJsonObject(0);
        JsonObject missing = reply.getJsonArray("order_list").getJsonObject(1);
        assertThat(found.getInt("errcode")).isZero();
        assertThat(found.getString("waybill_id")).isEqualTo("123456789");
        assertThat(found.getJsonArray("waybill_data")).hasSize(2);
        assertThat(missing.getInt("errcode")).isEqualTo(930563);
        assertThat(missing.getString("order_id")).isEqualTo("missing");
    }

    @Test
    void batchGetOrderTakesOneToAHundredItems() {
        String item = "{\"order_id\":\"01234567890123456789\",\"delivery_id\":\"SF\"}";
        String hundred = String.join(",", java.util.Collections.nCopies(100, item));

        assertThat(calls.post(B + "order/batchget", "{\"order_list\":[" + hundred + "]}")
                .getJsonArray("order_list")).hasSize(100);
        assertThat(errcode(calls.post(B + "order/batchget", "{\"order_list\":[" + hundred + "," + item + "]}")))
                .isEqualTo(47001);
        assertThat(errcode(calls.post(B + "order/batchget", "{\"order_list\":[]}"))).isEqualTo(47001);
        assertThat(errcode(calls.post(B + "order/batchget", "{\"order_list\":[{\"order_id\":\"x\"}]}")))
                .isEqualTo(47001);
    }

    @Test
    void cancelOrderCancelsOnceAndOnlyWithoutAPath() {
        String waybill = add(order("o-c", "SF", "SF_CASH", 0)).getString("waybill_id");
        String cancel = "{\"order_id\":\"o-c\",\"delivery_id\":\"SF\",\"waybill_id\":\"" + waybill + "\"}";

        JsonObject cancelled = calls.post(B + "order/cancel", cancel);
        assertThat(cancelled.getInt("errcode")).isZero();
        assertThat(cancelled.getInt("delivery_resultcode")).isZero();
        assertThat(getOrder("o-c", "SF", waybill).getInt("order_status")).isEqualTo(1);
        assertThat(errcode(calls.post(B + "order/cancel", cancel))).isEqualTo(9300524);
        assertThat(errcode(calls.post(B + "order/cancel", "{\"order_id\":\"01234567890123456789\","
                + "\"delivery_id\":\"SF\",\"waybill_id\":\"123456789\"}"))).isEqualTo(9300506);
        assertThat(errcode(calls.post(B + "order/cancel", "{\"order_id\":\"nope\",\"delivery_id\":\"SF\","
                + "\"waybill_id\":\"1\"}"))).isEqualTo(930563);
        assertThat(errcode(calls.post(B + "order/cancel", "{\"order_id\":\"o-c\",\"delivery_id\":\"NOPE\","
                + "\"waybill_id\":\"1\"}"))).isEqualTo(9300503);
        assertThat(errcode(calls.post(B + "order/cancel", "{\"order_id\":\"o-c\",\"delivery_id\":\"SF\","
                + "\"waybill_id\":\"1\"}"))).isEqualTo(40199);
        assertThat(errcode(calls.post(B + "order/cancel", "{\"order_id\":\"o-c\",\"delivery_id\":\"SF\"}")))
                .isEqualTo(47001);
    }

    @Test
    void getPathAnswersUnknownWaybillsAndForeignOrders() {
        assertThat(errcode(calls.post(B + "path/get", "{\"delivery_id\":\"SF\",\"waybill_id\":\"nope\"}")))
                .isEqualTo(40199);
        assertThat(errcode(calls.post(B + "path/get", "{\"delivery_id\":\"ZTO\",\"waybill_id\":\"123456789\"}")))
                .isEqualTo(40199);
        assertThat(errcode(calls.post(B + "path/get", "{\"order_id\":\"other\",\"delivery_id\":\"SF\","
                + "\"waybill_id\":\"123456789\"}"))).isEqualTo(930563);
        assertThat(calls.post(B + "path/get", "{\"delivery_id\":\"SF\",\"waybill_id\":\"123456789\"}")
                .getInt("path_item_num")).isEqualTo(3);
    }

    @Test
    void testUpdateOrderAppendsToASandboxOrdersPath() {
        String waybill = add(order("s-path", "TEST", "test_biz_id", 1)).getString("waybill_id");
        String update = "{\"biz_id\":\"test_biz_id\",\"order_id\":\"s-path\",\"delivery_id\":\"TEST\",\"waybill_id\":\""
                + waybill + "\",\"action_time\":1700000000,\"action_type\":100001,\"action_msg\":\"揽件成功\"}";

        assertThat(calls.post(B + "test_update_order", update).getInt("errcode")).isZero();
        JsonObject path = calls.post(B + "path/get", "{\"order_id\":\"s-path\",\"delivery_id\":\"TEST\","
                + "\"waybill_id\":\"" + waybill + "\"}");
        assertThat(path.getInt("path_item_num")).isEqualTo(1);
        assertThat(path.getJsonArray("path_item_list").getJsonObject(0).getString("action_msg")).isEqualTo("揽件成功");
        assertThat(errcode(calls.post(B + "test_update_order", update.replace("test_biz_id", "real"))))
                .isEqualTo(930561);
        assertThat(errcode(calls.post(B + "test_update_order", update.replace("100001", "123"))))
                .isEqualTo(47001);
        assertThat(errcode(calls.post(B + "test_update_order", update.replace("s-path", "unknown"))))
                .isEqualTo(930563);
        assertThat(errcode(calls.post(B + "test_update_order", update.replace("\"action_time\":1700000000,", ""))))
                .isEqualTo(47001);
    }
}
