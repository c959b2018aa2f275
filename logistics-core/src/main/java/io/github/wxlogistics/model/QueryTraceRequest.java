package io.github.wxlogistics.model;

/**
 * query_trace's (and query_follow_trace's) request.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-search/api_query_trace.html">query_trace</a>.
 *
 * @param waybillToken {@code waybill_token} from trace_waybill (required)
 * @param openid       {@code openid}: the buyer (optional)
 */
public record QueryTraceRequest(String waybillToken, String openid) {

    /**
     * A query by token alone.
     *
     * @param waybillToken the token trace_waybill returned
     * @return the request
     */
    public static QueryTraceRequest of(String waybillToken) {
        return new QueryTraceRequest(waybillToken, null);
    }
}
