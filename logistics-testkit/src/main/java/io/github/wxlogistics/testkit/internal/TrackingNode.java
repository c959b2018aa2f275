package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonObject;

/** One tracking node of a waybill. */
public record TrackingNode(long actionTime, int actionType, String actionMsg) {

    /** The wire form used by getPath. */
    public JsonObject toJson() {
        return Jsons.object().add("action_time", actionTime).add("action_type", actionType)
                .add("action_msg", actionMsg).build();
    }
}
