package io.github.wxlogistics.model.intracity;

/**
 * intracity_createstore's reply.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_createstore">intracity_createstore</a>.
 *
 * @param wxStoreId  WeChat's ID for the store, used by every other call
 * @param appid      the mini program's AppID
 * @param outStoreId the merchant's own store ID, as sent
 */
public record CreateStoreResponse(String wxStoreId, String appid, String outStoreId) {
}
