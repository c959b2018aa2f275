package io.github.wxlogistics.model;

import java.util.List;

/**
 * addOrder's reply. A failure is an {@link io.github.wxlogistics.error.ApiException} carrying
 * {@code delivery_resultcode} and {@code delivery_resultmsg} when the courier refused.
 *
 * @param orderId     the order ID, echoed
 * @param waybillId   the waybill number
 * @param waybillData data for rendering the waybill; empty for some couriers (EMS)
 */
public record AddOrderResponse(String orderId, String waybillId, List<WaybillData> waybillData) {

    /**
     * Copies {@code waybillData}, reading {@code null} as empty.
     *
     * @param orderId the order ID, echoed
     * @param waybillId the waybill number
     * @param waybillData data for rendering the waybill; empty for some couriers (EMS)
     */
    public AddOrderResponse {
        waybillData = waybillData == null ? List.of() : List.copyOf(waybillData);
    }
}
