package io.github.wxlogistics.model;

/**
 * The return component's get reply. Each member is {@code null} when the reply omits it (before the
 * user chose how to send the parcel back there is no waybill).
 *
 * @param status       {@code status}: how the user sends the parcel back; WeChat's own sample sends
 *                     it as a string ({@code "1"}), so both forms are read
 * @param waybillId    {@code waybill_id}: the return waybill
 * @param orderStatus  {@code order_status}: where the return parcel is
 * @param deliveryId   {@code delivery_id}: the carrier
 * @param deliveryName {@code delivery_name}: the carrier's name
 */
public record GetReturnResponse(ReturnMethod status, String waybillId, ReturnOrderStatus orderStatus,
        String deliveryId, String deliveryName) {
}
