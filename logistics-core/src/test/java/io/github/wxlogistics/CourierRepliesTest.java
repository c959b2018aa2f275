package io.github.wxlogistics;

import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.CancelWaybillEvent;
import io.github.wxlogistics.event.CheckBizEvent;
import io.github.wxlogistics.event.GetQuotaEvent;
import io.github.wxlogistics.internal.push.PushBodies;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.event.CancelWaybillReply;
import io.github.wxlogistics.event.CheckBizReply;
import io.github.wxlogistics.event.GetQuotaReply;
import io.github.wxlogistics.event.PushFields;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import io.github.wxlogistics.event.ResultCode;
import static io.github.wxlogistics.Pushes.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.model.WaybillData;
import io.github.wxlogistics.support.TestClock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each courier reply, in both formats and in plaintext and safe mode: the envelope turned around,
 * CreateTime from the clock, the ids echoed from the push, the result; a safe-mode reply's
 * MsgSignature verifies and it decrypts to the same packet.
 */
class CourierRepliesTest {

    private static final long LATER = Pushes.NOW + 2;

    private PushReceiver receiver;

    @AfterEach
    void close() {
        receiver.close();
    }

    private PushResponse reply(String event, String format, PushMode mode) {
        TestClock clock = Pushes.clock();
        clock.advance(Duration.ofSeconds(2));
        receiver = Pushes.receiver(mode).clock(clock)
                .on(AddWaybillEvent.class, push -> AddWaybillReply.success("SF1234567890",
                        List.of(new WaybillData("SF_bagAddr", "广州"), new WaybillData("SF_mark", "101- 07-03 509"))))
                .onAsync(CancelWaybillEvent.class, push -> CompletableFuture.completedFuture(
                        CancelWaybillReply.refused(ResultCode.ALREADY_PICKED_UP, "已揽件 ]]> <tag> & \"quoted\"")))
                .on(CheckBizEvent.class, push -> CheckBizReply.approved(42))
                .on(GetQuotaEvent.class, push -> GetQuotaReply.refused(ResultCode.WRONG_PASSWORD, "密码错误"))
                .build();
        PushRequest request = mode == PushMode.SAFE ? Pushes.safe(event, format) : Pushes.plain(event, format);
        PushResponse response = await(receiver.handle(request));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith(format.equals("xml") ? "text/xml" : "application/json");
        return response;
    }

    private static Map<String, String> envelope(String event) {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("ToUserName", "oABCD");
        expected.put("FromUserName", "gh_abcdefg");
        expected.put("CreateTime", Long.toString(LATER));
        expected.put("MsgType", "event");
        expected.put("Event", event);
        return expected;
    }

    @ParameterizedTest
    @CsvSource({"xml, PLAINTEXT", "json, PLAINTEXT", "xml, SAFE", "json, SAFE"})
    void addWaybill(String format, PushMode mode) {
        Map<String, String> expected = envelope("add_waybill");
        expected.put("Token", "1234ABC234523451");
        expected.put("OrderID", "012345678901234567890123456789");
        expected.put("BizID", "xyz");
        expected.put("WayBillID", "SF1234567890");
        expected.put("ResultCode", "0");
        expected.put("ResultMsg", "success");
        expected.put("WaybillData", "##SF_bagAddr##广州##SF_mark##101- 07-03 509##");

        assertPacket(reply("add_waybill", format, mode), mode, expected);
    }

    @ParameterizedTest
    @CsvSource({"xml, PLAINTEXT", "json, PLAINTEXT", "xml, SAFE", "json, SAFE"})
    void cancelWaybill(String format, PushMode mode) {
        Map<String, String> expected = envelope("cancel_waybill");
        expected.put("BizID", "xyz");
        expected.put("OrderID", "012345678901234567890123456789");
        expected.put("WayBillID", "123456789");
        expected.put("ResultCode", "30002");
        expected.put("ResultMsg", "已揽件 ]]> <tag> & \"quoted\"");

        assertPacket(reply("cancel_waybill", format, mode), mode, expected);
    }

    @ParameterizedTest
    @CsvSource({"xml, PLAINTEXT", "json, PLAINTEXT", "xml, SAFE", "json, SAFE"})
    void checkBiz(String format, PushMode mode) {
        Map<String, String> expected = envelope("check_biz");
        expected.put("BizID", "xyz");
        expected.put("ResultCode", "0");
        expected.put("ResultMsg", "success");
        expected.put("Quota", "42");

        assertPacket(reply("check_biz", format, mode), mode, expected);
    }

    @ParameterizedTest
    @CsvSource({"xml, PLAINTEXT", "json, PLAINTEXT", "xml, SAFE", "json, SAFE"})
    void getQuota(String format, PushMode mode) {
        Map<String, String> expected = envelope("get_quota");
        expected.put("BizID", "xyz");
        expected.put("ResultCode", "10002");
        expected.put("ResultMsg", "密码错误");
        expected.put("Quota", "0");

        assertPacket(reply("get_quota", format, mode), mode, expected);
    }

    private static void assertPacket(PushResponse response, PushMode mode, Map<String, String> expected) {
        if (mode == PushMode.SAFE) {
            PushFields outer = PushBodies.create().parse(response.body()).fields();
            assertThat(outer.names()).containsExactly("Encrypt", "MsgSignature", "TimeStamp", "Nonce");
            assertThat(outer.text("TimeStamp")).hasValue(Long.toString(LATER));
            // The packet travels only inside Encrypt: no plaintext field name outside it. (Not a value
            // such as "xyz": random Base64 may spell a three-letter value by chance.)
            assertThat(response.bodyText()).doesNotContain("BizID", "ResultCode", "ToUserName");
        }
        PushFields packet = Pushes.replyFields(response, mode);
        assertThat(packet.names()).containsExactlyElementsOf(expected.keySet());
        assertThat(packet.textFields()).containsExactlyEntriesOf(expected);
        assertThat(packet.textFields()).doesNotContainKey("BizPwd");
        if (mode != PushMode.SAFE) {
            for (String number : List.of("CreateTime", "ResultCode")) {
                assertThat(response.bodyText()).as(number + " is a bare number").containsAnyOf(
                        "<" + number + ">" + expected.get(number) + "</", "\"" + number + "\":" + expected.get(number));
            }
        }
    }
}
