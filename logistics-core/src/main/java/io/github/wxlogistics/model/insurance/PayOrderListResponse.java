package io.github.wxlogistics.model.insurance;

import java.util.List;

/**
 * getpayorderlist's reply.
 *
 * @param total {@code total}: how many charge orders match
 * @param list  {@code list}: this page of them; empty when absent
 */
public record PayOrderListResponse(int total, List<PayOrder> list) {

    /**
     * Copies {@code list}; {@code null} reads as empty.
     *
     * @param total {@code total}: how many charge orders match
     * @param list  {@code list}: this page of them; empty when absent
     */
    public PayOrderListResponse {
        list = list == null ? List.of() : List.copyOf(list);
    }
}
