package io.github.wxlogistics.testkit;

import static io.github.wxlogistics.testkit.WeChatCalls.B;
import static io.github.wxlogistics.testkit.WeChatCalls.D;
import static io.github.wxlogistics.testkit.WeChatCalls.errcode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake's tracking, message and return components: their state rules and WeChat's codes, sent raw. */
class ComponentCallsTest {

    private static final String OPEN_MSG = D + "open_msg/";
    private static final String GOODS = "\"goods_info\":{\"detail_list\":[{\"goods_name\":\"衣服\",\"goods_img_url\":\"https://e.com/a.png\"}]}";
    private static final String PAY_ID = "4200000000000000000000000001";

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-05-04T01:02:03Z"));
    private final FakeWeChatServer server = FakeWeChatServer.builder().clock(clock).demoData().start();
    private final WeChatCalls calls = new WeChatCalls(server);

    @AfterEach
    void close() {
        server.close();
    }

    private static String trace(String openid, String waybillId) {
        return "{\"openid\":\"" + openid + "\",\"receiver_phone\":\"13800000000\",\"waybill_id\":\"" + waybillId
                + "\",\"trans_id\":\"4200000001\"," + GOODS + "}";
    }

    private String token(String path, String openid, String waybillId) {
        JsonObject reply = calls.post(OPEN_MSG + path, trace(openid, waybillId));
        assertThat(errcode(reply)).as(reply.toString()).isZero();
        return reply.getString("waybill_token");
    }

    private JsonObject query(String token) {
        return calls.post(OPEN_MSG + "query_trace", "{\"waybill_token\":\"" + token + "\"}");
    }

    @Test
    void aTraceOfTheFakesOwnWaybillAdvancesWithItsPath() {
        String waybill = calls.post(B + "order/add", OrderCallsTest.order("t-1", "SF", "SF_CASH", 0)).getString("waybill_id");
        String token = token("trace_waybill", "oBuyer", waybill);
        assertThat(query(token).getJsonObject("waybill_info").getInt("status")).isZero();
        String courier = server.courierToken(waybill).orElseThrow();
        String update = "{\"token\":\"" + courier + "\",\"waybill_id\":\"" + waybill
                + "\",\"action_time\":1,\"action_type\":%d,\"action_msg\":\"m\"}";
        calls.post(D + "path/update", String.format(update, 100001));
        assertThat(query(token).getJsonObject("waybill_info").getInt("status")).isEqualTo(1);
        calls.post(D + "path/update", String.format(update, 300003));
        JsonObject reply = query(token);
        assertThat(reply.getJsonObject("waybill_info").getInt("status")).isEqualTo(4);
        assertThat(reply.getJsonObject("delivery_info").getString("delivery_id")).isEqualTo("SF");
        assertThat(reply.getJsonObject("delivery_info").getString("delivery_name")).isEqualTo("顺丰速运");
        assertThat(reply.getJsonObject("shop_info").getJsonObject("goods_info").getJsonArray("detail_list")).hasSize(1);
    }

    @Test
    void anOtherWaybillReportsTheStatusTheCarrierGave() {
        String token = token("trace_waybill", "oBuyer", "YT9000");
        server.tracking().setStatus("YT9000", 2);
        assertThat(query(token).getJsonObject("waybill_info").getInt("status")).isEqualTo(2);
        assertThat(server.tracking().waybillTokens("YT9000")).containsExactly(token);
        assertThatThrownBy(() -> server.tracking().setStatus("YT9000", 7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tokensAreCheckedAndBelongToOneComponent() {
        String token = token("trace_waybill", "oBuyer", "YT1");
        String followed = token("follow_waybill", "oBuyer", "YT1");
        assertThat(errcode(query("nope"))).isEqualTo(9300507);
        assertThat(errcode(query(followed))).isEqualTo(9300507);
        assertThat(errcode(calls.post(OPEN_MSG + "query_follow_trace", "{\"waybill_token\":\"" + followed + "\"}"))).isZero();
        assertThat(errcode(calls.post(OPEN_MSG + "query_trace", "{\"waybill_token\":\"" + token + "\",\"openid\":\"oOther\"}")))
                .isEqualTo(9300534);
        assertThat(errcode(calls.post(OPEN_MSG + "trace_waybill", trace("notAnOpenid", "YT1")))).isEqualTo(40003);
        assertThat(errcode(calls.post(OPEN_MSG + "trace_waybill", "{\"openid\":\"oBuyer\"," + GOODS + "}"))).isEqualTo(47001);
    }

    @Test
    void theGoodsChangeUntilTheLimit() {
        String token = token("trace_waybill", "oBuyer", "YT2");
        String update = "{\"waybill_token\":\"" + token + "\",\"goods_info\":{\"detail_list\":[{\"goods_name\":\"鞋%d\",\"goods_img_url\":\"u\"}]}}";
        for (int i = 0; i < 5; i++) {
            assertThat(errcode(calls.post(OPEN_MSG + "update_waybill_goods", String.format(update, i)))).isZero();
        }
        assertThat(query(token).getJsonObject("shop_info").getJsonObject("goods_info").getJsonArray("detail_list")
                .getJsonObject(0).getString("goods_name")).isEqualTo("鞋4");
        assertThat(errcode(calls.post(OPEN_MSG + "update_waybill_goods", String.format(update, 5)))).isEqualTo(9300560);
        String tooLong = "{\"waybill_token\":\"" + token + "\",\"goods_info\":{\"detail_list\":[{\"goods_name\":\""
                + "衣".repeat(61) + "\",\"goods_img_url\":\"u\"}]}}";
        assertThat(errcode(calls.post(OPEN_MSG + "update_waybill_goods", tooLong))).isEqualTo(47001);
    }

    @Test
    void aUserHasOneHundredCallsADayAndTheQuotaComesBackTheNextDay() {
        String token = token("trace_waybill", "oQuota", "YT3");
        for (int i = 1; i < 100; i++) {
            assertThat(errcode(query(token))).as("call %d", i + 1).isZero();
        }
        assertThat(errcode(query(token))).isEqualTo(9300513);
        assertThat(errcode(calls.post(OPEN_MSG + "trace_waybill", trace("oOther", "YT3")))).isZero();
        clock.advance(Duration.ofDays(1));
        WeChatCalls nextDay = new WeChatCalls(server);   // yesterday's access token has expired
        assertThat(errcode(nextDay.post(OPEN_MSG + "query_trace", "{\"waybill_token\":\"" + token + "\"}"))).isZero();
    }

    @Test
    void getDeliveryListNeedsABodyAndListsTheMainCarriers() {
        JsonObject list = calls.post(OPEN_MSG + "get_delivery_list", "{}");
        assertThat(list.getInt("count")).isEqualTo(list.getJsonArray("delivery_list").size());
        assertThat(list.getJsonArray("delivery_list").getValuesAs(JsonObject.class)).extracting(c -> c.getString("delivery_id"))
                .contains("SF", "YTO", "ZTO", "STO", "YD", "JTSD", "EMS", "JD", "DBL");
        assertThat(errcode(WeChatCalls.parse(calls.send("POST", OPEN_MSG + "get_delivery_list?access_token=" + calls.token(),
                null).body()))).isEqualTo(44002);
    }

    private static String addReturn(String shopOrderId, String payId) {
        return "{\"shop_order_id\":\"" + shopOrderId + "\",\"openid\":\"oBuyer\",\"order_path\":\"pages/o\",\"order_price\":100,"
                + (payId == null ? "" : "\"wx_pay_id\":\"" + payId + "\",")
                + "\"biz_addr\":{\"name\":\"仓库\",\"mobile\":\"138\",\"province\":\"广东省\",\"city\":\"广州市\",\"area\":\"海珠区\","
                + "\"address\":\"1号\"},\"goods_list\":[{\"name\":\"衣服\",\"url\":\"u\"}]}";
    }

    @Test
    void aReturnMovesThroughItsStatusesAndUnbindsOnlyAfterASelfShipWaybill() {
        String current = D + "no_worry_return/";
        String id = calls.post(current + "add", addReturn("R-1", PAY_ID)).getString("return_id");
        String byId = "{\"return_id\":\"" + id + "\"}";
        JsonObject fresh = calls.post(current + "get", byId);
        assertThat(fresh.getString("status")).isEqualTo("0");
        assertThat(fresh.containsKey("waybill_id")).isFalse();
        assertThat(errcode(calls.post(current + "unbind", byId))).isEqualTo(40097);
        String waybill = server.returns().bookPickup(id, "SF");
        assertThat(calls.post(current + "get", byId).getString("waybill_id")).isEqualTo(waybill);
        assertThat(errcode(calls.post(current + "unbind", byId))).as("not after a pickup").isEqualTo(40097);
        server.returns().shipBack(id, "YTO", "YT777");
        assertThat(server.returns().advance(id)).isEqualTo(1);
        JsonObject shipped = calls.post(current + "get", byId);
        assertThat(shipped.getString("status")).isEqualTo("2");
        assertThat(shipped.getInt("order_status")).isEqualTo(1);
        assertThat(shipped.getString("delivery_name")).isEqualTo("圆通速递");
        assertThat(errcode(calls.post(current + "unbind", byId))).isZero();
        assertThat(errcode(calls.post(current + "get", byId))).isEqualTo(931023);
        assertThat(errcode(calls.post(current + "unbind", byId))).isEqualTo(931023);
    }

    @Test
    void theReturnAddsRefuseWhatWeChatRefuses() {
        String current = D + "no_worry_return/";
        assertThat(errcode(calls.post(current + "add", addReturn("R-2", null)))).isEqualTo(9300569);
        assertThat(errcode(calls.post(current + "add", addReturn("R-2", "1234")))).isEqualTo(9300570);
        assertThat(errcode(calls.post(current + "add", addReturn("", PAY_ID)))).isEqualTo(40097);
        assertThat(errcode(calls.post(current + "add", addReturn("R-2", PAY_ID)))).isZero();
        assertThat(errcode(calls.post(current + "add", addReturn("R-2", PAY_ID)))).isEqualTo(9300522);
        assertThat(errcode(calls.post(current + "get", "{}"))).isEqualTo(40097);
        // The legacy path needs no wx_pay_id, keeps its own shop_order_ids and ids, and sends status as a number.
        String legacy = D + "return/";
        String id = calls.post(legacy + "add", addReturn("R-2", null)).getString("return_id");
        assertThat(calls.post(legacy + "get", "{\"return_id\":\"" + id + "\"}").getInt("status")).isZero();
        assertThat(errcode(calls.post(current + "get", "{\"return_id\":\"" + id + "\"}"))).isEqualTo(931023);
    }
}
