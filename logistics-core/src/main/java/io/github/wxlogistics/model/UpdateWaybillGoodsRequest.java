package io.github.wxlogistics.model;

/**
 * update_waybill_goods's (and update_follow_waybill_goods's) request: replaces the products shown
 * for a traced waybill. WeChat limits how often one waybill may be changed (errcode 9300560).
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-search/api_update_waybill_goods.html">update_waybill_goods</a>.
 *
 * @param waybillToken {@code waybill_token} from trace_waybill (required)
 * @param goodsInfo    {@code goods_info}: the new products (required, at least one)
 */
public record UpdateWaybillGoodsRequest(String waybillToken, GoodsInfo goodsInfo) {

    /**
     * The request.
     *
     * @param waybillToken the token trace_waybill returned
     * @param goodsInfo    the new products
     * @return the request
     */
    public static UpdateWaybillGoodsRequest of(String waybillToken, GoodsInfo goodsInfo) {
        return new UpdateWaybillGoodsRequest(waybillToken, goodsInfo);
    }
}
