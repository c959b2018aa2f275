package io.github.wxlogistics.internal.validation;

import io.github.wxlogistics.model.insurance.ApplyPayRequest;
import io.github.wxlogistics.model.insurance.ChargeIdRequest;
import io.github.wxlogistics.model.insurance.ClaimRequest;
import io.github.wxlogistics.model.insurance.InsuranceAddress;
import io.github.wxlogistics.model.insurance.InsuranceGoods;
import io.github.wxlogistics.model.insurance.InsuranceOrderRequest;
import io.github.wxlogistics.model.insurance.NotifyFundsRequest;
import io.github.wxlogistics.model.insurance.PayOrderListRequest;
import io.github.wxlogistics.model.insurance.PolicyListRequest;
import io.github.wxlogistics.model.insurance.SummaryRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The input rules of freight insurance (无忧退货/运费险), one method per request type, in the manner of
 * {@link RequestRules}. The pages give no length limits: identifiers are capped at
 * {@link Checks#ID_MAX_BYTES}, address parts and names at {@link #TEXT_MAX_BYTES}, URLs and page paths
 * at {@link ComponentRules#URL_MAX_BYTES}. Money is positive fen; times are Unix seconds, with a hint
 * when a value looks like milliseconds.
 */
public final class InsuranceRules {

    /** Address parts, product names and carrier names: no documented limit; 256 bytes stops a runaway value. */
    static final int TEXT_MAX_BYTES = 256;
    /** createorder's {@code pay_time}: "支付时间，需在3天内". */
    static final Duration PAY_TIME_WINDOW = Duration.ofDays(3);
    /** How far ahead of the client's clock a pay_time may lie: clocks differ; a payment cannot be in the future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    private static final long MILLIS_LOOKALIKE = 100_000_000_000L;

    private InsuranceRules() {
    }

    /** createorder. */
    public static void createOrder(RequestRules rules, Checks v, InsuranceOrderRequest r) {
        if (!v.requiredValue("insurance_freight_createorder request", r)) {
            return;
        }
        v.id("openid", r.openid());
        v.id("order_no", r.orderNo());
        payTime(rules.now(), v, r.payTime());
        v.positive("pay_amount", r.payAmount());
        v.id("delivery_no", r.deliveryNo());
        place(v, "delivery_place", r.deliveryPlace());
        place(v, "receipt_place", r.receiptPlace());
        if (v.requiredValue("product_info", r.productInfo())) {
            v.required("product_info.order_path", r.productInfo().orderPath(), ComponentRules.URL_MAX_BYTES);
            goods(v, r.productInfo().goodsList());
        }
    }

    private static void payTime(Instant now, Checks v, long payTime) {
        if (!v.positive("pay_time", payTime)) {
            return;
        }
        long earliest = now.minus(PAY_TIME_WINDOW).getEpochSecond();
        long latest = now.plus(CLOCK_SKEW).getEpochSecond();
        if (payTime > latest) {
            v.add("pay_time", "must be Unix seconds no later than now (" + now.getEpochSecond() + "), was " + payTime
                    + (payTime > MILLIS_LOOKALIKE ? " (milliseconds?)" : ""));
        } else if (payTime < earliest) {
            v.add("pay_time", "must lie within the last 3 days (WeChat answers 1010 otherwise): no earlier than "
                    + earliest + ", was " + payTime);
        }
    }

    private static void place(Checks v, String field, InsuranceAddress a) {
        if (!v.requiredValue(field, a)) {
            return;
        }
        v.required(field + ".province", a.province(), TEXT_MAX_BYTES);
        v.required(field + ".city", a.city(), TEXT_MAX_BYTES);
        v.required(field + ".county", a.county(), TEXT_MAX_BYTES);
        v.required(field + ".address", a.address(), TEXT_MAX_BYTES);
    }

    private static void goods(Checks v, List<InsuranceGoods> goods) {
        if (!v.requiredValue("product_info.goods_list", goods)) {
            return;
        }
        if (goods.isEmpty()) {
            v.add("product_info.goods_list", "must hold at least one product");
        }
        for (int i = 0; i < goods.size(); i++) {
            String at = "product_info.goods_list[" + i + "]";
            InsuranceGoods g = goods.get(i);
            if (v.requiredValue(at, g)) {
                v.required(at + ".name", g.name(), TEXT_MAX_BYTES);
                v.required(at + ".url", g.url(), ComponentRules.URL_MAX_BYTES);
            }
        }
    }

    /** claim. */
    public static void claim(Checks v, ClaimRequest r) {
        if (!v.requiredValue("insurance_freight_claim request", r)) {
            return;
        }
        v.id("openid", r.openid());
        v.id("order_no", r.orderNo());
        v.id("refund_delivery_no", r.refundDeliveryNo());
        v.required("refund_company", r.refundCompany(), TEXT_MAX_BYTES);
    }

    /** createchargeid. */
    public static void createChargeId(Checks v, ChargeIdRequest r) {
        if (!v.requiredValue("insurance_freight_createchargeid request", r)) {
            return;
        }
        if (v.positive("quota", r.quota()) && r.quota() > ChargeIdRequest.MAX_QUOTA) {
            v.add("quota", "must be at most " + ChargeIdRequest.MAX_QUOTA + " fen (¥10,000 a top-up; WeChat answers 2003), was "
                    + r.quota());
        }
    }

    /** applypay. */
    public static void applyPay(Checks v, ApplyPayRequest r) {
        if (!v.requiredValue("insurance_freight_applypay request", r)) {
            return;
        }
        if (v.required("order_id", r.orderId()) && !r.orderId().matches("[0-9]{1,19}")) {
            v.add("order_id", "must be the decimal digits of createchargeid's order_id");
        }
    }

    /** getpayorderlist. */
    public static void payOrderList(Checks v, PayOrderListRequest r) {
        if (!v.requiredValue("insurance_freight_getpayorderlist request", r)) {
            return;
        }
        statusList(v, r.statusList(), true);
        page(v, r.offset(), r.limit(), Integer.MAX_VALUE);
    }

    /** getsummary. */
    public static void summary(Checks v, SummaryRequest r) {
        if (!v.requiredValue("insurance_freight_getsummary request", r)) {
            return;
        }
        boolean begin = seconds(v, "begin_time", r.beginTime());
        boolean end = seconds(v, "end_time", r.endTime());
        if (begin && end && r.beginTime() > r.endTime()) {
            v.add("end_time", "must not be before begin_time (" + r.beginTime() + "), was " + r.endTime());
        }
    }

    /** getorderlist. */
    public static void policyList(Checks v, PolicyListRequest r) {
        if (!v.requiredValue("insurance_freight_getorderlist request", r)) {
            return;
        }
        v.optionalId("openid", r.openid());
        v.optionalId("order_no", r.orderNo());
        v.optionalId("policy_no", r.policyNo());
        v.optionalId("report_no", r.reportNo());
        v.optionalId("delivery_no", r.deliveryNo());
        v.optionalId("refund_delivery_no", r.refundDeliveryNo());
        boolean begin = r.beginTime() == null || seconds(v, "begin_time", r.beginTime());
        boolean end = r.endTime() == null || seconds(v, "end_time", r.endTime());
        if (begin && end && r.beginTime() != null && r.endTime() != null && r.beginTime() > r.endTime()) {
            v.add("end_time", "must not be before begin_time (" + r.beginTime() + "), was " + r.endTime());
        }
        if (r.statusList() != null) {
            statusList(v, r.statusList(), false);
        }
        page(v, r.offset(), r.limit(), PolicyListRequest.MAX_LIMIT);
        if (r.sortDirect() != null && r.sortDirect() != 0 && r.sortDirect() != 1) {
            v.add("sort_direct", "must be 0 (oldest first) or 1 (newest first), was " + r.sortDirect());
        }
    }

    /** update_notify_funds. */
    public static void notifyFunds(Checks v, NotifyFundsRequest r) {
        if (v.requiredValue("insurance_freight_update_notify_funds request", r) && r.notifyFunds() < 0) {
            v.add("notify_funds", "must be fen, 0 (off) or more, was " + r.notifyFunds());
        }
    }

    private static void statusList(Checks v, List<Integer> codes, boolean required) {
        if (required && !v.requiredValue("status_list", codes)) {
            return;
        }
        if (codes.isEmpty() && required) {
            v.add("status_list", "must hold at least one status");
        }
        for (int i = 0; i < codes.size(); i++) {
            v.requiredValue("status_list[" + i + "]", codes.get(i));
        }
    }

    private static void page(Checks v, Integer offset, Integer limit, int maxLimit) {
        if (offset != null && offset < 0) {
            v.add("offset", "must be 0 or more, was " + offset);
        }
        if (limit != null && (limit < 1 || limit > maxLimit)) {
            v.add("limit", "must be from 1 to " + maxLimit + ", was " + limit);
        }
    }

    private static boolean seconds(Checks v, String field, long value) {
        if (!v.positive(field, value)) {
            return false;
        }
        if (value > MILLIS_LOOKALIKE) {
            v.add(field, "must be Unix seconds, was " + value + " (milliseconds?)");
            return false;
        }
        return true;
    }
}
