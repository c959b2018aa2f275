package io.github.wxlogistics.model.insurance;

import java.util.List;

/**
 * getorderlist's reply.
 *
 * @param total {@code total}: how many policies match
 * @param list  {@code list}: this page of them; empty when absent
 */
public record PolicyListResponse(int total, List<Policy> list) {

    /**
     * Copies {@code list}; {@code null} reads as empty.
     *
     * @param total {@code total}: how many policies match
     * @param list  {@code list}: this page of them; empty when absent
     */
    public PolicyListResponse {
        list = list == null ? List.of() : List.copyOf(list);
    }
}
