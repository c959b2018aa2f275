package io.github.wxlogistics.model.intracity;

/**
 * intracity_cancelorder's reply.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_cancelorder">intracity_cancelorder</a>.
 *
 * @param wxStoreId    the store
 * @param wxOrderId    WeChat's order ID
 * @param storeOrderId the store's order number
 * @param orderStatus  the order's status after the cancellation
 * @param appid        the mini program's AppID
 * @param deductfee    the cancellation fee, in fen; the rest of the fee returns to the balance
 */
public record IntracityCancelOrderResponse(String wxStoreId, String wxOrderId, String storeOrderId,
        IntracityStatus orderStatus, String appid, Long deductfee) {
}
