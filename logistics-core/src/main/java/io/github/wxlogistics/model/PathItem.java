package io.github.wxlogistics.model;

import java.time.Instant;

/**
 * One node of a tracking path.
 *
 * @param actionTime Unix time in seconds
 * @param actionType the node type
 * @param actionMsg  the node's text
 */
public record PathItem(long actionTime, ActionType actionType, String actionMsg) {

    /**
     * {@link #actionTime()} as an instant.
     *
     * @return the node's time, whole seconds
     */
    public Instant actionInstant() {
        return Instant.ofEpochSecond(actionTime);
    }
}
