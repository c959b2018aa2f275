package io.github.wxlogistics.model;

import java.util.List;

/**
 * get_delivery_list's reply: the carrier ids the tracking and message components know, which are
 * also the {@code express_company} codes of WeChat Pay's shipping-info upload. About 1,500 entries.
 *
 * @param count        {@code count}: the number of carriers
 * @param deliveryList {@code delivery_list}: the carriers (an array, though the field table says object)
 */
public record GetDeliveryListResponse(int count, List<Carrier> deliveryList) {

    /**
     * Copies {@code deliveryList}, reading {@code null} as empty.
     *
     * @param count        the number of carriers
     * @param deliveryList the carriers
     */
    public GetDeliveryListResponse {
        deliveryList = deliveryList == null ? List.of() : List.copyOf(deliveryList);
    }

    /**
     * One carrier.
     *
     * @param deliveryId   {@code delivery_id}, such as {@code SF}
     * @param deliveryName {@code delivery_name}, such as 顺丰速运
     */
    public record Carrier(String deliveryId, String deliveryName) {
    }
}
