package io.github.wxlogistics;

import io.github.wxlogistics.internal.call.ApiCaller;
import io.github.wxlogistics.internal.call.Endpoints;
import io.github.wxlogistics.model.insurance.ApplyPayRequest;
import io.github.wxlogistics.model.insurance.ApplyPayResponse;
import io.github.wxlogistics.model.insurance.ChargeIdRequest;
import io.github.wxlogistics.model.insurance.ChargeIdResponse;
import io.github.wxlogistics.model.insurance.ClaimRequest;
import io.github.wxlogistics.model.insurance.ClaimResponse;
import io.github.wxlogistics.model.insurance.InsuranceOrderRequest;
import io.github.wxlogistics.model.insurance.InsuranceOrderResponse;
import io.github.wxlogistics.model.insurance.NotifyFundsRequest;
import io.github.wxlogistics.model.insurance.OpenStatusResponse;
import io.github.wxlogistics.model.insurance.PayOrderListRequest;
import io.github.wxlogistics.model.insurance.PayOrderListResponse;
import io.github.wxlogistics.model.insurance.PolicyListRequest;
import io.github.wxlogistics.model.insurance.PolicyListResponse;
import io.github.wxlogistics.model.insurance.SummaryRequest;
import io.github.wxlogistics.model.insurance.SummaryResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Freight insurance (无忧退货 / 运费险, {@code /wxa/business/insurance_freight/...}): the merchant pre-pays
 * premium funds, insures an order when it ships, and claims when the buyer's return arrives; WeChat
 * pushes the claim's result as {@code wxainsurance_claim_result}
 * ({@link io.github.wxlogistics.event.ClaimResultEvent}). Money is in fen, times in Unix seconds.
 *
 * <p>These calls, non-blocking. Every future completes within the client's call timeout,
 * exceptionally with a {@link io.github.wxlogistics.error.LogisticsException}; bad input fails the
 * future with a {@link io.github.wxlogistics.error.ValidationException} before anything is sent.
 * Reads are retried on -1, 5xx and I/O errors; writes are sent at most once.
 * Obtain one from {@link AsyncLogisticsClient#freightInsurance()}.
 *
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/industry/express/business/freight_insurance.html">无忧退货（运费险）简介</a>
 */
public final class AsyncFreightInsuranceClient {

    private final ApiCaller caller;

    AsyncFreightInsuranceClient(ApiCaller caller) {
        this.caller = caller;
    }

    /**
     * insurance_freight_open: opens freight insurance for the AppID (the merchant also signs the service
     * agreement in the mini program's admin); sent at most once, as a GET without a body (its page says
     * GET). A repeat is answered 2001, {@link
     * io.github.wxlogistics.error.ApiException#isInsuranceAlreadyOpened()}.
     *
     * @return a future of nothing (completes when WeChat accepted the call), or failed with a {@link
     *         io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_open.html">insurance_freight_open</a>
     */
    public CompletableFuture<Void> open() {
        return caller.call(Endpoints.INSURANCE_OPEN, null);
    }

    /**
     * insurance_freight_query_open: whether freight insurance is open for the AppID.
     *
     * @return a future of whether it is open, or failed with a {@link
     *         io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_query_open.html">insurance_freight_query_open</a>
     */
    public CompletableFuture<OpenStatusResponse> queryOpen() {
        return caller.call(Endpoints.INSURANCE_QUERY_OPEN, null);
    }

    /**
     * insurance_freight_createorder (发货时投保): insures a paid order when it ships; sent at most once. The
     * premium comes from the pre-paid funds. {@code pay_time} must lie within the last 3 days (checked
     * before sending; WeChat answers 1010); a waybill insured before is answered 1011, {@link
     * io.github.wxlogistics.error.ApiException#isDuplicateWaybill()}.
     *
     * @param request the buyer, the WeChat Pay transaction, the waybill, the places and the products
     * @return a future of the policy: its number, end date, premium and expected payout (fen), or failed with a {@link
     *         io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_createorder.html">insurance_freight_createorder</a>
     */
    public CompletableFuture<InsuranceOrderResponse> createOrder(InsuranceOrderRequest request) {
        return caller.call(Endpoints.INSURANCE_CREATE_ORDER, request);
    }

    /**
     * insurance_freight_claim (无忧退理赔): claims for a returned parcel, once the merchant received it; sent
     * at most once. The result is pushed later as {@code wxainsurance_claim_result} ({@link
     * io.github.wxlogistics.event.ClaimResultEvent}). A second claim is answered 2007 ({@link
     * io.github.wxlogistics.error.ApiException#isAlreadyClaimed()}), an unknown order 2009.
     *
     * @param request the buyer, the WeChat Pay transaction and the return waybill
     * @return a future of the claim's report number and whether it was a booked pickup, or failed with a {@link
     *         io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_claim.html">insurance_freight_claim</a>
     */
    public CompletableFuture<ClaimResponse> claim(ClaimRequest request) {
        return caller.call(Endpoints.INSURANCE_CLAIM, request);
    }

    /**
     * insurance_freight_createchargeid (申请充值订单号): opens a charge order to top up the premium funds (at
     * most ¥10,000 at a time, 2003 beyond); sent at most once.
     *
     * @param request the amount in fen
     * @return a future of the charge order's id, for applypay, or failed with a {@link
     *         io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_createchargeid.html">insurance_freight_createchargeid</a>
     */
    public CompletableFuture<ChargeIdResponse> createChargeId(ChargeIdRequest request) {
        return caller.call(Endpoints.INSURANCE_CREATE_CHARGE_ID, request);
    }

    /**
     * insurance_freight_applypay (申请支付): the page where the merchant pays a charge order; sent at most
     * once, with {@code order_id} as a JSON string (see {@link
     * io.github.wxlogistics.model.insurance.ApplyPayRequest}).
     *
     * @param request the charge order
     * @return a future of the payment page's URL, or failed with a {@link
     *         io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_applypay.html">insurance_freight_applypay</a>
     */
    public CompletableFuture<ApplyPayResponse> applyPay(ApplyPayRequest request) {
        return caller.call(Endpoints.INSURANCE_APPLY_PAY, request);
    }

    /**
     * insurance_freight_getpayorderlist (拉取充值订单信息): the charge orders in the given statuses.
     *
     * @param request the statuses and the page
     * @return a future of the count and this page of charge orders, or failed with a {@link
     *         io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_getpayorderlist.html">insurance_freight_getpayorderlist</a>
     */
    public CompletableFuture<PayOrderListResponse> getPayOrderList(PayOrderListRequest request) {
        return caller.call(Endpoints.INSURANCE_GET_PAY_ORDER_LIST, request);
    }

    /**
     * insurance_freight_refund (充值保费退款): refunds the unused funds to the account that paid them; sent at
     * most once, with the body {@code {}}.
     *
     * @return a future of nothing (completes when WeChat accepted the call), or failed with a {@link
     *         io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_refund.html">insurance_freight_refund</a>
     */
    public CompletableFuture<Void> refund() {
        return caller.call(Endpoints.INSURANCE_REFUND, null);
    }

    /**
     * insurance_freight_getsummary (拉取理赔摘要): policies, claims and premiums of a period, and the funds
     * left.
     *
     * @param request the period, Unix seconds
     * @return a future of the period's numbers, money in fen, or failed with a {@link
     *         io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_getsummary.html">insurance_freight_getsummary</a>
     */
    public CompletableFuture<SummaryResponse> getSummary(SummaryRequest request) {
        return caller.call(Endpoints.INSURANCE_GET_SUMMARY, request);
    }

    /**
     * insurance_freight_getorderlist (拉取保单信息): the policies matching the filters, at most 100 a page;
     * replies in snake_case and in camelCase are both read (see {@link
     * io.github.wxlogistics.model.insurance.Policy}).
     *
     * @param request the filters, all optional
     * @return a future of the count and this page of policies, or failed with a {@link
     *         io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_getorderlist.html">insurance_freight_getorderlist</a>
     */
    public CompletableFuture<PolicyListResponse> getOrderList(PolicyListRequest request) {
        return caller.call(Endpoints.INSURANCE_GET_ORDER_LIST, request);
    }

    /**
     * insurance_freight_update_notify_funds (设置保费告警余额): the funds below which WeChat warns the merchant (0
     * turns it off); sent at most once.
     *
     * @param request the threshold in fen
     * @return a future of nothing (completes when WeChat accepted the call), or failed with a {@link
     *         io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_update_notify_funds.html">insurance_freight_update_notify_funds</a>
     */
    public CompletableFuture<Void> updateNotifyFunds(NotifyFundsRequest request) {
        return caller.call(Endpoints.INSURANCE_UPDATE_NOTIFY_FUNDS, request);
    }
}
