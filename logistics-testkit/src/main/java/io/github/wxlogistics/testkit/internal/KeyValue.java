package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonObject;

/** One {@code waybill_data} entry. */
public record KeyValue(String key, String value) {

    /** The wire form. */
    public JsonObject toJson() {
        return Jsons.object().add("key", key).add("value", value).build();
    }
}
