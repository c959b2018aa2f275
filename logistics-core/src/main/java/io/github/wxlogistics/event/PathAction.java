package io.github.wxlogistics.event;

import io.github.wxlogistics.model.ActionType;
import java.time.Instant;
import java.util.Objects;

/**
 * One node of an {@code add_express_path} push ({@code Actions}).
 *
 * @param actionTime when it happened, Unix time in seconds ({@code ActionTime})
 * @param actionType the node type ({@code ActionType}), as WeChat's updatePath page lists them
 * @param actionMsg  the node's text ({@code ActionMsg})
 * @param fields     every field of this node as it arrived, such as {@code Lat} and {@code Lng}
 */
public record PathAction(long actionTime, ActionType actionType, String actionMsg, PushFields fields) {

    /**
     * Checks that the type and raw fields are present.
     *
     * @param actionTime when it happened, Unix time in seconds ({@code ActionTime})
     * @param actionType the node type ({@code ActionType}), as WeChat's updatePath page lists them
     * @param actionMsg  the node's text ({@code ActionMsg})
     * @param fields     every field of this node as it arrived, such as {@code Lat} and {@code Lng}
     */
    public PathAction {
        Objects.requireNonNull(actionType, "actionType");
        Objects.requireNonNull(fields, "fields");
    }

    /**
     * {@link #actionTime()} as an instant, as {@link io.github.wxlogistics.model.PathItem#actionInstant()}.
     *
     * @return the node's time, whole seconds
     */
    public Instant actionInstant() {
        return Instant.ofEpochSecond(actionTime);
    }
}
