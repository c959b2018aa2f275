package io.github.wxlogistics.model;

import java.util.List;

/**
 * batchGetOrder's reply.
 *
 * @param orderList one element per requested order, each with its own errcode
 */
public record BatchGetOrderResponse(List<BatchOrder> orderList) {

    /**
     * Copies {@code orderList}, reading {@code null} as empty.
     *
     * @param orderList one element per requested order, each with its own errcode
     */
    public BatchGetOrderResponse {
        orderList = orderList == null ? List.of() : List.copyOf(orderList);
    }
}
