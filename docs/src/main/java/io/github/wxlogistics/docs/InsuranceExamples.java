package io.github.wxlogistics.docs;

// tag::imports[]
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.event.ClaimResultEvent;
import io.github.wxlogistics.model.insurance.ApplyPayRequest;
import io.github.wxlogistics.model.insurance.ChargeIdRequest;
import io.github.wxlogistics.model.insurance.ClaimRequest;
import io.github.wxlogistics.model.insurance.InsuranceAddress;
import io.github.wxlogistics.model.insurance.InsuranceGoods;
import io.github.wxlogistics.model.insurance.InsuranceOrderRequest;
import io.github.wxlogistics.model.insurance.InsuranceOrderResponse;
import io.github.wxlogistics.model.insurance.InsuranceProductInfo;
import io.github.wxlogistics.model.insurance.Policy;
import io.github.wxlogistics.model.insurance.PolicyListRequest;
import io.github.wxlogistics.model.insurance.PolicyStatus;
import io.github.wxlogistics.model.insurance.SummaryRequest;
import io.github.wxlogistics.model.insurance.SummaryResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
// end::imports[]

/** The examples docs/freight-insurance.md quotes; InsuranceExamplesTest runs each against the fake server. */
public final class InsuranceExamples {

    private InsuranceExamples() {
    }

    /** Opens freight insurance once; returns whether this call opened it. */
    public static boolean openOnce(LogisticsClient client) {
        // tag::open[]
        if (client.freightInsurance().queryOpen().opened()) {
            return false;
        }
        try {
            client.freightInsurance().open();           // sign the agreement in the admin too
        } catch (ApiException e) {
            if (!e.isInsuranceAlreadyOpened()) {        // 2001: another instance was quicker
                throw e;
            }
        }
        // end::open[]
        return true;
    }

    /** Tops the premium funds up by 200 yuan; returns the page to pay it on. */
    public static String topUp(LogisticsClient client) {
        // tag::top-up[]
        long chargeOrder = client.freightInsurance().createChargeId(ChargeIdRequest.of(20_000)).orderId(); // fen
        String payUrl = client.freightInsurance().applyPay(ApplyPayRequest.of(chargeOrder)).payUrl();
        // open payUrl in a browser and pay; the funds grow once it is paid
        // end::top-up[]
        return payUrl;
    }

    /** Insures an order as it ships; {@code null} when the waybill was insured before. */
    public static InsuranceOrderResponse insure(LogisticsClient client, String openid, String transactionId,
            Instant paidAt, String waybillId) {
        // tag::insure[]
        InsuranceAddress warehouse = InsuranceAddress.builder()
                .province("广东省").city("广州市").county("海珠区").address("新港中路1号").build();
        InsuranceAddress buyer = InsuranceAddress.builder()
                .province("北京市").city("北京市").county("海淀区").address("中关村大街1号").build();
        try {
            return client.freightInsurance().createOrder(InsuranceOrderRequest.builder()
                    .openid(openid)                              // the buyer; the same openid claims later
                    .orderNo(transactionId)                      // the WeChat Pay transaction: one policy each
                    .payTime(paidAt)                             // within the last 3 days, sent as Unix seconds
                    .payAmount(9900)                             // fen: 99.00 yuan
                    .deliveryNo(waybillId)
                    .deliveryPlace(warehouse)
                    .receiptPlace(buyer)
                    .productInfo(InsuranceProductInfo.of("pages/order/detail?id=1001",
                            InsuranceGoods.of("纯棉T恤", "https://example.com/tshirt.png")))
                    .build());
        } catch (ApiException e) {
            if (!e.isDuplicateWaybill()) {                      // 1011: this waybill or order is insured already
                throw e;
            }
            return null;
        }
        // end::insure[]
    }

    /** Claims once the return arrived; returns the report number, or {@code null} when claimed before. */
    public static String claim(LogisticsClient client, String openid, String transactionId, String returnWaybill) {
        // tag::claim[]
        try {
            return client.freightInsurance().claim(ClaimRequest.builder()
                    .openid(openid)
                    .orderNo(transactionId)
                    .refundDeliveryNo(returnWaybill)             // the return parcel's waybill
                    .refundCompany("圆通速递")                    // the carrier's name will do
                    .build()).reportNo();                        // the result comes later, pushed
        } catch (ApiException e) {
            if (!e.isAlreadyClaimed()) {                        // 2007: one claim per order
                throw e;
            }
            return null;
        }
        // end::claim[]
    }

    /** A receiver that records each claim's result by order number. */
    public static PushReceiver claimResults(String token, Map<String, PolicyStatus> results) {
        // tag::claim-result[]
        PushReceiver receiver = PushReceiver.builder()
                .token(token)                                    // the push Token of the console's settings
                .on(ClaimResultEvent.class, push ->              // answered success once this returns
                        results.put(push.orderNo(), push.status()))   // 5 paid; 6 failed, see push.payFailReason()
                .build();
        // end::claim-result[]
        return receiver;
    }

    /** The last day's policies, newest first; tops the funds up when they run low. */
    public static List<Policy> lastDay(LogisticsClient client, Instant now) {
        // tag::report[]
        Instant dayAgo = now.minus(Duration.ofDays(1));
        List<Policy> policies = client.freightInsurance().getOrderList(PolicyListRequest.builder()
                .beginTime(dayAgo.getEpochSecond()).endTime(now.getEpochSecond())
                .sortDirect(1)                                   // newest first
                .limit(100)                                      // WeChat's maximum
                .build()).list();
        SummaryResponse summary = client.freightInsurance().getSummary(SummaryRequest.between(dayAgo, now));
        if (summary.funds() < 2_000) {                           // fen: under 20 yuan left
            topUp(client);                                       // or let WeChat warn: updateNotifyFunds
        }
        // end::report[]
        return policies;
    }
}
