package io.github.wxlogistics.model;

import java.time.Instant;
import java.util.Objects;

/**
 * updatePath's request (courier side): appends a node to a waybill's tracking path.
 *
 * @param token      the {@code Token} of the add_waybill push (required); hidden by {@link #toString()}
 * @param waybillId  the waybill ID (required)
 * @param actionTime Unix time in seconds (required, positive)
 * @param actionType the node type (required)
 * @param actionMsg  the text shown on the tracking page (required)
 */
public record UpdatePathRequest(String token, String waybillId, long actionTime, ActionType actionType,
        String actionMsg) {

    /** A request with the action time taken from an instant. */
    public static UpdatePathRequest of(String token, String waybillId, Instant actionTime, ActionType actionType,
            String actionMsg) {
        return new UpdatePathRequest(token, waybillId, Objects.requireNonNull(actionTime, "actionTime").getEpochSecond(),
                actionType, actionMsg);
    }

    @Override
    public String toString() {
        return "UpdatePathRequest[token=***, waybillId=" + waybillId + ", actionTime=" + actionTime
                + ", actionType=" + actionType + ", actionMsg=" + actionMsg + "]";
    }
}
