package io.github.wxlogistics.model.intracity;

/**
 * intracity_storerefund's reply.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_storerefund">intracity_storerefund</a>.
 *
 * @param appid        the mini program's AppID
 * @param wxStoreId    the store
 * @param refundAmount the amount refunded, in fen
 */
public record StoreRefundResponse(String appid, String wxStoreId, Long refundAmount) {
}
