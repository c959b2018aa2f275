package io.github.wxlogistics.model;

import java.util.List;

/**
 * batchGetOrder's request.
 *
 * @param orderList the orders, 1 to 100
 */
public record BatchGetOrderRequest(List<OrderQuery> orderList) {

    /** Copies {@code orderList}; {@code null} stays {@code null} and fails validation. */
    public BatchGetOrderRequest {
        orderList = orderList == null ? null : List.copyOf(orderList);
    }

    /** A request for these orders. */
    public static BatchGetOrderRequest of(List<OrderQuery> orderList) {
        return new BatchGetOrderRequest(orderList);
    }
}
