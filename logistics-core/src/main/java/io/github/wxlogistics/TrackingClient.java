package io.github.wxlogistics;

import io.github.wxlogistics.internal.call.ApiCaller;
import io.github.wxlogistics.internal.call.Endpoints;
import io.github.wxlogistics.model.GetDeliveryListResponse;
import io.github.wxlogistics.model.QueryTraceRequest;
import io.github.wxlogistics.model.QueryTraceResponse;
import io.github.wxlogistics.model.TraceWaybillRequest;
import io.github.wxlogistics.model.TraceWaybillResponse;
import io.github.wxlogistics.model.UpdateWaybillGoodsRequest;

/**
 * The tracking component (物流查询组件, {@code /cgi-bin/express/delivery/open_msg/...}) and the
 * deprecated message component (物流消息组件) that shares its paths. WeChat allows 100,000 calls a
 * day per AppID and 100 per user (errcode 9300513, {@link
 * io.github.wxlogistics.error.ApiException#isQuotaExhausted()}).
 *
 * <p>These calls, blocking: each waits at most the client's call timeout and throws a
 * {@link io.github.wxlogistics.error.LogisticsException} on failure. Called on an event-loop thread,
 * it throws {@link IllegalStateException} at once instead of blocking the loop. Reads are retried on -1,
 * 5xx and I/O errors; writes are sent at most once.
 * Obtain one from {@link LogisticsClient#tracking()}.
 */
public final class TrackingClient {

    private final ApiCaller caller;

    TrackingClient(ApiCaller caller) {
        this.caller = caller;
    }

    /**
     * trace_waybill: hands a real waybill (any carrier, not only Logistics Assistant ones) to WeChat, which
     * shows its progress to the user in the logistics plugin; sent at most once.
     *
     * @param request the waybill, the buyer, the WeChat Pay transaction and the products
     * @return the {@code waybill_token} to query with and to open the plugin with
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-search/api_trace_waybill.html">traceWaybill</a>
     */
    public TraceWaybillResponse traceWaybill(TraceWaybillRequest request) {
        return caller.callBlocking(Endpoints.TRACE_WAYBILL, request);
    }

    /**
     * query_trace: where a traced waybill is, with its products and carrier.
     *
     * @param request the token trace_waybill returned
     * @return the waybill's status, products and carrier
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-search/api_query_trace.html">queryTrace</a>
     */
    public QueryTraceResponse queryTrace(QueryTraceRequest request) {
        return caller.callBlocking(Endpoints.QUERY_TRACE, request);
    }

    /**
     * update_waybill_goods: replaces the products shown for a traced waybill; sent at most once (errcode
     * 9300560 once WeChat's change limit is reached).
     *
     * @param request the token and the new products
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-search/api_update_waybill_goods.html">updateWaybillGoods</a>
     */
    public void updateWaybillGoods(UpdateWaybillGoodsRequest request) {
        caller.callBlocking(Endpoints.UPDATE_WAYBILL_GOODS, request);
    }

    /**
     * get_delivery_list: every carrier id the components know (about 1,500), which are also the {@code
     * express_company} codes of WeChat Pay's shipping-info upload; always sent with the body {@code {}}, as
     * WeChat answers 44002 to an empty POST.
     *
     * @return the carriers
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-msg/api_get_delivery_list.html">getDeliveryList</a>
     */
    public GetDeliveryListResponse getDeliveryList() {
        return caller.callBlocking(Endpoints.GET_DELIVERY_LIST, null);
    }

    /**
     * follow_waybill (message component): hands a waybill to WeChat for service notices; sent at most once.
     *
     * @deprecated WeChat moved the message component's product page to its old documents; other SDKs report
     *         the three calls offline since 2023-05-31, while some accounts still got answers in 2025. Use
     *         the tracking component ({@link #traceWaybill}) for new code.
     *
     * @param request the waybill, the buyer, the WeChat Pay transaction and the products ({@code goods_desc} allowed)
     * @return the {@code waybill_token}
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-msg/api_follow_waybill.html">followWaybill</a>
     */
    @Deprecated
    public TraceWaybillResponse followWaybill(TraceWaybillRequest request) {
        return caller.callBlocking(Endpoints.FOLLOW_WAYBILL, request);
    }

    /**
     * query_follow_trace (message component): where a followed waybill is.
     *
     * @deprecated WeChat moved the message component's product page to its old documents; other SDKs report
     *         the three calls offline since 2023-05-31, while some accounts still got answers in 2025. Use
     *         the tracking component ({@link #queryTrace}) for new code.
     *
     * @param request the token follow_waybill returned
     * @return the waybill's status, products and carrier
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-msg/api_query_follow_trace.html">queryFollowTrace</a>
     */
    @Deprecated
    public QueryTraceResponse queryFollowTrace(QueryTraceRequest request) {
        return caller.callBlocking(Endpoints.QUERY_FOLLOW_TRACE, request);
    }

    /**
     * update_follow_waybill_goods (message component): replaces a followed waybill's products; sent at most once.
     *
     * @deprecated WeChat moved the message component's product page to its old documents; other SDKs report
     *         the three calls offline since 2023-05-31, while some accounts still got answers in 2025. Use
     *         the tracking component ({@link #updateWaybillGoods}) for new code.
     *
     * @param request the token and the new products
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-msg/api_update_follow_waybill_goods.html">updateFollowWaybillGoods</a>
     */
    @Deprecated
    public void updateFollowWaybillGoods(UpdateWaybillGoodsRequest request) {
        caller.callBlocking(Endpoints.UPDATE_FOLLOW_WAYBILL_GOODS, request);
    }

    /**
     * open_openmsg: applies to open the logistics message component (申请开通物流消息) for the authorizer; sent at most once.
     *
     * <p>For a third-party platform only: call it through {@code ComponentPlatform.forAuthorizer(appId)}. Errcodes:
     * 933000 the mini program's category is not open to it, 933001 a serious violation in the last 90 days,
     * 933002 no payment in the last 90 days, 933003 already open, 933004 not called by a third party
     * ({@link io.github.wxlogistics.error.ApiException#errcode()}); at most 500 calls a day.
     *
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails
     * @see <a href="https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/logistics-service/api_applymsgplugin.html">applyMsgPlugin</a>
     */
    public void applyMsgPlugin() {
        caller.callBlocking(Endpoints.APPLY_MSG_PLUGIN, null);
    }

    /**
     * open_query_plugin: applies to open the logistics tracking component (申请开通物流查询组件) for the authorizer; sent at most once.
     *
     * <p>For a third-party platform only: call it through {@code ComponentPlatform.forAuthorizer(appId)}. Errcodes:
     * 933000 the mini program's category is not open to it, 933001 a serious violation in the last 90 days,
     * 933002 no payment in the last 90 days, 933003 already open, 933004 not called by a third party
     * ({@link io.github.wxlogistics.error.ApiException#errcode()}); at most 500 calls a day.
     *
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails
     * @see <a href="https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/logistics-service/api_applyqueryplugin.html">applyQueryPlugin</a>
     */
    public void applyQueryPlugin() {
        caller.callBlocking(Endpoints.APPLY_QUERY_PLUGIN, null);
    }
}
