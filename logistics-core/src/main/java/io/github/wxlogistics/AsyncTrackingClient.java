package io.github.wxlogistics;

import io.github.wxlogistics.internal.call.ApiCaller;
import io.github.wxlogistics.internal.call.Endpoints;
import io.github.wxlogistics.model.GetDeliveryListResponse;
import io.github.wxlogistics.model.QueryTraceRequest;
import io.github.wxlogistics.model.QueryTraceResponse;
import io.github.wxlogistics.model.TraceWaybillRequest;
import io.github.wxlogistics.model.TraceWaybillResponse;
import io.github.wxlogistics.model.UpdateWaybillGoodsRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The tracking component (物流查询组件, {@code /cgi-bin/express/delivery/open_msg/...}) and the
 * deprecated message component (物流消息组件) that shares its paths. WeChat allows 100,000 calls a
 * day per AppID and 100 per user (errcode 9300513, {@link
 * io.github.wxlogistics.error.ApiException#isQuotaExhausted()}).
 *
 * <p>These calls, non-blocking. Every future completes within the client's call timeout,
 * exceptionally with a {@link io.github.wxlogistics.error.LogisticsException}; bad input fails the
 * future with a {@link io.github.wxlogistics.error.ValidationException} before anything is sent.
 * Reads are retried on -1, 5xx and I/O errors; writes are sent at most once.
 * Obtain one from {@link AsyncLogisticsClient#tracking()}.
 */
public final class AsyncTrackingClient {

    private final ApiCaller caller;

    AsyncTrackingClient(ApiCaller caller) {
        this.caller = caller;
    }

    /**
     * trace_waybill: hands a real waybill (any carrier, not only Logistics Assistant ones) to WeChat, which
     * shows its progress to the user in the logistics plugin; sent at most once.
     *
     * @param request the waybill, the buyer, the WeChat Pay transaction and the products
     * @return a future of the {@code waybill_token} to query with and to open the plugin with, or failed
     *         with a {@link io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-search/api_trace_waybill.html">traceWaybill</a>
     */
    public CompletableFuture<TraceWaybillResponse> traceWaybill(TraceWaybillRequest request) {
        return caller.call(Endpoints.TRACE_WAYBILL, request);
    }

    /**
     * query_trace: where a traced waybill is, with its products and carrier.
     *
     * @param request the token trace_waybill returned
     * @return a future of the waybill's status, products and carrier, or failed with a {@link
     *         io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-search/api_query_trace.html">queryTrace</a>
     */
    public CompletableFuture<QueryTraceResponse> queryTrace(QueryTraceRequest request) {
        return caller.call(Endpoints.QUERY_TRACE, request);
    }

    /**
     * update_waybill_goods: replaces the products shown for a traced waybill; sent at most once (errcode
     * 9300560 once WeChat's change limit is reached).
     *
     * @param request the token and the new products
     * @return a future of nothing (completes when WeChat accepted the call), or failed with a {@link
     *         io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-search/api_update_waybill_goods.html">updateWaybillGoods</a>
     */
    public CompletableFuture<Void> updateWaybillGoods(UpdateWaybillGoodsRequest request) {
        return caller.call(Endpoints.UPDATE_WAYBILL_GOODS, request);
    }

    /**
     * get_delivery_list: every carrier id the components know (about 1,500), which are also the {@code
     * express_company} codes of WeChat Pay's shipping-info upload; always sent with the body {@code {}}, as
     * WeChat answers 44002 to an empty POST.
     *
     * @return a future of the carriers, or failed with a {@link io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-msg/api_get_delivery_list.html">getDeliveryList</a>
     */
    public CompletableFuture<GetDeliveryListResponse> getDeliveryList() {
        return caller.call(Endpoints.GET_DELIVERY_LIST, null);
    }

    /**
     * follow_waybill (message component): hands a waybill to WeChat for service notices; sent at most once.
     *
     * @deprecated WeChat moved the message component's product page to its old documents; other SDKs report
     *         the three calls offline since 2023-05-31, while some accounts still got answers in 2025. Use
     *         the tracking component ({@link #traceWaybill}) for new code.
     *
     * @param request the waybill, the buyer, the WeChat Pay transaction and the products ({@code goods_desc} allowed)
     * @return a future of the {@code waybill_token}, or failed with a {@link
     *         io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-msg/api_follow_waybill.html">followWaybill</a>
     */
    @Deprecated
    public CompletableFuture<TraceWaybillResponse> followWaybill(TraceWaybillRequest request) {
        return caller.call(Endpoints.FOLLOW_WAYBILL, request);
    }

    /**
     * query_follow_trace (message component): where a followed waybill is.
     *
     * @deprecated WeChat moved the message component's product page to its old documents; other SDKs report
     *         the three calls offline since 2023-05-31, while some accounts still got answers in 2025. Use
     *         the tracking component ({@link #queryTrace}) for new code.
     *
     * @param request the token follow_waybill returned
     * @return a future of the waybill's status, products and carrier, or failed with a {@link
     *         io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-msg/api_query_follow_trace.html">queryFollowTrace</a>
     */
    @Deprecated
    public CompletableFuture<QueryTraceResponse> queryFollowTrace(QueryTraceRequest request) {
        return caller.call(Endpoints.QUERY_FOLLOW_TRACE, request);
    }

    /**
     * update_follow_waybill_goods (message component): replaces a followed waybill's products; sent at most once.
     *
     * @deprecated WeChat moved the message component's product page to its old documents; other SDKs report
     *         the three calls offline since 2023-05-31, while some accounts still got answers in 2025. Use
     *         the tracking component ({@link #updateWaybillGoods}) for new code.
     *
     * @param request the token and the new products
     * @return a future of nothing (completes when WeChat accepted the call), or failed with a {@link
     *         io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-msg/api_update_follow_waybill_goods.html">updateFollowWaybillGoods</a>
     */
    @Deprecated
    public CompletableFuture<Void> updateFollowWaybillGoods(UpdateWaybillGoodsRequest request) {
        return caller.call(Endpoints.UPDATE_FOLLOW_WAYBILL_GOODS, request);
    }

    /**
     * open_openmsg: applies to open the logistics message component (申请开通物流消息) for the authorizer; sent at most once.
     *
     * <p>For a third-party platform only: call it through {@code ComponentPlatform.forAuthorizer(appId)}. Errcodes:
     * 933000 the mini program's category is not open to it, 933001 a serious violation in the last 90 days,
     * 933002 no payment in the last 90 days, 933003 already open, 933004 not called by a third party
     * ({@link io.github.wxlogistics.error.ApiException#errcode()}); at most 500 calls a day.
     *
     * @return a stage completing when WeChat accepted the application; it fails with a
     *     {@link io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/logistics-service/api_applymsgplugin.html">applyMsgPlugin</a>
     */
    public CompletableFuture<Void> applyMsgPlugin() {
        return caller.call(Endpoints.APPLY_MSG_PLUGIN, null);
    }

    /**
     * open_query_plugin: applies to open the logistics tracking component (申请开通物流查询组件) for the authorizer; sent at most once.
     *
     * <p>For a third-party platform only: call it through {@code ComponentPlatform.forAuthorizer(appId)}. Errcodes:
     * 933000 the mini program's category is not open to it, 933001 a serious violation in the last 90 days,
     * 933002 no payment in the last 90 days, 933003 already open, 933004 not called by a third party
     * ({@link io.github.wxlogistics.error.ApiException#errcode()}); at most 500 calls a day.
     *
     * @return a stage completing when WeChat accepted the application; it fails with a
     *     {@link io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/logistics-service/api_applyqueryplugin.html">applyQueryPlugin</a>
     */
    public CompletableFuture<Void> applyQueryPlugin() {
        return caller.call(Endpoints.APPLY_QUERY_PLUGIN, null);
    }
}
