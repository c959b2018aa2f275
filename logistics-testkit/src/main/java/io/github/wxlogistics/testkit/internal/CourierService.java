package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonObject;

/** A courier service ({@code service_type}, {@code service_name}). */
public record CourierService(int type, String name) {

    /** The wire form. */
    public JsonObject toJson() {
        return Jsons.object().add("service_type", type).add("service_name", name).build();
    }
}
