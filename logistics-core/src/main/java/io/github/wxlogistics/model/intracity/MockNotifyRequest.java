package io.github.wxlogistics.model.intracity;

/**
 * intracity_mocknotify's request: moves a sandbox order to a status, so that WeChat calls its
 * {@code callback_url} as a rider's progress would.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_mocknotify">intracity_mocknotify</a>.
 *
 * @param wxOrderId    WeChat's order ID, or {@code null}
 * @param wxStoreId    the store, with {@code store_order_id}, or {@code null}
 * @param storeOrderId the store's order number, with {@code wx_store_id}, or {@code null}
 * @param orderStatus  the status to report (required)
 */
public record MockNotifyRequest(String wxOrderId, String wxStoreId, String storeOrderId,
        IntracityStatus orderStatus) {

    /**
     * Moves the order WeChat numbered {@code wxOrderId} to {@code status}.
     *
     * @param wxOrderId the {@code wx_order_id} addorder returned
     * @param status    the status to report
     * @return the request
     */
    public static MockNotifyRequest of(String wxOrderId, IntracityStatus status) {
        return new MockNotifyRequest(wxOrderId, null, null, status);
    }

    /**
     * Moves the order a store numbered {@code storeOrderId} to {@code status}.
     *
     * @param wxStoreId    the store's {@code wx_store_id}
     * @param storeOrderId the store's own order number
     * @param status       the status to report
     * @return the request
     */
    public static MockNotifyRequest of(String wxStoreId, String storeOrderId, IntracityStatus status) {
        return new MockNotifyRequest(null, wxStoreId, storeOrderId, status);
    }
}
