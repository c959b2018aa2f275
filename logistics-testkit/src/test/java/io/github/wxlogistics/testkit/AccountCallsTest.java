package io.github.wxlogistics.testkit;

import static io.github.wxlogistics.testkit.WeChatCalls.B;
import static io.github.wxlogistics.testkit.WeChatCalls.D;
import static io.github.wxlogistics.testkit.WeChatCalls.errcode;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountCallsTest {

    private final MutableClock clock = MutableClock.at(Instant.ofEpochSecond(1_700_000_000L));
    private final FakeWeChatServer server = FakeWeChatServer.builder().clock(clock).demoData().start();
    private final WeChatCalls calls = new WeChatCalls(server);

    @AfterEach
    void close() {
        server.close();
    }

    private JsonObject bind(String type, String deliveryId, String bizId, String password) {
        return calls.post(B + "account/bind", "{\"type\":\"" + type + "\",\"delivery_id\":\"" + deliveryId
                + "\",\"biz_id\":\"" + bizId + "\"" + (password == null ? "" : ",\"password\":\"" + password + "\"")
                + "}");
    }

    private JsonObject account(String bizId) {
        return calls.get(B + "account/getall").getJsonArray("list").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("biz_id").equals(bizId)).findFirst().orElseThrow();
    }

    @Test
    void getAllDeliveryListsTheCourierCatalogue() {
        JsonObject reply = calls.get(B + "delivery/getall");

        List<JsonObject> data = reply.getJsonArray("data").getValuesAs(JsonObject.class);
        assertThat(reply.getInt("count")).isEqualTo(data.size()).isGreaterThanOrEqualTo(8);
        JsonObject sf = data.stream().filter(c -> c.getString("delivery_id").equals("SF")).findFirst().orElseThrow();
        assertThat(sf.getString("delivery_name")).isEqualTo("顺丰速运");
        assertThat(sf.getInt("can_use_cash")).isEqualTo(1);
        assertThat(sf.getString("cash_biz_id")).isEqualTo("SF_CASH");
        assertThat(sf.getJsonArray("service_type").getJsonObject(0).getInt("service_type")).isZero();
        assertThat(data).noneMatch(c -> c.getString("delivery_id").equals("TEST"));
    }

    @Test
    void bindAndUnbindShowInGetAllAccount() {
        assertThat(errcode(bind("bind", "ZTO", "Z1", "pw"))).isZero();
        JsonObject bound = account("Z1");
        assertThat(bound.getInt("status_code")).isZero();
        assertThat(bound.getInt("create_time")).isEqualTo(1_700_000_000);
        assertThat(bound.getInt("quota_num")).isEqualTo(100);
        assertThat(bound.getJsonArray("service_type")).hasSize(1);
        assertThat(calls.get(B + "account/getall").getInt("count")).isEqualTo(2);

        assertThat(errcode(bind("bind", "ZTO", "Z1", "pw"))).isEqualTo(9300529);
        assertThat(errcode(bind("unbind", "ZTO", "Z1", null))).isZero();
        assertThat(account("Z1").getInt("status_code")).isEqualTo(3);
        assertThat(errcode(bind("unbind", "ZTO", "Z1", null))).isEqualTo(9300530);
        assertThat(errcode(bind("bind", "ZTO", "Z1", "pw"))).isZero();
        assertThat(account("Z1").getInt("status_code")).isZero();
    }

    @Test
    void bindAccountRejectsBadInput() {
        assertThat(errcode(bind("unbind", "ZTO", "never-bound", null))).isEqualTo(9300530);
        assertThat(errcode(bind("bind", "ZTO", "Z2", null))).isEqualTo(9300531);
        assertThat(errcode(bind("bind", "SF", "SF-contract", null))).isZero();
        assertThat(errcode(bind("bind", "NOPE", "Z3", "pw"))).isEqualTo(9300503);
        assertThat(errcode(bind("rebind", "ZTO", "Z3", "pw"))).isEqualTo(47001);
        assertThat(errcode(calls.post(B + "account/bind", "{\"type\":\"bind\"}"))).isEqualTo(47001);
    }

    @Test
    void anEmsBindingWaitsForTheCouriersReview() {
        JsonObject submitted = calls.post(B + "account/bind", "{\"type\":\"bind\",\"delivery_id\":\"EMS\","
                + "\"biz_id\":\"E1\",\"remark_content\":\"电话：1 联系人：2\"}");
        assertThat(errcode(submitted)).isEqualTo(9300532);
        assertThat(account("E1").getInt("status_code")).isEqualTo(1);
        assertThat(account("E1").getString("remark_content")).isEqualTo("电话：1 联系人：2");

        String reject = "{\"shop_app_id\":\"wxtest\",\"biz_id\":\"E1\",\"result_code\":1,\"result_msg\":\"地址不符\"}";
        assertThat(errcode(calls.post(D + "service/business/update", reject))).isZero();
        assertThat(account("E1").getInt("status_code")).isEqualTo(2);
        assertThat(account("E1").getString("remark_wrong_msg")).isEqualTo("地址不符");
        assertThat(errcode(calls.post(D + "service/business/update", reject))).isEqualTo(9300525);

        calls.post(B + "account/bind", "{\"type\":\"bind\",\"delivery_id\":\"EMS\",\"biz_id\":\"E1\"}");
        assertThat(errcode(calls.post(D + "service/business/update",
                "{\"shop_app_id\":\"wxtest\",\"biz_id\":\"E1\",\"result_code\":0}"))).isZero();
        assertThat(account("E1").getInt("status_code")).isZero();
    }

    @Test
    void updateBusinessChecksTheMerchantApp() {
        assertThat(errcode(calls.post(D + "service/business/update",
                "{\"shop_app_id\":\"wxother\",\"biz_id\":\"123456789\",\"result_code\":0}"))).isEqualTo(40013);
        assertThat(errcode(calls.post(D + "service/business/update",
                "{\"shop_app_id\":\"wxtest\",\"biz_id\":\"123456789\"}"))).isEqualTo(47001);
    }

    @Test
    void getQuotaAnswersForBoundAccountsOnly() {
        assertThat(calls.post(B + "quota/get", "{\"delivery_id\":\"YUNDA\",\"biz_id\":\"123456789\"}").getInt("quota_num"))
                .isEqualTo(55);
        assertThat(errcode(calls.post(B + "quota/get", "{\"delivery_id\":\"YUNDA\",\"biz_id\":\"other\"}")))
                .isEqualTo(9300525);
        assertThat(errcode(calls.post(B + "quota/get", "{\"delivery_id\":\"NOPE\",\"biz_id\":\"123456789\"}")))
                .isEqualTo(9300503);
        assertThat(errcode(calls.post(B + "quota/get", "{\"delivery_id\":\"YUNDA\"}"))).isEqualTo(47001);
    }

    @Test
    void printersAreBoundAndUnbound() {
        JsonObject demo = calls.get(B + "printer/getall");
        assertThat(demo.getInt("count")).isEqualTo(1);
        assertThat(demo.getJsonArray("tagid_list").getValuesAs(JsonValue::toString)).containsExactly("\"123\"", "\"456\"");

        assertThat(errcode(calls.post(B + "printer/update",
                "{\"openid\":\"oPRINTER\",\"update_type\":\"bind\",\"tagid_list\":\"456,789\"}"))).isZero();
        JsonObject two = calls.get(B + "printer/getall");
        assertThat(two.getInt("count")).isEqualTo(2);
        assertThat(two.getJsonArray("openid").getString(1)).isEqualTo("oPRINTER");
        assertThat(two.getJsonArray("tagid_list")).hasSize(3);

        assertThat(errcode(calls.post(B + "printer/update", "{\"openid\":\"oABC123456\",\"update_type\":\"unbind\"}")))
                .isZero();
        assertThat(calls.get(B + "printer/getall").getInt("count")).isEqualTo(1);
        assertThat(errcode(calls.post(B + "printer/update", "{\"openid\":\"o\",\"update_type\":\"remove\"}")))
                .isEqualTo(9300517);
        assertThat(errcode(calls.post(B + "printer/update", "{\"update_type\":\"bind\"}"))).isEqualTo(47001);
    }
}
