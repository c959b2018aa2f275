package io.github.wxlogistics.model.intracity;

/**
 * intracity_storecharge's reply.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_storecharge">intracity_storecharge</a>.
 *
 * @param payurl    where the merchant pays the top-up
 * @param appid     the mini program's AppID
 * @param wxStoreId the store
 */
public record StoreChargeResponse(String payurl, String appid, String wxStoreId) {
}
