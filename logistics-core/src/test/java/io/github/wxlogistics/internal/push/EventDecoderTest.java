package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.BusinessBindResultEvent;
import io.github.wxlogistics.event.CancelWaybillEvent;
import io.github.wxlogistics.event.CheckBizEvent;
import io.github.wxlogistics.event.EventEnvelope;
import io.github.wxlogistics.event.GetQuotaEvent;
import io.github.wxlogistics.event.PushEvent;
import io.github.wxlogistics.event.PushFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.wxlogistics.internal.push.PushRejectedException.Reason;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.Cargo;
import io.github.wxlogistics.model.CargoDetail;
import io.github.wxlogistics.model.Insured;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.ServiceType;
import io.github.wxlogistics.support.EventFixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The XML and JSON samples of all seven events decode to the same typed values, read field by field. */
class EventDecoderTest {

    private final PushBodies bodies = PushBodies.create();

    @ParameterizedTest
    @ValueSource(strings = {"xml", "json"})
    void addExpressPath(String format) {
        AddExpressPathEvent event = EventDecoder.addExpressPath(fields("add_express_path", format));

        assertThat(event.envelope()).isEqualTo(new EventEnvelope("toUser", "fromUser", 1546924844L, "event",
                "add_express_path"));
        assertThat(event.deliveryId()).isEqualTo("SF");
        assertThat(event.waybillId()).isEqualTo("123456789");
        assertThat(event.orderId()).isEqualTo("123456");
        assertThat(event.version()).isEqualTo(3L);
        assertThat(event.count()).isEqualTo(3);
        assertThat(event.actions()).extracting(a -> a.actionTime(), a -> a.actionType(), a -> a.actionMsg())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1546924840L, ActionType.PICKED_UP, "小哥A揽件成功"),
                        org.assertj.core.groups.Tuple.tuple(1546924841L, ActionType.IN_TRANSIT, "到达广州集包地"),
                        org.assertj.core.groups.Tuple.tuple(1546924842L, ActionType.IN_TRANSIT, "运往目的地"));
        assertThat(event.actions().get(0).fields().text("Lat")).hasValue("23.1066");
        assertThat(event.actions().get(0).fields().text("Lng")).hasValue("113.3245");
        assertThat(event.actions().get(1).fields().has("Lat")).isFalse();
        assertThat(event.actions().get(0).actionInstant()).isEqualTo(java.time.Instant.parse("2019-01-08T05:20:40Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "json"})
    void businessBindResult(String format) {
        BusinessBindResultEvent event = EventDecoder.businessBindResult(fields("update_business_bind_result", format));

        assertThat(event.envelope().event()).isEqualTo("update_business_bind_result");
        assertThat(event.deliveryId()).isEqualTo("EMS");
        assertThat(event.bizId()).isEqualTo("1234567");
        assertThat(event.errcode()).isZero();
        assertThat(event.errmsg()).isEqualTo("ok");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "json"})
    void addWaybill(String format) {
        AddWaybillEvent event = EventDecoder.addWaybill(fields("add_waybill", format));

        assertThat(event.envelope()).isEqualTo(new EventEnvelope("gh_abcdefg", "oABCD", 1533042556L, "event",
                "add_waybill"));
        assertThat(event.token()).isEqualTo("1234ABC234523451");
        assertThat(event.orderId()).isEqualTo("012345678901234567890123456789");
        assertThat(event.bizId()).isEqualTo("xyz");
        assertThat(event.bizPwd()).isEqualTo("xyz123");
        assertThat(event.shopAppId()).isEqualTo("wxABCD");
        assertThat(event.waybillId()).isEqualTo("123456789");
        assertThat(event.courierAssignsWaybillId()).isFalse();
        assertThat(event.remark()).isEqualTo("易碎物品");
        assertThat(event.sender()).isEqualTo(new Person("张三", "020-88888888", "18666666666", "公司名", "123456", "中国",
                "广东省", "广州市", "海珠区", "XX路XX号XX大厦XX栋XX"));
        assertThat(event.receiver()).isEqualTo(new Person("王小蒙", "029-77777777", "18610000000", "公司名", "654321",
                "中国", "广东省", "广州市", "天河区", "XX路XX号XX大厦XX栋XX"));
        Cargo cargo = event.cargo();
        assertThat(cargo.count()).isEqualTo(2);
        assertThat(cargo.weight()).isEqualTo(new BigDecimal("1.2"));
        assertThat(cargo.spaceX()).isEqualTo(new BigDecimal("20.5"));
        assertThat(cargo.spaceY()).isEqualByComparingTo("15");
        assertThat(cargo.spaceZ()).isEqualByComparingTo("10");
        assertThat(cargo.detailList()).containsExactly(new CargoDetail("一千零一夜钻石包", 1),
                new CargoDetail("爱马仕柏金钻石包", 1));
        assertThat(event.insured()).isEqualTo(new Insured(1, 10000L));
        assertThat(event.service()).isEqualTo(new ServiceType(0, "标准快递"));
        assertThat(event.fields().text("ExtraTag")).hasValue("kept");
        assertThat(event.toString()).doesNotContain("xyz123").doesNotContain("1234ABC234523451");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "json"})
    void cancelWaybill(String format) {
        CancelWaybillEvent event = EventDecoder.cancelWaybill(fields("cancel_waybill", format));

        assertThat(event.envelope().event()).isEqualTo("cancel_waybill");
        assertThat(event.orderId()).isEqualTo("012345678901234567890123456789");
        assertThat(event.bizId()).isEqualTo("xyz");
        assertThat(event.bizPwd()).isEqualTo("xyz123");
        assertThat(event.shopAppId()).isEqualTo("wxABCD");
        assertThat(event.waybillId()).isEqualTo("123456789");
        assertThat(event.toString()).doesNotContain("xyz123");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "json"})
    void checkBiz(String format) {
        CheckBizEvent event = EventDecoder.checkBiz(fields("check_biz", format));

        assertThat(event).isEqualTo(new CheckBizEvent(
                new EventEnvelope("gh_abcdefg", "oABCD", 1533042556L, "event", "check_biz"), "xyz", "xyz123", "wxABCD",
                "商户名称", "18677778888", "村正", "标准快递", "广东省", "广州市", "海珠区", "新港中路397号", event.fields()));
        assertThat(event.toString()).doesNotContain("xyz123").contains("18677778888");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "json"})
    void getQuota(String format) {
        GetQuotaEvent event = EventDecoder.getQuota(fields("get_quota", format));

        assertThat(event).isEqualTo(new GetQuotaEvent(
                new EventEnvelope("gh_abcdefg", "oABCD", 1533042556L, "event", "get_quota"), "xyz", "xyz123", "wxABCD",
                event.fields()));
        assertThat(event.toString()).doesNotContain("xyz123");
    }

    @Test
    void bothFormatsOfEverySampleGiveEqualTypedValues() {
        List<Function<PushFields, PushEvent<?>>> decoders = List.of(EventDecoder::addExpressPath,
                EventDecoder::businessBindResult, EventDecoder::addWaybill, EventDecoder::cancelWaybill,
                EventDecoder::checkBiz, EventDecoder::getQuota, EventDecoder::claimResult);
        for (int i = 0; i < decoders.size(); i++) {
            String name = EventFixtures.EVENTS.get(i);
            PushEvent<?> xml = decoders.get(i).apply(fields(name, "xml"));
            PushEvent<?> json = decoders.get(i).apply(fields(name, "json"));
            assertThat(json).as(name).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .ignoringFieldsOfTypes(PushFields.class)
                    .isEqualTo(xml);
            assertThat(EventDecoder.eventName(xml.fields())).isEqualTo(name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "json"})
    void claimResultReadsItsFieldsInsideUploadEvent(String format) {
        io.github.wxlogistics.event.ClaimResultEvent event = EventDecoder.claimResult(fields("wxainsurance_claim_result", format));

        assertThat(event.envelope()).isEqualTo(new EventEnvelope("gh_abcdefg", "oABCD", 1234455555L, "event",
                "wxainsurance_claim_result"));
        assertThat(event.orderNo()).isEqualTo("42000021662024041000000000000");
        assertThat(event.status()).isEqualTo(io.github.wxlogistics.model.insurance.PolicyStatus.CLAIM_FAILED);
        assertThat(event.succeeded()).isFalse();
        assertThat(event.finishTime()).isEqualTo(1234455555L);
        assertThat(event.payFailReason()).isEqualTo("用户零钱账户异常");
    }

    @Test
    void claimResultAlsoReadsFieldsAtTheTopLevelAndRefusesAFractionalStatus() {
        io.github.wxlogistics.event.ClaimResultEvent flat = EventDecoder.claimResult(parse(
                "<xml><Event>wxainsurance_claim_result</Event><OrderNo>42</OrderNo><Status>5</Status></xml>"));
        assertThat(flat.orderNo()).isEqualTo("42");
        assertThat(flat.succeeded()).isTrue();
        assertThat(flat.finishTime()).isZero();
        assertThatThrownBy(() -> EventDecoder.claimResult(parse(
                "{\"Event\":\"wxainsurance_claim_result\",\"upload_event\":{\"OrderNo\":\"42\",\"Status\":5.5}}")))
                .isInstanceOf(PushRejectedException.class).hasMessageContaining("upload_event.Status");
    }

    @Test
    void eventNamesAreCaseInsensitive() {
        assertThat(EventDecoder.eventName(parse("<xml><Event> Add_WayBill </Event></xml>"))).isEqualTo("add_waybill");
        assertThat(EventDecoder.eventName(parse("{\"MsgType\":\"text\"}"))).isEmpty();
    }

    @Test
    void aFractionWhereAnIntegerBelongsIsRefusedByName() {
        assertMalformed(() -> EventDecoder.envelope(parse("{\"CreateTime\": 1546924844.5}")),
                "CreateTime must be an integer");
        assertMalformed(() -> EventDecoder.addExpressPath(parse(
                "<xml><Actions><ActionType>1</ActionType></Actions><Actions><ActionType>1.5</ActionType></Actions></xml>")),
                "Actions[1].ActionType must be an integer");
    }

    @Test
    void anOutOfRangeNumberIsRefusedNotNarrowed() {
        assertMalformed(() -> EventDecoder.addExpressPath(parse(
                "{\"Actions\": [{\"ActionType\": 4294967297}]}")), "Actions[0].ActionType must be an integer in the range of a 32-bit");
        assertMalformed(() -> EventDecoder.envelope(parse("{\"CreateTime\": 1e30}")),
                "CreateTime must be an integer in the range of a 64-bit");
        assertMalformed(() -> EventDecoder.addWaybill(parse("<xml><Cargo><Weight>1e999999</Weight></Cargo></xml>")),
                "Cargo.Weight is a number out of range");
        assertMalformed(() -> EventDecoder.addWaybill(parse("<xml><Insured><InsuredValue>ten</InsuredValue></Insured></xml>")),
                "Insured.InsuredValue is not a number");
    }

    @Test
    void integralValuesWrittenWithAFractionOrAsStringsAreAccepted() {
        assertThat(EventDecoder.envelope(parse("{\"CreateTime\": \"1533042556\"}")).createTime()).isEqualTo(1533042556L);
        assertThat(EventDecoder.envelope(parse("{\"CreateTime\": 1533042556.0}")).createTime()).isEqualTo(1533042556L);
    }

    private void assertMalformed(Runnable decode, String detail) {
        PushRejectedException refused = catchThrowableOfType(PushRejectedException.class, decode::run);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(refused.detail()).startsWith(detail);
    }

    private PushFields fields(String event, String format) {
        PushBodies.Parsed parsed = bodies.parse(EventFixtures.bytes(event, format));
        assertThat(parsed.format().name()).isEqualToIgnoringCase(format);
        return parsed.fields();
    }

    private PushFields parse(String body) {
        return bodies.parse(body.getBytes(StandardCharsets.UTF_8)).fields();
    }
}
