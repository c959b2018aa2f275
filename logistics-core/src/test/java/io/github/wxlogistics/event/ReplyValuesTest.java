package io.github.wxlogistics.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.model.WaybillData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reply values check what WeChat cannot take: WaybillData's ## format, success codes on refusals, negative quotas. */
class ReplyValuesTest {

    @Test
    void successFormatsWaybillDataAsHashPairs() {
        AddWaybillReply reply = AddWaybillReply.success("W1",
                List.of(new WaybillData("ZTO_bagAddr", "广州"), new WaybillData("ZTO_mark", "888-666-666")));

        assertThat(reply.waybillData()).isEqualTo("##ZTO_bagAddr##广州##ZTO_mark##888-666-666##");
        assertThat(reply.resultCode()).isEqualTo(ResultCode.SUCCESS);
        // No entries: an empty WaybillData element (the fake reads "##" as empty too).
        assertThat(AddWaybillReply.success("W1", List.of()).waybillData()).isEmpty();
    }

    @Test
    void waybillDataRefusesHashesAndEmptyKeys() {
        assertThatThrownBy(() -> AddWaybillReply.success("W1", List.of(new WaybillData("a#b", "v"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("#");
        assertThatThrownBy(() -> AddWaybillReply.success("W1", List.of(new WaybillData("k", "v#"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddWaybillReply.success("W1", List.of(new WaybillData("", "v"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddWaybillReply.success(" ", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRawWaybillDataStringIsCheckedToo() {
        assertThat(new AddWaybillReply(ResultCode.SUCCESS, "ok", "W1", "##k##v##k2####").waybillData())
                .isEqualTo("##k##v##k2####");
        for (String bad : List.of("k##v##", "##k##v", "##k##v##x##", "##k#v##", "####v##")) {
            assertThatThrownBy(() -> new AddWaybillReply(ResultCode.SUCCESS, "ok", "W1", bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusalsNeedANonZeroCode() {
        assertThatThrownBy(() -> AddWaybillReply.failure(ResultCode.SUCCESS, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CancelWaybillReply.refused(ResultCode.SUCCESS, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckBizReply.refused(ResultCode.SUCCESS, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GetQuotaReply.refused(ResultCode.SUCCESS, "x")).isInstanceOf(IllegalArgumentException.class);

        AddWaybillReply refused = AddWaybillReply.failure(ResultCode.RECEIVER_OUT_OF_RANGE, "超区");
        assertThat(refused.waybillId()).as("echoes the push's").isNull();
        assertThat(refused.waybillData()).isEmpty();
        assertThat(refused.withResultMsg("out of range").resultMsg()).isEqualTo("out of range");
    }

    @Test
    void quotasAreNeverNegative() {
        assertThatThrownBy(() -> GetQuotaReply.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckBizReply.approved(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(CheckBizReply.refused(ResultCode.WRONG_PASSWORD, "x").quota()).isZero();
    }

    @Test
    void resultCodesCarryTheDocumentedValues() {
        assertThat(List.of(ResultCode.OTHER_ERROR, ResultCode.ACCOUNT_NOT_FOUND, ResultCode.WRONG_PASSWORD,
                ResultCode.WRONG_WAYBILL_ID, ResultCode.SENDER_INCOMPLETE, ResultCode.SENDER_OUT_OF_RANGE,
                ResultCode.RECEIVER_INCOMPLETE, ResultCode.RECEIVER_OUT_OF_RANGE, ResultCode.BAD_CARGO,
                ResultCode.INSUFFICIENT_BALANCE, ResultCode.BAD_INSURANCE, ResultCode.BAD_SERVICE,
                ResultCode.BAD_ORDER_IDS, ResultCode.ALREADY_PICKED_UP, ResultCode.WAYBILL_INVALID,
                ResultCode.CANNOT_CANCEL)).extracting(ResultCode::code)
                .containsExactly(-1, 10001, 10002, 20001, 20002, 20003, 20004, 20005, 20006, 20007, 20008, 20009,
                        30001, 30002, 30003, 30004);
        assertThat(ResultCode.of(20007)).isEqualTo(ResultCode.INSUFFICIENT_BALANCE);
        assertThat(ResultCode.of(12345).toString()).isEqualTo("12345 (undocumented)");
    }

    @Test
    void requestsAndResponsesShowSizesNotContents() {
        PushRequest request = PushRequest.fromRawQuery("POST", "signature=abc&timestamp=1&nonce=n%20o&nonce=2&bad=%zz",
                new byte[] {1, 2, 3});
        assertThat(request.query()).containsEntry("nonce", "n o").containsEntry("bad", "%zz");
        assertThat(request.toString()).doesNotContain("abc").contains("3 bytes");
        assertThat(PushResponse.text("Token-echo").toString()).doesNotContain("Token-echo").contains("10 bytes");
    }

    @Test
    void aCouriersReplyKeepsTheIdentifierCapAndRefusesLoneSurrogates() {
        assertThat(AddWaybillReply.success("w".repeat(128), List.of()).waybillId()).hasSize(128);
        assertThatThrownBy(() -> AddWaybillReply.success("w".repeat(129), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("WayBillID must be at most 128 bytes in UTF-8, was 129");
        assertThatThrownBy(() -> AddWaybillReply.success("W1", List.of(new WaybillData("mark", "区\uD83D"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("WaybillData must be well-formed text");
        assertThatThrownBy(() -> CancelWaybillReply.refused(ResultCode.OTHER_ERROR, "\uDE00"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("ResultMsg must be well-formed text");
    }

    @Test
    void everyPushResponseCarriesAContentTypeAnd405CarriesAllow() {
        assertThat(PushResponse.status(405).headers()).containsEntry("Allow", "GET, POST")
                .containsEntry("Content-Type", "text/plain; charset=utf-8");
        assertThat(List.of(PushResponse.status(401), PushResponse.status(503), PushResponse.text(""),
                PushResponse.of(200, "text/xml; charset=utf-8", new byte[] {'<'})))
                .allSatisfy(r -> assertThat(r.contentType()).isNotBlank());
        assertThat(PushResponse.status(413).headers()).doesNotContainKey("Allow");
        assertThatThrownBy(() -> new PushResponse(200, java.util.Map.of("Allow", "GET"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Content-Type");
        assertThatThrownBy(() -> PushResponse.of(42, "text/plain", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("42");
    }

    @Test
    void transferToCustomerServiceTurnsTheEnvelopeAroundInTheMessagesFormat() {
        EventEnvelope envelope = new EventEnvelope("gh_shop", "oUser", 1, "text", null);
        PushMessage xml = new PushMessage(envelope, PushFields.empty(), PushFormat.XML, "<xml/>");
        PushMessage json = new PushMessage(envelope, PushFields.empty(), PushFormat.JSON, "{}");

        assertThat(((PushAnswer.Packet) PushAnswer.transferToCustomerService(xml, 1700000000L)).plaintext())
                .isEqualTo("<xml><ToUserName><![CDATA[oUser]]></ToUserName><FromUserName><![CDATA[gh_shop]]>"
                        + "</FromUserName><CreateTime>1700000000</CreateTime>"
                        + "<MsgType><![CDATA[transfer_customer_service]]></MsgType></xml>");
        assertThat(((PushAnswer.Packet) PushAnswer.transferToCustomerService(json, 1700000000L)).plaintext())
                .isEqualTo("{\"ToUserName\":\"oUser\",\"FromUserName\":\"gh_shop\",\"CreateTime\":1700000000,"
                        + "\"MsgType\":\"transfer_customer_service\"}");
        PushMessage forged = new PushMessage(new EventEnvelope("gh_shop", "o]]><x>", 1, "text", null),
                PushFields.empty(), PushFormat.XML, "<xml/>");
        assertThatThrownBy(() -> PushAnswer.transferToCustomerService(forged, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FromUserName");
        assertThatThrownBy(() -> PushAnswer.packet(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(forged.toString()).doesNotContain("x>");
    }
}
