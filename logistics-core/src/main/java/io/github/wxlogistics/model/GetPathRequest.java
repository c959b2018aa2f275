package io.github.wxlogistics.model;

/**
 * getPath's request.
 *
 * @param orderId    the merchant's order ID (required by the older documents and sent by the
 *                   current sample, so required here)
 * @param openid     the buyer's openid
 * @param deliveryId the courier ID (required)
 * @param waybillId  the waybill ID (required)
 */
public record GetPathRequest(String orderId, String openid, String deliveryId, String waybillId) {

    /** A request without openid. */
    public static GetPathRequest of(String orderId, String deliveryId, String waybillId) {
        return new GetPathRequest(orderId, null, deliveryId, waybillId);
    }

    /** This request with the buyer's openid. */
    public GetPathRequest withOpenid(String value) {
        return new GetPathRequest(orderId, value, deliveryId, waybillId);
    }
}
