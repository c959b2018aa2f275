package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.error.HttpStatusException;
import io.github.wxlogistics.error.ValidationException;
import io.github.wxlogistics.internal.call.Endpoint;
import io.github.wxlogistics.internal.call.Endpoints;
import io.github.wxlogistics.internal.call.Safety;
import io.github.wxlogistics.model.insurance.ApplyPayRequest;
import io.github.wxlogistics.model.insurance.ChargeIdRequest;
import io.github.wxlogistics.model.insurance.ChargeOrderStatus;
import io.github.wxlogistics.model.insurance.ClaimRequest;
import io.github.wxlogistics.model.insurance.InsuranceAddress;
import io.github.wxlogistics.model.insurance.InsuranceGoods;
import io.github.wxlogistics.model.insurance.InsuranceOrderRequest;
import io.github.wxlogistics.model.insurance.InsuranceProductInfo;
import io.github.wxlogistics.model.insurance.NotifyFundsRequest;
import io.github.wxlogistics.model.insurance.PayOrderListRequest;
import io.github.wxlogistics.model.insurance.Policy;
import io.github.wxlogistics.model.insurance.PolicyListRequest;
import io.github.wxlogistics.model.insurance.PolicyListResponse;
import io.github.wxlogistics.model.insurance.PolicyStatus;
import io.github.wxlogistics.model.insurance.SummaryRequest;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.support.Golden;
import io.github.wxlogistics.support.ScriptedTransport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Freight insurance through a scripted transport: method, path and body of each call, validation
 * before sending, the snake_case and camelCase getorderlist replies, safety and the errcode predicates.
 */
class FreightInsuranceCallsTest {

    private static final String HOST = "https://api.weixin.qq.com";
    private static final String PATH = "/wxa/business/insurance_freight/";
    private static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";

    private final ScriptedTransport transport = new ScriptedTransport();
    private final LogisticsClient client = LogisticsClient.builder().accessToken("ACCESS_TOKEN").transport(transport)
            .retryPolicy(RetryPolicy.none()).build();

    @AfterEach
    void close() {
        client.close();
    }

    static InsuranceOrderRequest order(long payTime) {
        InsuranceAddress from = InsuranceAddress.builder().province("广东省").city("广州市").county("海珠区")
                .address("新港中路1号").build();
        InsuranceAddress to = InsuranceAddress.builder().province("北京市").city("北京市").county("海淀区")
                .address("中关村1号").build();
        return InsuranceOrderRequest.builder().openid("oBuyer").orderNo("4200000000000000000000000001")
                .payTime(payTime).payAmount(9900).deliveryNo("SF1234567890").deliveryPlace(from).receiptPlace(to)
                .productInfo(InsuranceProductInfo.of("pages/order?id=1", InsuranceGoods.of("衣服", "https://example.com/a.png")))
                .build();
    }

    private void assertSent(String method, String call, String json) {
        TransportRequest sent = transport.requests().get(transport.requests().size() - 1);
        assertThat(transport.count(PATH + call)).as(call + " requests").isEqualTo(1);
        assertThat(sent.method()).as(call).isEqualTo(method);
        assertThat(sent.uri().toString()).isEqualTo(HOST + PATH + call + "?access_token=ACCESS_TOKEN");
        if (json == null) {
            assertThat(sent.body()).as(call + " body").isNullOrEmpty();
        } else {
            assertThat(Golden.parse(new String(sent.body(), StandardCharsets.UTF_8))).as(call + " body")
                    .isEqualTo(Golden.parse(json));
        }
    }

    @Test
    void openAndQueryOpenAreGetsWithoutABody() {
        transport.enqueue(200, OK);
        client.freightInsurance().open();
        assertSent("GET", "open", null);
        transport.enqueue(200, "{\"errcode\":0,\"is_open\":1}");
        assertThat(client.freightInsurance().queryOpen().opened()).isTrue();
        assertSent("GET", "query_open", null);
    }

    @Test
    void createOrderPostsEveryFieldInFenAndSeconds() {
        long paid = Instant.now().minus(Duration.ofHours(1)).getEpochSecond();
        transport.enqueue(200, """
                {"errcode":0,"policy_no":"P1","insurance_end_date":"2026-12-31 23:59:59","estimate_amount":1000,"premium":36}""");
        var policy = client.freightInsurance().createOrder(order(paid));
        assertThat(policy.policyNo()).isEqualTo("P1");
        assertThat(policy.premium()).isEqualTo(36);
        assertThat(policy.estimateAmount()).isEqualTo(1000);
        assertSent("POST", "createorder", """
                {"openid":"oBuyer","order_no":"4200000000000000000000000001","pay_time":%d,"pay_amount":9900,
                 "delivery_no":"SF1234567890",
                 "delivery_place":{"province":"广东省","city":"广州市","county":"海珠区","address":"新港中路1号"},
                 "receipt_place":{"province":"北京市","city":"北京市","county":"海淀区","address":"中关村1号"},
                 "product_info":{"order_path":"pages/order?id=1","goods_list":[{"name":"衣服","url":"https://example.com/a.png"}]}}"""
                .formatted(paid));
    }

    @Test
    void aCreateOrderMissingFieldsNeverLeavesTheClientAndNamesEachOne() {
        InsuranceOrderRequest empty = InsuranceOrderRequest.builder().build();
        assertThatThrownBy(() -> client.freightInsurance().createOrder(empty))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
                        .contains("openid", "order_no", "pay_time", "pay_amount", "delivery_no", "delivery_place",
                                "receipt_place", "product_info"));
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void payTimeMustLieWithinThreeDaysAndBeSeconds() {
        long old = Instant.now().minus(Duration.ofDays(3)).minus(Duration.ofMinutes(5)).getEpochSecond();
        assertThatThrownBy(() -> client.freightInsurance().createOrder(order(old)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("pay_time")
                .hasMessageContaining("within the last 3 days");
        long millis = Instant.now().toEpochMilli();
        assertThatThrownBy(() -> client.freightInsurance().createOrder(order(millis)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("milliseconds?");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void theOtherWritesPostTheirFields() {
        transport.enqueue(200, "{\"errcode\":0,\"report_no\":\"R1\",\"is_home_pick_up\":0}");
        assertThat(client.freightInsurance().claim(ClaimRequest.builder().openid("oBuyer").orderNo("42001")
                .refundDeliveryNo("YT1").refundCompany("圆通速递").build()).reportNo()).isEqualTo("R1");
        assertSent("POST", "claim", """
                {"openid":"oBuyer","order_no":"42001","refund_delivery_no":"YT1","refund_company":"圆通速递"}""");

        transport.enqueue(200, "{\"errcode\":0,\"order_id\":2915235720603123714}");
        long orderId = client.freightInsurance().createChargeId(ChargeIdRequest.of(20000)).orderId();
        assertThat(orderId).isEqualTo(2915235720603123714L);
        assertSent("POST", "createchargeid", "{\"quota\":20000}");

        // order_id as a JSON string: sent as a number it was answered 10021.
        transport.enqueue(200, "{\"errcode\":0,\"pay_url\":\"https://pay.example/1\"}");
        assertThat(client.freightInsurance().applyPay(ApplyPayRequest.of(orderId)).payUrl()).isEqualTo("https://pay.example/1");
        assertSent("POST", "applypay", "{\"order_id\":\"2915235720603123714\"}");

        transport.enqueue(200, OK);
        client.freightInsurance().refund();
        assertSent("POST", "refund", "{}");

        transport.enqueue(200, OK);
        client.freightInsurance().updateNotifyFunds(NotifyFundsRequest.of(0));
        assertSent("POST", "update_notify_funds", "{\"notify_funds\":0}");
    }

    @Test
    void theReadsPostTheirFiltersAndDecodeCodesAndMoney() {
        transport.enqueue(200, """
                {"errcode":0,"total":1,"list":[{"order_id":2915235720603123714,"order_status":2,"total_price":20000,
                 "create_time":1700000000,"pay_time":1700000100,"can_refund":1,"refund_time":0,"refund_status":1,"refund_amt":0}]}""");
        var orders = client.freightInsurance().getPayOrderList(PayOrderListRequest.builder()
                .statusList(ChargeOrderStatus.PAID, ChargeOrderStatus.IN_USE).offset(0).limit(10).build());
        assertThat(orders.list().get(0).orderStatus()).isEqualTo(ChargeOrderStatus.PAID);
        assertThat(orders.list().get(0).orderId()).isEqualTo(2915235720603123714L);
        assertSent("POST", "getpayorderlist", "{\"status_list\":[2,3],\"offset\":0,\"limit\":10}");

        transport.enqueue(200, """
                {"errcode":0,"total":3,"claim_num":1,"claim_succ_num":1,"premium":108,"funds":19892,"need_close":false}""");
        var summary = client.freightInsurance().getSummary(new SummaryRequest(1700000000L, 1700086400L));
        assertThat(summary.funds()).isEqualTo(19892);
        assertThat(summary.needClose()).isFalse();
        assertSent("POST", "getsummary", "{\"begin_time\":1700000000,\"end_time\":1700086400}");

        transport.enqueue(200, """
                {"errcode":0,"total":1,"list":[{"order_no":"42001","policy_no":"P1","report_no":"","delivery_no":"SF1",
                 "refund_delivery_no":"","premium":36,"estimate_amount":1000,"status":2,"pay_fail_reason":"",
                 "pay_finish_time":0,"is_home_pick_up":0}]}""");
        PolicyListResponse policies = client.freightInsurance().getOrderList(PolicyListRequest.builder()
                .orderNo("42001").statusList(PolicyStatus.COVERED).sortDirect(1).limit(100).build());
        assertThat(policies.list()).extracting(Policy::policyNo, Policy::status, Policy::deliveryNo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P1", PolicyStatus.COVERED, "SF1"));
        assertSent("POST", "getorderlist", "{\"order_no\":\"42001\",\"status_list\":[2],\"sort_direct\":1,\"limit\":100}");
    }

    @Test
    void getOrderListReadsTheCamelCaseReplyWeChatWasSeenSending() {
        // The reply quoted on WeChat's community (personal/oCJUswyvCf1PzDYtT-mcrJtRxJQQ/answer), "deliverNo" and all.
        transport.enqueue(200, """
                {"errcode":0,"errmsg":"ok","total":1,"list":[{"orderNo":"4200002086202401304285162930",
                 "policyNo":"10524019101174998679","reportNo":"","deliverNo":null,"refundDeliveryNo":"JDX023887839970",
                 "premium":36,"estimateAmount":800,"status":2,"payFailReason":"","payFinishTime":0}]}""");
        Policy policy = client.freightInsurance().getOrderList(PolicyListRequest.builder().build()).list().get(0);
        assertThat(policy.orderNo()).isEqualTo("4200002086202401304285162930");
        assertThat(policy.policyNo()).isEqualTo("10524019101174998679");
        assertThat(policy.deliveryNo()).isNull();
        assertThat(policy.refundDeliveryNo()).isEqualTo("JDX023887839970");
        assertThat(policy.estimateAmount()).isEqualTo(800L);
        assertThat(policy.status()).isEqualTo(PolicyStatus.COVERED);
        assertThat(policy.payFinishTime()).isZero();
    }

    @Test
    void bothSpellingsWithDifferentValuesAreRefusedNotChosen() {
        transport.enqueue(200, "{\"errcode\":0,\"total\":1,\"list\":[{\"order_no\":\"A\",\"orderNo\":\"B\"}]}");
        assertThatThrownBy(() -> client.freightInsurance().getOrderList(PolicyListRequest.builder().build()))
                .isInstanceOf(DecodeException.class).hasMessageContaining("insurance_freight_getorderlist")
                .hasMessageContaining("list[0].orderNo and list[0].order_no");
    }

    @Test
    void badFiltersAndAmountsAreRefusedBeforeSending() {
        assertThatThrownBy(() -> client.freightInsurance().getOrderList(PolicyListRequest.builder().limit(101)
                .sortDirect(2).beginTime(1700086400L).endTime(1700000000L).build()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("limit").hasMessageContaining("sort_direct").hasMessageContaining("end_time");
        assertThatThrownBy(() -> client.freightInsurance().createChargeId(ChargeIdRequest.of(1_000_001)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("quota").hasMessageContaining("2003");
        assertThatThrownBy(() -> client.freightInsurance().getPayOrderList(PayOrderListRequest.builder().build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("status_list");
        assertThatThrownBy(() -> client.freightInsurance().applyPay(new ApplyPayRequest("12a")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("order_id");
        assertThatThrownBy(() -> client.freightInsurance().getSummary(new SummaryRequest(1700000000000L, 0)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("begin_time").hasMessageContaining("end_time");
        assertThatThrownBy(() -> client.freightInsurance().updateNotifyFunds(NotifyFundsRequest.of(-1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("notify_funds");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void theReadsAreReadsAndEveryPaymentOrPolicyCallIsAWrite() {
        Map<String, Safety> safety = Endpoints.FREIGHT_INSURANCE.stream()
                .collect(Collectors.toMap(Endpoint::operation, Endpoint::safety));
        assertThat(safety).hasSize(11).containsAllEntriesOf(Map.ofEntries(
                Map.entry("insurance_freight_open", Safety.WRITE), Map.entry("insurance_freight_query_open", Safety.READ),
                Map.entry("insurance_freight_createorder", Safety.WRITE), Map.entry("insurance_freight_claim", Safety.WRITE),
                Map.entry("insurance_freight_createchargeid", Safety.WRITE),
                Map.entry("insurance_freight_applypay", Safety.WRITE),
                Map.entry("insurance_freight_getpayorderlist", Safety.READ),
                Map.entry("insurance_freight_refund", Safety.WRITE), Map.entry("insurance_freight_getsummary", Safety.READ),
                Map.entry("insurance_freight_getorderlist", Safety.READ),
                Map.entry("insurance_freight_update_notify_funds", Safety.WRITE)));
        assertThat(Endpoints.ALL).containsAll(Endpoints.FREIGHT_INSURANCE);
    }

    @Test
    void claimIsNeverResentButGetOrderListIs() {
        try (LogisticsClient retrying = LogisticsClient.builder().accessToken("ACCESS_TOKEN").transport(transport).build()) {
            transport.enqueue(503, "busy");
            assertThatThrownBy(() -> retrying.freightInsurance().claim(ClaimRequest.builder().openid("o").orderNo("42")
                    .refundDeliveryNo("YT1").refundCompany("圆通").build()))
                    .isInstanceOf(HttpStatusException.class);
            assertThat(transport.count(PATH + "claim")).isEqualTo(1);
            transport.enqueue(503, "busy");
            transport.enqueue(200, "{\"errcode\":0,\"total\":0}");
            assertThat(retrying.freightInsurance().getOrderList(PolicyListRequest.builder().build()).list()).isEmpty();
            assertThat(transport.count(PATH + "getorderlist")).isEqualTo(2);
        }
    }

    @Test
    void theInsurancePredicatesMatchOnlyInsuranceCalls() {
        assertThat(ApiException.of("insurance_freight_open", 2001, "").isInsuranceAlreadyOpened()).isTrue();
        assertThat(ApiException.of("insurance_freight_createorder", 1011, "").isDuplicateWaybill()).isTrue();
        assertThat(ApiException.of("insurance_freight_createorder", 1010, "").isPayTimeRejected()).isTrue();
        assertThat(ApiException.of("insurance_freight_claim", 2007, "").isAlreadyClaimed()).isTrue();
        assertThat(ApiException.of("insurance_freight_claim", 2008, "").isClaimSuspended()).isTrue();
        assertThat(ApiException.of("insurance_freight_claim", 2009, "").isPolicyNotFound()).isTrue();
        assertThat(ApiException.of("insurance_freight_claim", 2012, "").isInsuranceOrderRejected()).isTrue();
        assertThat(ApiException.of("insurance_freight_createchargeid", 2003, "").isChargeLimitExceeded()).isTrue();
        assertThat(ApiException.of("insurance_freight_getsummary", 2004, "").isInsuranceNotOpened()).isTrue();
        assertThat(ApiException.of("getOrder", 2001, "").isInsuranceAlreadyOpened()).isFalse();
        assertThat(ApiException.of("insurance_freight_claim", 2001, "").isAlreadyClaimed()).isFalse();
    }
}
