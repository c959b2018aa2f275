package io.github.wxlogistics.testkit;

import static io.github.wxlogistics.testkit.WeChatCalls.B;
import static io.github.wxlogistics.testkit.WeChatCalls.D;
import static io.github.wxlogistics.testkit.WeChatCalls.errcode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FakeDataTest {

    static final String FIXTURE = """
            {
              "couriers": [{"delivery_id": "ACME", "delivery_name": "Acme Express", "can_use_cash": 1,
                            "can_get_quota": 0, "cash_biz_id": "ACME_CASH",
                            "service_type": [{"service_type": 5, "service_name": "overnight"}]}],
              "accounts": [{"biz_id": "A-1", "delivery_id": "ACME", "status_code": 0, "quota_num": 3,
                            "service_type": [{"service_type": 5, "service_name": "overnight"}]}],
              "orders": [{"order_id": "ord-1", "openid": "oX", "delivery_id": "ACME", "waybill_id": "WB1",
                          "token": "tok-1",
                          "sender": {"name": "S", "mobile": "1", "province": "P", "city": "C", "area": "A",
                                     "address": "street"},
                          "receiver": {"name": "R", "tel": "2", "address": "road"},
                          "path": [{"action_time": 10, "action_type": 100001, "action_msg": "picked up"}]}],
              "printers": [{"openid": "oPRINT", "tagid_list": ["7"]}]
            }
            """;

    @Test
    void aFixtureSeedsCouriersAccountsOrdersPathsContactsAndPrinters(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("fixture.json");
        Files.writeString(file, FIXTURE);
        try (FakeWeChatServer server = FakeWeChatServer.builder().fixture(file).start()) {
            WeChatCalls calls = new WeChatCalls(server);

            assertThat(calls.get(B + "delivery/getall").getJsonArray("data").getValuesAs(JsonObject.class))
                    .anyMatch(c -> c.getString("delivery_id").equals("ACME"));
            JsonObject account = calls.get(B + "account/getall").getJsonArray("list").getJsonObject(0);
            assertThat(account.getString("biz_id")).isEqualTo("A-1");
            assertThat(account.getJsonArray("service_type")).hasSize(1);
            JsonObject order = calls.post(B + "order/get", "{\"order_id\":\"ord-1\",\"delivery_id\":\"ACME\"}");
            assertThat(order.getString("waybill_id")).isEqualTo("WB1");
            assertThat(order.getJsonArray("waybill_data").getJsonObject(0).getString("key")).isEqualTo("ACME_bagAddr");
            assertThat(calls.post(B + "path/get", "{\"delivery_id\":\"ACME\",\"waybill_id\":\"WB1\"}")
                    .getJsonArray("path_item_list").getJsonObject(0).getString("action_msg")).isEqualTo("picked up");
            JsonObject contact = calls.post(D + "contact/get", "{\"token\":\"tok-1\",\"waybill_id\":\"WB1\"}");
            assertThat(contact.getJsonObject("sender").getString("address")).isEqualTo("PCAstreet");
            assertThat(contact.getJsonObject("receiver").getString("tel")).isEqualTo("2");
            assertThat(calls.get(B + "printer/getall").getJsonArray("openid").getString(0)).isEqualTo("oPRINT");
            assertThat(errcode(calls.post(B + "order/add",
                    OrderCallsTest.order("ord-2", "ACME", "ACME_CASH", 5)))).isZero();
        }
    }

    @Test
    void laterSeedsReplaceEarlierEntriesWithTheSameId() {
        FakeData changed = FakeData.fromJson("{\"orders\":[{\"order_id\":\"01234567890123456789\","
                + "\"delivery_id\":\"SF\",\"waybill_id\":\"123456789\",\"order_status\":1}]}");
        try (FakeWeChatServer server = FakeWeChatServer.builder().demoData().seed(changed).start()) {
            JsonObject order = new WeChatCalls(server).post(B + "order/get",
                    "{\"order_id\":\"01234567890123456789\",\"delivery_id\":\"SF\"}");
            assertThat(order.getInt("order_status")).isEqualTo(1);
        }
    }

    @Test
    void anOrderWithoutATokenGetsTheDerivedOne() {
        FakeData data = FakeData.fromJson("{\"orders\":[{\"order_id\":\"o\",\"delivery_id\":\"SF\",\"waybill_id\":\"W9\"}]}");
        try (FakeWeChatServer server = FakeWeChatServer.builder().seed(data).start()) {
            assertThat(server.courierToken("W9")).contains("TOKEN_W9");
        }
    }

    @Test
    void aBadFixtureFailsNamingTheEntry() {
        assertThatThrownBy(() -> FakeData.fromJson("[]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FakeData.fromJson("{\"orders\":[{\"order_id\":\"o\"}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orders[0]")
                .hasMessageContaining("delivery_id");
        assertThatThrownBy(() -> FakeData.fromJson("{\"accounts\":[1]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accounts[0]");
        assertThatThrownBy(() -> FakeData.fromJson("{\"couriers\":{}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("couriers");
        assertThatThrownBy(() -> FakeData.fromJson("{\"orders\":[{\"order_id\":\"o\",\"delivery_id\":\"SF\","
                + "\"waybill_id\":\"W\",\"path\":[1]}]}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("orders[0]");
    }

    @Test
    void aMissingFileFailsWithAnIoError(@TempDir Path dir) {
        assertThatThrownBy(() -> FakeData.load(dir.resolve("absent.json"))).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void demoDataDescribesItself() {
        assertThat(FakeData.demo().toString()).isEqualTo("FakeData[0 couriers, 1 accounts, 2 orders, 1 printers]");
    }
}
