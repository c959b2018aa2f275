package io.github.wxlogistics.model.intracity;

/**
 * One item of an order's goods, in intracity_queryorder's reply.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_queryorder">intracity_queryorder</a>.
 *
 * @param itemName   the item's name
 * @param itemPicUrl a picture of the item
 * @param num        how many
 */
public record CargoItem(String itemName, String itemPicUrl, Integer num) {
}
