package io.github.wxlogistics.model;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * getOrder's reply.
 *
 * @param printHtml   the waybill HTML, Base64-encoded as WeChat sends it
 * @param waybillData data for rendering the waybill
 * @param deliveryId  courier ID
 * @param waybillId   waybill ID
 * @param orderId     order ID
 * @param orderStatus normal or cancelled
 */
public record GetOrderResponse(String printHtml, List<WaybillData> waybillData, String deliveryId, String waybillId,
        String orderId, OrderStatus orderStatus) {

    /**
     * Copies {@code waybillData}, reading {@code null} as empty.
     *
     * @param printHtml the waybill HTML, Base64-encoded as WeChat sends it
     * @param waybillData data for rendering the waybill
     * @param deliveryId courier ID
     * @param waybillId waybill ID
     * @param orderId order ID
     * @param orderStatus normal or cancelled
     */
    public GetOrderResponse {
        waybillData = waybillData == null ? List.of() : List.copyOf(waybillData);
    }

    /**
     * The waybill HTML, decoded from Base64 as UTF-8.
     *
     * @throws IllegalStateException if {@code print_html} is absent or not Base64
     * @return the waybill HTML, decoded from Base64 as UTF-8
     */
    public String decodePrintHtml() {
        if (printHtml == null) {
            throw new IllegalStateException("print_html is absent from the reply");
        }
        try {
            return new String(Base64.getDecoder().decode(printHtml), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("print_html is not Base64: " + e.getMessage(), e);
        }
    }
}
