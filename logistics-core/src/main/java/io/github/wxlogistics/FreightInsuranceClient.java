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

/**
 * Freight insurance (无忧退货 / 运费险, {@code /wxa/business/insurance_freight/...}): the merchant pre-pays
 * premium funds, insures an order when it ships, and claims when the buyer's return arrives; WeChat
 * pushes the claim's result as {@code wxainsurance_claim_result}
 * ({@link io.github.wxlogistics.event.ClaimResultEvent}). Money is in fen, times in Unix seconds.
 *
 * <p>These calls, blocking: each waits at most the client's call timeout and throws a
 * {@link io.github.wxlogistics.error.LogisticsException} on failure. Called on an event-loop thread,
 * it throws {@link IllegalStateException} at once instead of blocking the loop. Reads are retried on -1,
 * 5xx and I/O errors; writes are sent at most once.
 * Obtain one from {@link LogisticsClient#freightInsurance()}.
 *
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/industry/express/business/freight_insurance.html">无忧退货（运费险）简介</a>
 */
public final class FreightInsuranceClient {

    private final ApiCaller caller;

    FreightInsuranceClient(ApiCaller caller) {
        this.caller = caller;
    }

    /**
     * insurance_freight_open: opens freight insurance for the AppID (the merchant also signs the service
     * agreement in the mini program's admin); sent at most once, as a GET without a body (its page says
     * GET). A repeat is answered 2001, {@link
     * io.github.wxlogistics.error.ApiException#isInsuranceAlreadyOpened()}.
     *
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_open.html">insurance_freight_open</a>
     */
    public void open() {
        caller.callBlocking(Endpoints.INSURANCE_OPEN, null);
    }

    /**
     * insurance_freight_query_open: whether freight insurance is open for the AppID.
     *
     * @return whether it is open
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_query_open.html">insurance_freight_query_open</a>
     */
    public OpenStatusResponse queryOpen() {
        return caller.callBlocking(Endpoints.INSURANCE_QUERY_OPEN, null);
    }

    /**
     * insurance_freight_createorder (发货时投保): insures a paid order when it ships; sent at most once. The
     * premium comes from the pre-paid funds. {@code pay_time} must lie within the last 3 days (checked
     * before sending; WeChat answers 1010); a waybill insured before is answered 1011, {@link
     * io.github.wxlogistics.error.ApiException#isDuplicateWaybill()}.
     *
     * @param request the buyer, the WeChat Pay transaction, the waybill, the places and the products
     * @return the policy: its number, end date, premium and expected payout (fen)
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_createorder.html">insurance_freight_createorder</a>
     */
    public InsuranceOrderResponse createOrder(InsuranceOrderRequest request) {
        return caller.callBlocking(Endpoints.INSURANCE_CREATE_ORDER, request);
    }

    /**
     * insurance_freight_claim (无忧退理赔): claims for a returned parcel, once the merchant received it; sent
     * at most once. The result is pushed later as {@code wxainsurance_claim_result} ({@link
     * io.github.wxlogistics.event.ClaimResultEvent}). A second claim is answered 2007 ({@link
     * io.github.wxlogistics.error.ApiException#isAlreadyClaimed()}), an unknown order 2009.
     *
     * @param request the buyer, the WeChat Pay transaction and the return waybill
     * @return the claim's report number and whether it was a booked pickup
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_claim.html">insurance_freight_claim</a>
     */
    public ClaimResponse claim(ClaimRequest request) {
        return caller.callBlocking(Endpoints.INSURANCE_CLAIM, request);
    }

    /**
     * insurance_freight_createchargeid (申请充值订单号): opens a charge order to top up the premium funds (at
     * most ¥10,000 at a time, 2003 beyond); sent at most once.
     *
     * @param request the amount in fen
     * @return the charge order's id, for applypay
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_createchargeid.html">insurance_freight_createchargeid</a>
     */
    public ChargeIdResponse createChargeId(ChargeIdRequest request) {
        return caller.callBlocking(Endpoints.INSURANCE_CREATE_CHARGE_ID, request);
    }

    /**
     * insurance_freight_applypay (申请支付): the page where the merchant pays a charge order; sent at most
     * once, with {@code order_id} as a JSON string (see {@link
     * io.github.wxlogistics.model.insurance.ApplyPayRequest}).
     *
     * @param request the charge order
     * @return the payment page's URL
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_applypay.html">insurance_freight_applypay</a>
     */
    public ApplyPayResponse applyPay(ApplyPayRequest request) {
        return caller.callBlocking(Endpoints.INSURANCE_APPLY_PAY, request);
    }

    /**
     * insurance_freight_getpayorderlist (拉取充值订单信息): the charge orders in the given statuses.
     *
     * @param request the statuses and the page
     * @return the count and this page of charge orders
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_getpayorderlist.html">insurance_freight_getpayorderlist</a>
     */
    public PayOrderListResponse getPayOrderList(PayOrderListRequest request) {
        return caller.callBlocking(Endpoints.INSURANCE_GET_PAY_ORDER_LIST, request);
    }

    /**
     * insurance_freight_refund (充值保费退款): refunds the unused funds to the account that paid them; sent at
     * most once, with the body {@code {}}.
     *
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_refund.html">insurance_freight_refund</a>
     */
    public void refund() {
        caller.callBlocking(Endpoints.INSURANCE_REFUND, null);
    }

    /**
     * insurance_freight_getsummary (拉取理赔摘要): policies, claims and premiums of a period, and the funds
     * left.
     *
     * @param request the period, Unix seconds
     * @return the period's numbers, money in fen
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_getsummary.html">insurance_freight_getsummary</a>
     */
    public SummaryResponse getSummary(SummaryRequest request) {
        return caller.callBlocking(Endpoints.INSURANCE_GET_SUMMARY, request);
    }

    /**
     * insurance_freight_getorderlist (拉取保单信息): the policies matching the filters, at most 100 a page;
     * replies in snake_case and in camelCase are both read (see {@link
     * io.github.wxlogistics.model.insurance.Policy}).
     *
     * @param request the filters, all optional
     * @return the count and this page of policies
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_getorderlist.html">insurance_freight_getorderlist</a>
     */
    public PolicyListResponse getOrderList(PolicyListRequest request) {
        return caller.callBlocking(Endpoints.INSURANCE_GET_ORDER_LIST, request);
    }

    /**
     * insurance_freight_update_notify_funds (设置保费告警余额): the funds below which WeChat warns the merchant (0
     * turns it off); sent at most once.
     *
     * @param request the threshold in fen
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_update_notify_funds.html">insurance_freight_update_notify_funds</a>
     */
    public void updateNotifyFunds(NotifyFundsRequest request) {
        caller.callBlocking(Endpoints.INSURANCE_UPDATE_NOTIFY_FUNDS, request);
    }
}
