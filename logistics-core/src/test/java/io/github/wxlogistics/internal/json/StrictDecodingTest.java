package io.github.wxlogistics.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.model.AddOrderResponse;
import io.github.wxlogistics.model.BatchGetOrderResponse;
import io.github.wxlogistics.model.CancelOrderResponse;
import io.github.wxlogistics.model.GetAllAccountResponse;
import io.github.wxlogistics.model.GetAllDeliveryResponse;
import io.github.wxlogistics.model.GetContactResponse;
import io.github.wxlogistics.model.GetOrderResponse;
import io.github.wxlogistics.model.GetPathResponse;
import io.github.wxlogistics.model.GetPrinterResponse;
import io.github.wxlogistics.model.GetQuotaResponse;
import io.github.wxlogistics.model.PreviewTemplateResponse;
import io.github.wxlogistics.spi.DecodedReply;
import io.github.wxlogistics.support.Golden;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Replies that would hang the parser, narrow a number or drop data end in a DecodeException that says where. */
class StrictDecodingTest {

    private static final Map<String, Class<?>> GOLDEN_REPLIES = Map.ofEntries(
            Map.entry("addOrder-response", AddOrderResponse.class),
            Map.entry("batchGetOrder-response", BatchGetOrderResponse.class),
            Map.entry("cancelOrder-response", CancelOrderResponse.class),
            Map.entry("getAllAccount-response", GetAllAccountResponse.class),
            Map.entry("getAllDelivery-response", GetAllDeliveryResponse.class),
            Map.entry("getContact-response", GetContactResponse.class),
            Map.entry("getOrder-response", GetOrderResponse.class),
            Map.entry("getPath-response", GetPathResponse.class),
            Map.entry("getPrinter-response", GetPrinterResponse.class),
            Map.entry("getQuota-response", GetQuotaResponse.class),
            Map.entry("previewTemplate-response", PreviewTemplateResponse.class));

    private final JsonbCodec codec = JsonbCodec.create();

    private <T> T decode(String json, Class<T> type) {
        DecodedReply<T> reply = codec.decodeReply(json.getBytes(StandardCharsets.UTF_8), type);
        return reply.value();
    }

    @Test
    void anUnclosedArrayOfAnUnmappedMemberFailsAtOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> decode("{\"a\":[", GetPathResponse.class))
                        .isInstanceOf(DecodeException.class).hasMessageContaining("ends before the JSON is complete"));
    }

    @Test
    void everyGoldenReplyTruncatedAtEveryByteOffsetIsADecodeException() {
        int cases = 0;
        for (var golden : GOLDEN_REPLIES.entrySet()) {
            byte[] full = Golden.text(golden.getKey()).strip().getBytes(StandardCharsets.UTF_8);
            assertThat(codec.decodeReply(full, golden.getValue()).value()).as(golden.getKey()).isNotNull();
            for (int length = 0; length < full.length; length++) {
                byte[] cut = Arrays.copyOf(full, length);
                String what = golden.getKey() + " cut at " + length;
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                        () -> codec.decodeReply(cut, golden.getValue()).value()).as(what)
                        .isInstanceOf(DecodeException.class), what);
                cases++;
            }
        }
        assertThat(cases).isGreaterThan(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "4294967296", "1e400", "2147483648", "-2147483649", "\"0\"", "true"})
    void anErrcodeThatIsNotA32BitIntegerIsNeverReadAsSuccess(String errcode) {
        assertThatThrownBy(() -> codec.decodeReply(("{\"errcode\":" + errcode + "}").getBytes(StandardCharsets.UTF_8),
                GetPathResponse.class)).isInstanceOf(DecodeException.class).hasMessageContaining("errcode");
    }

    @Test
    void integerMembersAreNeverNarrowed() {
        assertThatThrownBy(() -> decode("{\"path_item_num\":4294967299}", GetPathResponse.class))
                .isInstanceOf(DecodeException.class).hasMessageContaining("path_item_num").hasMessageContaining("4294967299");
        assertThatThrownBy(() -> decode("{\"path_item_num\":1,\"path_item_list\":[{\"action_time\":1.5}]}",
                GetPathResponse.class))
                .isInstanceOf(DecodeException.class).hasMessageContaining("path_item_list[0].action_time");
        assertThatThrownBy(() -> decode("{\"path_item_num\":1,\"path_item_list\":[{\"action_time\":1,"
                + "\"action_type\":4294967296}]}", GetPathResponse.class))
                .isInstanceOf(DecodeException.class).hasMessageContaining("path_item_list[0].action_type");
        assertThatThrownBy(() -> decode("{\"order_list\":[{\"errcode\":2147483648}]}", BatchGetOrderResponse.class))
                .isInstanceOf(DecodeException.class).hasMessageContaining("order_list[0].errcode");
    }

    @Test
    void theQuotaKeepsEveryDigitAndFraction() {
        assertThat(decode("{\"quota_num\":9223372036854775808}", GetQuotaResponse.class).quotaNum())
                .isEqualByComparingTo("9223372036854775808");
        assertThat(decode("{\"quota_num\":12.5}", GetQuotaResponse.class).quotaNum()).isEqualByComparingTo("12.5");
    }

    @Test
    void aNumberTheDocumentsAlwaysSendIsAnErrorWhenAbsentNotZero() {
        assertThatThrownBy(() -> decode("{}", GetQuotaResponse.class)).isInstanceOf(DecodeException.class)
                .hasMessageContaining("quota_num is missing");
        assertThatThrownBy(() -> decode("{\"path_item_list\":[]}", GetPathResponse.class))
                .isInstanceOf(DecodeException.class).hasMessageContaining("path_item_num is missing");
        assertThatThrownBy(() -> decode("{\"path_item_num\":1,\"path_item_list\":[{\"action_type\":100001}]}",
                GetPathResponse.class)).isInstanceOf(DecodeException.class)
                .hasMessageContaining("path_item_list[0].action_time is missing");
    }

    @Test
    void aNumberThatMayBeAbsentIsNullNotZero() {
        var delivery = decode("{\"count\":1,\"data\":[{\"delivery_id\":\"YTO\"}]}",
                io.github.wxlogistics.model.GetAllDeliveryResponse.class).data().get(0);
        assertThat(delivery.canUseCash()).isNull();
        assertThat(delivery.canGetQuota()).isNull();
        var cancel = decode("{\"errcode\":0}", CancelOrderResponse.class);
        assertThat(cancel.deliveryResultcode()).isNull();
    }

    @Test
    void aNonObjectInAListOfRecordsIsAnErrorNotSkipped() {
        assertThatThrownBy(() -> decode("{\"waybill_data\":[\"7\",{}]}", AddOrderResponse.class))
                .isInstanceOf(DecodeException.class).hasMessageContaining("waybill_data[0]").hasMessageContaining("object");
        assertThatThrownBy(() -> decode("{\"waybill_data\":{}}", GetOrderResponse.class))
                .isInstanceOf(DecodeException.class).hasMessageContaining("waybill_data").hasMessageContaining("array");
    }

    @Test
    void aTopLevelArrayIsRefused() {
        assertThatThrownBy(() -> decode("[{}]", GetPathResponse.class))
                .isInstanceOf(DecodeException.class).hasMessageContaining("array");
    }

    @Test
    void invalidUtf8IsRefusedWithItsByteOffset() {
        byte[] body = "{\"xy\":1}".getBytes(StandardCharsets.UTF_8);
        body[3] = (byte) 0xC3;   // a lead byte followed by an ASCII byte: malformed, inside a member name
        assertThatThrownBy(() -> codec.decodeReply(body, GetPathResponse.class))
                .isInstanceOf(DecodeException.class).hasMessageContaining("UTF-8").hasMessageContaining("byte offset 3");
    }

    @Test
    void aRawControlCharacterInsideAStringIsKept() {
        GetPathResponse path = decode("{\"path_item_num\":1,\"path_item_list\":[{\"action_time\":1,\"action_type\":100001,"
                + "\"action_msg\":\"a\bb\tc\"}],\n\"waybill_id\":\"w\"}", GetPathResponse.class);
        assertThat(path.pathItemList().get(0).actionMsg()).isEqualTo("a\bb\tc");
        assertThat(path.waybillId()).isEqualTo("w");
    }

    @Test
    void anOffsetIsCountedInTheRepliesOwnCharactersEvenAfterControlCharactersWereEscaped() {
        String body = "{\"a\":\"\u0001\u0001\u0001\u0001\"x}";   // 14 characters, the error at the x
        assertThatThrownBy(() -> decode(body, GetPathResponse.class)).isInstanceOfSatisfying(DecodeException.class, e -> {
            long offset = Long.parseLong(e.getMessage().replaceAll(".*character offset (\\d+).*", "$1"));
            assertThat(offset).isBetween(10L, 14L);
        });
    }

    @Test
    void componentNamesFollowTheSnakeCaseStrategy() {
        assertThat(ShapeCheck.jsonName("spaceX")).isEqualTo("space_x");
        assertThat(ShapeCheck.jsonName("deliveryResultcode")).isEqualTo("delivery_resultcode");
        assertThat(ShapeCheck.jsonName("count")).isEqualTo("count");
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 1_000, 100_000})
    void aReplyNestedTooDeeplyIsADecodeExceptionNotAParserCrash(int depth) {
        for (String[] brackets : new String[][] {{"[", "]"}, {"{\"a\":", "}"}}) {
            String json = "{\"errcode\":0,\"x\":" + brackets[0].repeat(depth) + "1" + brackets[1].repeat(depth) + "}";
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> decode(json, GetPathResponse.class))
                    .isInstanceOf(DecodeException.class).hasMessageContaining("deeper than 64 levels"));
        }
    }

    @Test
    void nestingUpToTheBoundIsRead() {
        String json = "{\"errcode\":0,\"x\":" + "[".repeat(63) + "1" + "]".repeat(63) + ",\"waybill_id\":\"w\",\"path_item_num\":0}";
        assertThat(decode(json, GetPathResponse.class).waybillId()).isEqualTo("w");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e18", "1E2", "-0", "0.0000001", "123", "true", "[\"w\"]"})
    void aTextMemberHoldingAnythingButAStringIsRefusedNotReRendered(String value) {
        assertThatThrownBy(() -> decode("{\"errcode\":0,\"waybill_id\":" + value + "}", GetPathResponse.class))
                .isInstanceOf(DecodeException.class).hasMessageStartingWith("waybill_id must be a JSON string, was ")
                .hasMessageContaining("refused rather than re-rendered");
    }

    @Test
    void aNumberInATextListIsRefusedWithItsIndex() {
        assertThatThrownBy(() -> decode("{\"errcode\":0,\"count\":2,\"openid\":[\"a\",1e3]}", GetPrinterResponse.class))
                .isInstanceOf(DecodeException.class).hasMessageStartingWith("openid[1] must be a JSON string, was a number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"", "{\"errcode\":0,\"x\"", "{\"errcode\":0,"})
    void aBodyThatEndsEarlySaysSoInsteadOfAnOffsetPastItsEnd(String body) {
        assertThatThrownBy(() -> decode(body, GetPathResponse.class)).isInstanceOf(DecodeException.class)
                .hasMessage("body is not valid JSON: it ends before the JSON is complete (" + body.length() + " bytes)");
    }

    @Test
    void anOffsetInsideTheBodyIsKept() {
        assertThatThrownBy(() -> decode("{\"errcode\":0,]}", GetPathResponse.class)).isInstanceOf(DecodeException.class)
                .hasMessage("body is not valid JSON at character offset 13 (15 bytes)");
    }
}
