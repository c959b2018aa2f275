package io.github.wxlogistics.model;

/**
 * One element of batchGetOrder's {@code order_list}.
 *
 * @param orderId    the order ID (required)
 * @param deliveryId the courier ID (required)
 * @param waybillId  the waybill ID
 */
public record OrderQuery(String orderId, String deliveryId, String waybillId) {

    /** A query for an order by its ID and courier. */
    public static OrderQuery of(String orderId, String deliveryId) {
        return new OrderQuery(orderId, deliveryId, null);
    }

    /** This query with the waybill ID. */
    public OrderQuery withWaybillId(String value) {
        return new OrderQuery(orderId, deliveryId, value);
    }
}
