package io.github.wxlogistics;

import io.github.wxlogistics.internal.call.ApiCaller;
import io.github.wxlogistics.internal.call.Endpoints;
import io.github.wxlogistics.model.intracity.IntracityAddOrderRequest;
import io.github.wxlogistics.model.intracity.IntracityAddOrderResponse;
import io.github.wxlogistics.model.intracity.BalanceQueryRequest;
import io.github.wxlogistics.model.intracity.BalanceQueryResponse;
import io.github.wxlogistics.model.intracity.IntracityCancelOrderRequest;
import io.github.wxlogistics.model.intracity.IntracityCancelOrderResponse;
import io.github.wxlogistics.model.intracity.CreateStoreRequest;
import io.github.wxlogistics.model.intracity.CreateStoreResponse;
import io.github.wxlogistics.model.intracity.GetCityRequest;
import io.github.wxlogistics.model.intracity.GetCityResponse;
import io.github.wxlogistics.model.intracity.GetPayModeRequest;
import io.github.wxlogistics.model.intracity.GetPayModeResponse;
import io.github.wxlogistics.model.intracity.MockNotifyRequest;
import io.github.wxlogistics.model.intracity.PreAddOrderRequest;
import io.github.wxlogistics.model.intracity.PreAddOrderResponse;
import io.github.wxlogistics.model.intracity.QueryFlowRequest;
import io.github.wxlogistics.model.intracity.QueryFlowResponse;
import io.github.wxlogistics.model.intracity.QueryOrderRequest;
import io.github.wxlogistics.model.intracity.QueryOrderResponse;
import io.github.wxlogistics.model.intracity.QueryStoreRequest;
import io.github.wxlogistics.model.intracity.QueryStoreResponse;
import io.github.wxlogistics.model.intracity.SetPayModeRequest;
import io.github.wxlogistics.model.intracity.StoreChargeRequest;
import io.github.wxlogistics.model.intracity.StoreChargeResponse;
import io.github.wxlogistics.model.intracity.StoreRefundRequest;
import io.github.wxlogistics.model.intracity.StoreRefundResponse;
import io.github.wxlogistics.model.intracity.UpdateStoreRequest;

/**
 * The intracity delivery calls (同城配送, {@code /cgi-bin/express/intracity/}), blocking. Obtain one
 * from {@link LogisticsClient#intracity()}.
 *
 * <p>WeChat refuses these calls unless they are encrypted and signed: every call but
 * {@link #apply()} fails before sending with an {@link io.github.wxlogistics.error.ApiSecurityException}
 * ({@link io.github.wxlogistics.error.ApiSecurityException#isNotSent()}) when the client was built
 * without {@link LogisticsClient.Builder#apiSecurity(io.github.wxlogistics.security.ApiSecurity)}.
 * Reads (queryStore, queryFlow, balanceQuery, preAddOrder, queryOrder, getPayMode, getCity) are
 * retried on -1, 5xx and I/O errors; writes are sent at most once, and each method says what a
 * caller may safely repeat. Money in fen, weight in grams, distances in metres.
 */
public final class IntracityClient {

    private final ApiCaller caller;

    IntracityClient(ApiCaller caller) {
        this.caller = caller;
    }

    /**
     * intracity_apply: opens intracity delivery (同城配送) for the AppID. The one intracity call WeChat takes
     * without API security; sealed anyway when the client has it. Repeating it is harmless.
     *
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} or an
     *         {@link io.github.wxlogistics.error.ApiSecurityException} that is not sent means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_apply">intracity_apply</a>
     */
    public void apply() {
        caller.callBlocking(Endpoints.INTRACITY_APPLY, null);
    }

    /**
     * intracity_createstore: registers a store. Sent at most once; a repeat of a store that exists fails
     * with 934010 ({@link io.github.wxlogistics.error.ApiException#isStoreAlreadyCreated()}), so after a
     * transport failure, send it again or read the store with queryStore.
     *
     * @param request the request
     * @return the reply
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} or an
     *         {@link io.github.wxlogistics.error.ApiSecurityException} that is not sent means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_createstore">intracity_createstore</a>
     */
    public CreateStoreResponse createStore(CreateStoreRequest request) {
        return caller.callBlocking(Endpoints.INTRACITY_CREATE_STORE, request);
    }

    /**
     * intracity_querystore: one store, or all of them.
     *
     * @param request the request
     * @return the reply
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} or an
     *         {@link io.github.wxlogistics.error.ApiSecurityException} that is not sent means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_querystore">intracity_querystore</a>
     */
    public QueryStoreResponse queryStore(QueryStoreRequest request) {
        return caller.callBlocking(Endpoints.INTRACITY_QUERY_STORE, request);
    }

    /**
     * intracity_updatestore: changes a store's name, carrier preference or address. Sent at most once;
     * setting the same values again is harmless.
     *
     * @param request the request
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} or an
     *         {@link io.github.wxlogistics.error.ApiSecurityException} that is not sent means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_updatestore">intracity_updatestore</a>
     */
    public void updateStore(UpdateStoreRequest request) {
        caller.callBlocking(Endpoints.INTRACITY_UPDATE_STORE, request);
    }

    /**
     * intracity_storecharge: starts a top-up of a store's balance with one carrier; the merchant pays at
     * the reply's {@code payurl}. Sent at most once: each call starts a new top-up.
     *
     * @param request the request
     * @return the reply
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} or an
     *         {@link io.github.wxlogistics.error.ApiSecurityException} that is not sent means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_storecharge">intracity_storecharge</a>
     */
    public StoreChargeResponse storeCharge(StoreChargeRequest request) {
        return caller.callBlocking(Endpoints.INTRACITY_STORE_CHARGE, request);
    }

    /**
     * intracity_storerefund: refunds a store's unused balance with one carrier (934006 while orders are on
     * the way). Sent at most once; after a transport failure, check with balanceQuery.
     *
     * @param request the request
     * @return the reply
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} or an
     *         {@link io.github.wxlogistics.error.ApiSecurityException} that is not sent means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_storerefund">intracity_storerefund</a>
     */
    public StoreRefundResponse storeRefund(StoreRefundRequest request) {
        return caller.callBlocking(Endpoints.INTRACITY_STORE_REFUND, request);
    }

    /**
     * intracity_queryflow: a store's top-ups, spending or refunds.
     *
     * @param request the request
     * @return the reply
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} or an
     *         {@link io.github.wxlogistics.error.ApiSecurityException} that is not sent means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_queryflow">intracity_queryflow</a>
     */
    public QueryFlowResponse queryFlow(QueryFlowRequest request) {
        return caller.callBlocking(Endpoints.INTRACITY_QUERY_FLOW, request);
    }

    /**
     * intracity_balancequery: a store's balance, per carrier.
     *
     * @param request the request
     * @return the reply
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} or an
     *         {@link io.github.wxlogistics.error.ApiSecurityException} that is not sent means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_balancequery">intracity_balancequery</a>
     */
    public BalanceQueryResponse balanceQuery(BalanceQueryRequest request) {
        return caller.callBlocking(Endpoints.INTRACITY_BALANCE_QUERY, request);
    }

    /**
     * intracity_preaddorder: what an order would cost and which carrier would take it; creates nothing, so
     * it is retried like a read.
     *
     * @param request the request
     * @return the reply
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} or an
     *         {@link io.github.wxlogistics.error.ApiSecurityException} that is not sent means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_preaddorder">intracity_preaddorder</a>
     */
    public PreAddOrderResponse preAddOrder(PreAddOrderRequest request) {
        return caller.callBlocking(Endpoints.INTRACITY_PRE_ADD_ORDER, request);
    }

    /**
     * intracity_addorder: orders a delivery, paying its fee from the store's balance (934013 when too low:
     * {@link io.github.wxlogistics.error.ApiException#isInsufficientBalance()}). Sent at most once by the
     * client; WeChat makes it idempotent by {@code store_order_id}, so after a transport failure the
     * caller may safely send the same request again (it returns the order created the first time, without
     * a second fee) or read it with queryOrder by store and store order number. A different request under
     * the same {@code store_order_id} fails with 934002.
     *
     * @param request the request
     * @return the reply
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} or an
     *         {@link io.github.wxlogistics.error.ApiSecurityException} that is not sent means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_addorder">intracity_addorder</a>
     */
    public IntracityAddOrderResponse addOrder(IntracityAddOrderRequest request) {
        return caller.callBlocking(Endpoints.INTRACITY_ADD_ORDER, request);
    }

    /**
     * intracity_queryorder: an order's state, rider and fees (934016 for an unknown order: {@link
     * io.github.wxlogistics.error.ApiException#isIntracityOrderNotFound()}).
     *
     * @param request the request
     * @return the reply
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} or an
     *         {@link io.github.wxlogistics.error.ApiSecurityException} that is not sent means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_queryorder">intracity_queryorder</a>
     */
    public QueryOrderResponse queryOrder(QueryOrderRequest request) {
        return caller.callBlocking(Endpoints.INTRACITY_QUERY_ORDER, request);
    }

    /**
     * intracity_cancelorder: cancels an order; once a rider is on the way a cancellation fee is deducted
     * (the reply's {@code deductfee}), once picked up it cannot be cancelled (934017). Sent at most once;
     * after a transport failure, check with queryOrder, as a repeat fails with 934018.
     *
     * @param request the request
     * @return the reply
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} or an
     *         {@link io.github.wxlogistics.error.ApiSecurityException} that is not sent means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_cancelorder">intracity_cancelorder</a>
     */
    public IntracityCancelOrderResponse cancelOrder(IntracityCancelOrderRequest request) {
        return caller.callBlocking(Endpoints.INTRACITY_CANCEL_ORDER, request);
    }

    /**
     * intracity_setpaymode: sets whose balance pays; the administrator confirms through a template
     * message. Sent at most once; setting the same mode again is harmless.
     *
     * @param request the request
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} or an
     *         {@link io.github.wxlogistics.error.ApiSecurityException} that is not sent means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_setpaymode">intracity_setpaymode</a>
     */
    public void setPayMode(SetPayModeRequest request) {
        caller.callBlocking(Endpoints.INTRACITY_SET_PAY_MODE, request);
    }

    /**
     * intracity_getpaymode: whose balance pays.
     *
     * @param request the request
     * @return the reply
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} or an
     *         {@link io.github.wxlogistics.error.ApiSecurityException} that is not sent means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_getpaymode">intracity_getpaymode</a>
     */
    public GetPayModeResponse getPayMode(GetPayModeRequest request) {
        return caller.callBlocking(Endpoints.INTRACITY_GET_PAY_MODE, request);
    }

    /**
     * intracity_getcity: the cities each carrier serves.
     *
     * @param request the request
     * @return the reply
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} or an
     *         {@link io.github.wxlogistics.error.ApiSecurityException} that is not sent means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_getcity">intracity_getcity</a>
     */
    public GetCityResponse getCity(GetCityRequest request) {
        return caller.callBlocking(Endpoints.INTRACITY_GET_CITY, request);
    }

    /**
     * intracity_mocknotify: moves a sandbox order to a status, so WeChat calls its {@code callback_url}.
     * Sent at most once.
     *
     * @param request the request
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} or an
     *         {@link io.github.wxlogistics.error.ApiSecurityException} that is not sent means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_mocknotify">intracity_mocknotify</a>
     */
    public void mockNotify(MockNotifyRequest request) {
        caller.callBlocking(Endpoints.INTRACITY_MOCK_NOTIFY, request);
    }
}
