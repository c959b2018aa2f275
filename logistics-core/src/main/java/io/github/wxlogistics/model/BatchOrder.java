package io.github.wxlogistics.model;

import java.util.List;

/**
 * One element of batchGetOrder's reply: the order's data, or its own error. The client does
 * not throw for an element's error; check {@link #isOk()}.
 *
 * @param errcode     this order's result; 0 or absent on success
 * @param errmsg      this order's message
 * @param orderId     order ID
 * @param deliveryId  courier ID
 * @param waybillId   waybill ID
 * @param printHtml   the waybill HTML, Base64-encoded as WeChat sends it
 * @param waybillData data for rendering the waybill
 * @param orderStatus normal or cancelled; {@code null} for an order in error
 */
public record BatchOrder(Integer errcode, String errmsg, String orderId, String deliveryId, String waybillId,
        String printHtml, List<WaybillData> waybillData, OrderStatus orderStatus) {

    /**
     * Copies {@code waybillData}, reading {@code null} as empty.
     *
     * @param errcode this order's result; 0 or absent on success
     * @param errmsg this order's message
     * @param orderId order ID
     * @param deliveryId courier ID
     * @param waybillId waybill ID
     * @param printHtml the waybill HTML, Base64-encoded as WeChat sends it
     * @param waybillData data for rendering the waybill
     * @param orderStatus normal or cancelled; {@code null} for an order in error
     */
    public BatchOrder {
        waybillData = waybillData == null ? List.of() : List.copyOf(waybillData);
    }

    /**
     * Whether this order was found: {@code errcode} 0 or absent.
     *
     * @return whether this order was found: {@code errcode} 0 or absent
     */
    public boolean isOk() {
        return errcode == null || errcode == 0;
    }
}
