package io.github.wxlogistics.testkit;

import static io.github.wxlogistics.testkit.WeChatCalls.B;
import static io.github.wxlogistics.testkit.WeChatCalls.D;
import static io.github.wxlogistics.testkit.WeChatCalls.errcode;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CourierCallsTest {

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-05-04T01:02:03Z"));
    private final FakeWeChatServer server = FakeWeChatServer.builder().clock(clock).demoData().start();
    private final WeChatCalls calls = new WeChatCalls(server);

    @AfterEach
    void close() {
        server.close();
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String unb64(String s) {
        return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
    }

    @Test
    void getContactMergesTheAddressOfANewOrder() {
        String waybill = calls.post(B + "order/add", OrderCallsTest.order("o-1", "SF", "SF_CASH", 0))
                .getString("waybill_id");
        JsonObject contact = calls.post(D + "contact/get", "{\"token\":\"" + server.courierToken(waybill).orElseThrow()
                + "\",\"waybill_id\":\"" + waybill + "\"}");

        assertThat(contact.getString("waybill_id")).isEqualTo(waybill);
        assertThat(contact.getJsonObject("sender").getString("address")).isEqualTo("广东省广州市海珠区XX路1号");
        assertThat(contact.getJsonObject("sender").getString("tel")).isEmpty();
        assertThat(contact.getJsonObject("receiver").getString("name")).isEqualTo("李四");
        assertThat(contact.getJsonObject("receiver").keySet()).containsExactlyInAnyOrder("address", "name", "tel", "mobile");
    }

    @Test
    void courierCallsNeedTheWaybillsToken() {
        assertThat(errcode(calls.post(D + "contact/get", "{\"token\":\"TOKEN\",\"waybill_id\":\"nope\"}")))
                .isEqualTo(40199);
        assertThat(errcode(calls.post(D + "contact/get", "{\"token\":\"WRONG\",\"waybill_id\":\"12345678901234567890\"}")))
                .isEqualTo(9300507);
        assertThat(errcode(calls.post(D + "contact/get", "{\"waybill_id\":\"12345678901234567890\"}")))
                .isEqualTo(47001);
        String update = "{\"token\":\"%s\",\"waybill_id\":\"%s\",\"action_time\":1,\"action_type\":300002,"
                + "\"action_msg\":\"派件\"}";
        assertThat(errcode(calls.post(D + "path/update", String.format(update, "TOKEN", "nope")))).isEqualTo(40199);
        assertThat(errcode(calls.post(D + "path/update", String.format(update, "TOKEN_123456789",
                "12345678901234567890")))).isEqualTo(9300507);
    }

    @Test
    void updatePathAppendsToWhatGetPathReturns() {
        String update = "{\"token\":\"TOKEN\",\"waybill_id\":\"12345678901234567890\",\"action_time\":1533080000,"
                + "\"action_type\":300003,\"action_msg\":\"已签收\"}";

        assertThat(calls.post(D + "path/update", update).getInt("errcode")).isZero();
        JsonObject path = calls.post(B + "path/get", "{\"delivery_id\":\"SF\",\"waybill_id\":\"12345678901234567890\"}");
        assertThat(path.getInt("path_item_num")).isEqualTo(4);
        JsonObject last = path.getJsonArray("path_item_list").getJsonObject(3);
        assertThat(last.getInt("action_time")).isEqualTo(1533080000);
        assertThat(last.getInt("action_type")).isEqualTo(300003);
        assertThat(last.getString("action_msg")).isEqualTo("已签收");
        assertThat(errcode(calls.post(D + "path/update", update.replace("300003", "300001")))).isEqualTo(47001);
        assertThat(errcode(calls.post(D + "path/update", update.replace("1533080000", "\"soon\"")))).isEqualTo(47001);
    }

    @Test
    void previewTemplateRendersTheTemplateLanguage() {
        String template = "<p>##VAR(sys.waybillid)|##VAR(waybilldata.ZTO_mark)|##VAR(custom.sender.name)|"
                + "##VAR(custom.cargo.count)|##TIME(FULL)|##STRBLOAT(VAR(sys.waybillid))|##VAR(sys.wxaappid)</p>"
                + "<img src=\"##QRCODE(VAR(sys.waybillid))\">";
        JsonObject reply = calls.post(D + "template/preview", "{\"waybill_id\":\"123456789\",\"waybill_template\":\""
                + b64(template) + "\",\"waybill_data\":\"##ZTO_mark##11-22-33##ZTO_bagAddr##广州##\","
                + "\"custom\":{\"sender\":{\"name\":\"Jim\"},\"cargo\":{\"count\":2}}}");

        assertThat(reply.getString("waybill_id")).isEqualTo("123456789");
        String rendered = unb64(reply.getString("rendered_waybill_template"));
        assertThat(rendered).startsWith("<p>123456789|11-22-33|Jim|2|2026/05/04 09:02:03|1 2 3 4 5 6 7 8 9|wxtest</p>");
        assertThat(rendered).contains("<img src=\"data:image/png;base64," + b64("QRCODE:123456789") + "\">");
    }

    @Test
    void previewTemplateRejectsBadInput() {
        String ok = "{\"waybill_id\":\"%s\",\"waybill_template\":\"%s\",\"waybill_data\":\"%s\",\"custom\":{}}";
        assertThat(errcode(calls.post(D + "template/preview", String.format(ok, "nope", b64("x"), "##a##b##"))))
                .isEqualTo(40199);
        assertThat(errcode(calls.post(D + "template/preview", String.format(ok, "123456789", "%%%", "##a##b##"))))
                .isEqualTo(9300512);
        assertThat(errcode(calls.post(D + "template/preview",
                String.format(ok, "123456789", b64("##NOPE(x)"), "##a##b##")))).isEqualTo(9300512);
        assertThat(errcode(calls.post(D + "template/preview",
                String.format(ok, "123456789", b64("##TIME(WEEK)"), "##a##b##")))).isEqualTo(9300512);
        assertThat(errcode(calls.post(D + "template/preview", String.format(ok, "123456789", b64("x"), "a=b"))))
                .isEqualTo(9300502);
        assertThat(errcode(calls.post(D + "template/preview", String.format(ok, "123456789", b64("x"), "##a##"))))
                .isEqualTo(9300502);
        assertThat(errcode(calls.post(D + "template/preview", "{\"waybill_id\":\"123456789\"}"))).isEqualTo(47001);
    }
}
