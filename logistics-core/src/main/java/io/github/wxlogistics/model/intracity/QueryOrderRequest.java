package io.github.wxlogistics.model.intracity;

/**
 * intracity_queryorder's request: an order by WeChat's ID, or by its store and the store's
 * order number.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_queryorder">intracity_queryorder</a>.
 *
 * @param wxOrderId    WeChat's order ID, or {@code null}
 * @param wxStoreId    the store, with {@code store_order_id}, or {@code null}
 * @param storeOrderId the store's order number, with {@code wx_store_id}, or {@code null}
 */
public record QueryOrderRequest(String wxOrderId, String wxStoreId, String storeOrderId) {

    /**
     * The state of the order WeChat numbered {@code wxOrderId}.
     *
     * @param wxOrderId the {@code wx_order_id} addorder returned
     * @return the request
     */
    public static QueryOrderRequest byWxOrderId(String wxOrderId) {
        return new QueryOrderRequest(wxOrderId, null, null);
    }

    /**
     * The state of the order a store numbered {@code storeOrderId}.
     *
     * @param wxStoreId    the store's {@code wx_store_id}
     * @param storeOrderId the store's own order number, as given to addorder
     * @return the request
     */
    public static QueryOrderRequest byStoreOrder(String wxStoreId, String storeOrderId) {
        return new QueryOrderRequest(null, wxStoreId, storeOrderId);
    }
}
