package io.github.wxlogistics.model;

import java.util.List;

/**
 * getAllDelivery's reply.
 *
 * @param count number of couriers
 * @param data  the couriers
 */
public record GetAllDeliveryResponse(int count, List<Delivery> data) {

    /**
     * Copies {@code data}, reading {@code null} as empty.
     *
     * @param count number of couriers
     * @param data the couriers
     */
    public GetAllDeliveryResponse {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
