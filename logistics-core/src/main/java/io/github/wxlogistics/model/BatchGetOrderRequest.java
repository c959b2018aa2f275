package io.github.wxlogistics.model;

import java.util.List;

/**
 * batchGetOrder's request: one field, so {@link #of(List)} builds it.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_batchgetorder.html">batchGetOrder</a>.
 *
 * @param orderList the orders, 1 to 100
 */
public record BatchGetOrderRequest(List<OrderQuery> orderList) {

    /**
     * Copies {@code orderList}; {@code null} stays {@code null} and fails validation.
     *
     * @param orderList the orders, 1 to 100
     */
    public BatchGetOrderRequest {
        // Null elements are kept so validation can name them (orderList[i]) instead of an NPE here.
        orderList = orderList == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(orderList));
    }

    /**
     * A request for these orders.
     *
     * @param orderList the orders, 1 to 100
     * @return a request for these orders
     */
    public static BatchGetOrderRequest of(List<OrderQuery> orderList) {
        return new BatchGetOrderRequest(orderList);
    }
}
