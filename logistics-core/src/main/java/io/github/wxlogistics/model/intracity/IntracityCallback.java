package io.github.wxlogistics.model.intracity;

/**
 * The order-status callback: what WeChat POSTs to an order's {@code callback_url} when its
 * status changes (see the {@code 回调协议} of the addorder and mocknotify pages). Times in Unix
 * seconds. Received and verified by {@code io.github.wxlogistics.intracity.IntracityCallbackReceiver}.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_mocknotify">intracity_mocknotify</a>.
 *
 * @param appid            the AppID that placed the order
 * @param wxStoreId        the store
 * @param wxOrderId        WeChat's order ID
 * @param storeOrderId     the store's order number
 * @param orderStatus      the new status
 * @param statusChangeTime when the status changed
 * @param timestamp        when WeChat sent the callback
 * @param serviceTransId   the carrier
 * @param sign             WeChat's signature; its algorithm is not documented (see the receiver)
 */
public record IntracityCallback(String appid, String wxStoreId, String wxOrderId, String storeOrderId,
        IntracityStatus orderStatus, Long statusChangeTime, Long timestamp, String serviceTransId, String sign) {
}
