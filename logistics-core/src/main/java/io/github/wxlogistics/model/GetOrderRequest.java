package io.github.wxlogistics.model;

/**
 * getOrder's request.
 *
 * @param orderId      the merchant's order ID (required, at most 512 bytes)
 * @param openid       the buyer's openid; not needed for add_source=2 orders
 * @param deliveryId   the courier ID (required)
 * @param waybillId    the waybill ID
 * @param printType    which layout to return; {@code null} sends nothing (two-part)
 * @param customRemark remark printed on the waybill
 */
public record GetOrderRequest(String orderId, String openid, String deliveryId, String waybillId,
        PrintType printType, String customRemark) {

    /** A request for an order by its ID and courier. */
    public static GetOrderRequest of(String orderId, String deliveryId) {
        return new GetOrderRequest(orderId, null, deliveryId, null, null, null);
    }

    /** This request with the buyer's openid. */
    public GetOrderRequest withOpenid(String value) {
        return new GetOrderRequest(orderId, value, deliveryId, waybillId, printType, customRemark);
    }

    /** This request with the waybill ID. */
    public GetOrderRequest withWaybillId(String value) {
        return new GetOrderRequest(orderId, openid, deliveryId, value, printType, customRemark);
    }

    /** This request with a print type. */
    public GetOrderRequest withPrintType(PrintType value) {
        return new GetOrderRequest(orderId, openid, deliveryId, waybillId, value, customRemark);
    }

    /** This request with a custom remark. */
    public GetOrderRequest withCustomRemark(String value) {
        return new GetOrderRequest(orderId, openid, deliveryId, waybillId, printType, value);
    }
}
