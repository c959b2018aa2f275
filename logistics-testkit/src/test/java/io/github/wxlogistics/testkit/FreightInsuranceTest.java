package io.github.wxlogistics.testkit;

import static io.github.wxlogistics.testkit.WeChatCalls.errcode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.event.ClaimResultEvent;
import io.github.wxlogistics.event.PushFormat;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.model.insurance.PolicyStatus;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fake's freight insurance: its state rules and WeChat's codes, sent raw; the claim result pushed. */
class FreightInsuranceTest {

    private static final String I = "/wxa/business/insurance_freight/";
    private static final String PAY_ID = "4200000000000000000000000001";
    private static final String TOKEN = "MerchantPushToken";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private MutableClock clock = MutableClock.at(Instant.parse("2026-05-04T01:02:03Z"));
    private final PushReceivers receivers = new PushReceivers();
    private FakeWeChatServer server = FakeWeChatServer.builder().clock(clock).start();
    private WeChatCalls calls = new WeChatCalls(server);

    @AfterEach
    void close() {
        server.close();
        receivers.close();
    }

    private String order(String openid, String orderNo, long payTime, String waybill) {
        return "{\"openid\":\"" + openid + "\",\"order_no\":\"" + orderNo + "\",\"pay_time\":" + payTime
                + ",\"pay_amount\":9900,\"delivery_no\":\"" + waybill + "\","
                + "\"delivery_place\":{\"province\":\"广东省\",\"city\":\"广州市\",\"county\":\"海珠区\",\"address\":\"a\"},"
                + "\"receipt_place\":{\"province\":\"北京市\",\"city\":\"北京市\",\"county\":\"海淀区\",\"address\":\"b\"},"
                + "\"product_info\":{\"order_path\":\"pages/o\",\"goods_list\":[{\"name\":\"衣服\",\"url\":\"u\"}]}}";
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    private static String claim(String openid, String orderNo, String waybill) {
        return "{\"openid\":\"" + openid + "\",\"order_no\":\"" + orderNo + "\",\"refund_delivery_no\":\"" + waybill
                + "\",\"refund_company\":\"圆通速递\"}";
    }

    @Test
    void nothingButOpenWorksBeforeOpenAndOpenIsOnce() {
        assertThat(calls.get(I + "query_open").getInt("is_open")).isZero();
        assertThat(errcode(calls.post(I + "createorder", order("oBuyer", PAY_ID, now(), "SF1")))).isEqualTo(2004);
        assertThat(errcode(calls.post(I + "getsummary", "{\"begin_time\":1,\"end_time\":2}"))).isEqualTo(2004);
        assertThat(errcode(calls.get(I + "open"))).isZero();
        assertThat(calls.get(I + "query_open").getInt("is_open")).isEqualTo(1);
        assertThat(errcode(calls.get(I + "open"))).isEqualTo(2001);
        assertThat(errcode(calls.post(I + "open", "{}"))).as("open is a GET").isEqualTo(43002);
    }

    @Test
    void createOrderChecksItsFieldsThePayTimeAndDuplicates() {
        calls.get(I + "open");
        assertThat(errcode(calls.post(I + "createorder", order("", PAY_ID, now(), "SF1")))).isEqualTo(41009);
        assertThat(errcode(calls.post(I + "createorder", "{\"openid\":\"o\"}"))).isEqualTo(2);
        long old = now() - Duration.ofDays(3).plusMinutes(1).toSeconds();
        assertThat(errcode(calls.post(I + "createorder", order("oBuyer", PAY_ID, old, "SF1")))).isEqualTo(1010);
        assertThat(errcode(calls.post(I + "createorder", order("oBuyer", "12345", now(), "SF1")))).isEqualTo(2011);
        JsonObject policy = calls.post(I + "createorder", order("oBuyer", PAY_ID, now() - 60, "SF1"));
        assertThat(errcode(policy)).isZero();
        assertThat(policy.getString("policy_no")).startsWith("POL");
        assertThat(policy.getJsonNumber("premium").longValue()).isEqualTo(36);
        assertThat(policy.getString("insurance_end_date")).isEqualTo("2026-08-02 09:02:03");
        assertThat(errcode(calls.post(I + "createorder", order("oBuyer", PAY_ID.replace('1', '2'), now(), "SF1"))))
                .as("the same waybill").isEqualTo(1011);
        assertThat(errcode(calls.post(I + "createorder", order("oBuyer", PAY_ID, now(), "SF2"))))
                .as("the same order").isEqualTo(1011);
    }

    @Test
    void aClaimIsOnceByTheInsuredBuyerWithANewWaybillAndPolicyStatusesFollow() {
        calls.get(I + "open");
        calls.post(I + "createorder", order("oBuyer", PAY_ID, now(), "SF1"));
        server.freightInsurance().holdClaims(true);
        assertThat(errcode(calls.post(I + "claim", claim("oBuyer", PAY_ID.replace('1', '9'), "YT1")))).isEqualTo(2009);
        assertThat(errcode(calls.post(I + "claim", claim("oOther", PAY_ID, "YT1")))).isEqualTo(2011);
        assertThat(errcode(calls.post(I + "claim", claim("oBuyer", PAY_ID, "SF1")))).isEqualTo(1011);
        JsonObject claimed = calls.post(I + "claim", claim("oBuyer", PAY_ID, "YT1"));
        assertThat(errcode(claimed)).isZero();
        assertThat(claimed.getString("report_no")).startsWith("RPT");
        assertThat(errcode(calls.post(I + "claim", claim("oBuyer", PAY_ID, "YT2")))).isEqualTo(2007);
        assertThat(server.freightInsurance().policies()).containsEntry(PAY_ID, 4);
        JsonObject list = calls.post(I + "getorderlist", "{\"status_list\":[4],\"report_no\":\"" + claimed.getString("report_no") + "\"}");
        assertThat(list.getInt("total")).isEqualTo(1);
        assertThat(list.getJsonArray("list").getJsonObject(0).getString("refund_delivery_no")).isEqualTo("YT1");
        server.freightInsurance().rejectClaim(PAY_ID, "账户异常");
        assertThat(server.freightInsurance().policies()).containsEntry(PAY_ID, 6);
        assertThatThrownBy(() -> server.freightInsurance().settleClaim(PAY_ID)).isInstanceOf(IllegalStateException.class);
        JsonObject failed = calls.post(I + "getorderlist", "{\"order_no\":\"" + PAY_ID + "\"}").getJsonArray("list").getJsonObject(0);
        assertThat(failed.getInt("status")).isEqualTo(6);
        assertThat(failed.getString("pay_fail_reason")).isEqualTo("账户异常");
    }

    @Test
    void aPolicyExpiresAfterItsCoverAndCannotBeClaimedThen() {
        calls.get(I + "open");
        calls.post(I + "createorder", order("oBuyer", PAY_ID, now(), "SF1"));
        clock.advance(Duration.ofDays(91));
        calls = new WeChatCalls(server);   // the access token expired meanwhile
        assertThat(calls.post(I + "getorderlist", "{\"status_list\":[7]}").getInt("total")).isEqualTo(1);
        assertThat(errcode(calls.post(I + "claim", claim("oBuyer", PAY_ID, "YT1")))).isEqualTo(2009);
    }

    @Test
    void getOrderListFiltersSortsAndPages() {
        calls.get(I + "open");
        for (int i = 1; i <= 3; i++) {
            calls.post(I + "createorder", order("o" + (i % 2), PAY_ID.substring(0, 27) + i, now(), "SF" + i));
            clock.advance(Duration.ofSeconds(10));
        }
        JsonObject newest = calls.post(I + "getorderlist", "{\"sort_direct\":1,\"limit\":1,\"offset\":0}");
        assertThat(newest.getInt("total")).isEqualTo(3);
        assertThat(newest.getJsonArray("list").getJsonObject(0).getString("delivery_no")).isEqualTo("SF3");
        assertThat(calls.post(I + "getorderlist", "{\"openid\":\"o1\"}").getInt("total")).isEqualTo(2);
        assertThat(calls.post(I + "getorderlist", "{\"delivery_no\":\"SF2\"}").getInt("total")).isEqualTo(1);
        assertThat(calls.post(I + "getorderlist", "{\"begin_time\":" + (now() - 15) + "}").getInt("total")).isEqualTo(1);
        assertThat(errcode(calls.post(I + "getorderlist", "{\"limit\":101}"))).isEqualTo(2);
    }

    @Test
    void chargeOrdersArePaidCountedAndRefunded() {
        calls.get(I + "open");
        assertThat(errcode(calls.post(I + "createchargeid", "{\"quota\":1000001}"))).isEqualTo(2003);
        long orderId = calls.post(I + "createchargeid", "{\"quota\":20000}").getJsonNumber("order_id").longValueExact();
        assertThat(orderId).isGreaterThan(1L << 53);
        assertThat(calls.post(I + "applypay", "{\"order_id\":\"" + orderId + "\"}").getString("pay_url")).contains(Long.toString(orderId));
        assertThat(errcode(calls.post(I + "applypay", "{\"order_id\":\"1\"}"))).isEqualTo(2009);
        assertThat(calls.post(I + "getpayorderlist", "{\"status_list\":[1]}").getInt("total")).isEqualTo(1);
        assertThat(errcode(calls.post(I + "getpayorderlist", "{}"))).isEqualTo(2);
        server.freightInsurance().pay(orderId);
        calls.post(I + "createorder", order("oBuyer", PAY_ID, now(), "SF1"));
        JsonObject summary = calls.post(I + "getsummary", "{\"begin_time\":" + (now() - 60) + ",\"end_time\":" + (now() + 60) + "}");
        assertThat(summary.getInt("total")).isEqualTo(1);
        assertThat(summary.getJsonNumber("funds").longValue()).isEqualTo(20000 - 36);
        assertThat(summary.getBoolean("need_close")).isFalse();
        assertThat(errcode(calls.post(I + "refund", "{}"))).isZero();
        JsonObject refunded = calls.post(I + "getpayorderlist", "{\"status_list\":[6]}").getJsonArray("list").getJsonObject(0);
        assertThat(refunded.getInt("refund_status")).isEqualTo(4);
        assertThat(refunded.getJsonNumber("refund_amt").longValue()).isEqualTo(20000);
        assertThat(server.freightInsurance().funds()).isEqualTo(-36);
        assertThat(errcode(calls.post(I + "update_notify_funds", "{\"notify_funds\":500}"))).isZero();
        assertThat(errcode(calls.post(I + "update_notify_funds", "{}"))).isEqualTo(2);
    }

    static Stream<Arguments> modes() {
        return Stream.of(Arguments.of(PushMode.PLAINTEXT, PushFormat.XML), Arguments.of(PushMode.PLAINTEXT, PushFormat.JSON),
                Arguments.of(PushMode.SAFE, PushFormat.XML), Arguments.of(PushMode.SAFE, PushFormat.JSON));
    }

    @ParameterizedTest
    @MethodSource("modes")
    void aSettledClaimIsPushedToTheMerchantTyped(PushMode mode, PushFormat format) throws InterruptedException {
        server.close();
        clock = MutableClock.startingNow();   // the receiver refuses a push whose timestamp is far from its own clock
        String key = PushReceivers.newAesKey();
        LinkedBlockingQueue<ClaimResultEvent> seen = new LinkedBlockingQueue<>();
        PushReceiver.Builder receiver = PushReceiver.builder().token(TOKEN).on(ClaimResultEvent.class, seen::add);
        if (mode == PushMode.SAFE) {
            receiver.encodingAesKey(key).appId("wxtest");
        }
        URI url = receivers.start(receiver.build());
        PushEndpoint.Builder endpoint = PushEndpoint.builder(url).token(TOKEN).mode(mode).format(format);
        if (mode == PushMode.SAFE) {
            endpoint.encodingAesKey(key);
        }
        server = FakeWeChatServer.builder().clock(clock).merchantPush(endpoint.build()).start();
        calls = new WeChatCalls(server);
        calls.get(I + "open");
        calls.post(I + "createorder", order("oBuyer", PAY_ID, now(), "SF1"));
        assertThat(errcode(calls.post(I + "claim", claim("oBuyer", PAY_ID, "YT1")))).isZero();

        ClaimResultEvent push = seen.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(push).as("a claim result within " + WAIT + "; pushes: " + server.pushes()).isNotNull();
        assertThat(push.orderNo()).isEqualTo(PAY_ID);
        assertThat(push.status()).isEqualTo(PolicyStatus.CLAIM_SUCCEEDED);
        assertThat(push.finishTime()).isEqualTo(now());
        assertThat(push.envelope().fromUserName()).isEqualTo("oBuyer");
        assertThat(push.fields().has("upload_event")).isTrue();
        assertThat(server.freightInsurance().policies()).containsEntry(PAY_ID, 5);
    }
}
