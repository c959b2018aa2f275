package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/** A courier company as getAllDelivery lists it. */
public record Courier(String deliveryId, String deliveryName, int canUseCash, int canGetQuota, String cashBizId,
        List<CourierService> serviceTypes) {

    /** Copies the lists. */
    public Courier {
        serviceTypes = List.copyOf(serviceTypes);
    }

    /** Whether the courier offers {@code serviceType}. */
    public boolean offers(int serviceType) {
        return serviceTypes.stream().anyMatch(s -> s.type() == serviceType);
    }

    /** The getAllDelivery form. */
    public JsonObject toJson() {
        JsonArrayBuilder services = Jsons.array();
        serviceTypes.forEach(s -> services.add(s.toJson()));
        return Jsons.object().add("delivery_id", deliveryId).add("delivery_name", deliveryName)
                .add("can_use_cash", canUseCash).add("can_get_quota", canGetQuota)
                .add("cash_biz_id", cashBizId).add("service_type", services).build();
    }
}
