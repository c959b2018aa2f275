package io.github.wxlogistics.model;

/**
 * One product of a traced waybill (an element of {@code goods_info.detail_list}), as the tracking
 * and message components show it to the user.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-search/api_trace_waybill.html">trace_waybill</a>.
 *
 * @param goodsName   {@code goods_name}: the product name (required, at most 60 characters)
 * @param goodsImgUrl {@code goods_img_url}: the product picture's URL (required)
 * @param goodsDesc   {@code goods_desc}: a description, documented for follow_waybill only (at most
 *                    40 characters; WeChat shows goods_name when absent); {@code null} to omit
 */
public record GoodsDetail(String goodsName, String goodsImgUrl, String goodsDesc) {

    /**
     * A product with a name and a picture.
     *
     * @param goodsName   the product name
     * @param goodsImgUrl the picture's URL
     * @return a product without a description
     */
    public static GoodsDetail of(String goodsName, String goodsImgUrl) {
        return new GoodsDetail(goodsName, goodsImgUrl, null);
    }
}
