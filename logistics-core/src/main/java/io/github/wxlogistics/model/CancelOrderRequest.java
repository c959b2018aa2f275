package io.github.wxlogistics.model;

/**
 * cancelOrder's request.
 *
 * @param orderId    the order ID (required, at most 512 bytes)
 * @param openid     the buyer's openid; not needed for add_source=2 orders
 * @param deliveryId the courier ID (required)
 * @param waybillId  the waybill ID (required)
 */
public record CancelOrderRequest(String orderId, String openid, String deliveryId, String waybillId) {

    /** A request to cancel a waybill. */
    public static CancelOrderRequest of(String orderId, String deliveryId, String waybillId) {
        return new CancelOrderRequest(orderId, null, deliveryId, waybillId);
    }

    /** This request with the buyer's openid. */
    public CancelOrderRequest withOpenid(String value) {
        return new CancelOrderRequest(orderId, value, deliveryId, waybillId);
    }
}
