package io.github.wxlogistics.model;

import java.util.Map;

/**
 * A tracking node type ({@code action_type}). The nine documented values have constants; any
 * other value still decodes (the getPath seed example carries 300001, which no list names), and
 * {@link #isKnown()} tells them apart.
 *
 * @param code the wire value
 */
public record ActionType(int code) {

    /** 100001: pickup stage, picked up. */
    public static final ActionType PICKED_UP = new ActionType(100001);
    /** 100002: pickup stage, pickup failed. */
    public static final ActionType PICKUP_FAILED = new ActionType(100002);
    /** 100003: pickup stage, courier assigned. */
    public static final ActionType COURIER_ASSIGNED = new ActionType(100003);
    /** 200001: transport stage, path update. */
    public static final ActionType IN_TRANSIT = new ActionType(200001);
    /** 300002: delivery stage, out for delivery. */
    public static final ActionType OUT_FOR_DELIVERY = new ActionType(300002);
    /** 300003: delivery stage, signed for. */
    public static final ActionType SIGNED = new ActionType(300003);
    /** 300004: delivery stage, signing failed. */
    public static final ActionType SIGN_FAILED = new ActionType(300004);
    /** 400001: exception stage, order cancelled. */
    public static final ActionType CANCELLED = new ActionType(400001);
    /** 400002: exception stage, order held. */
    public static final ActionType HELD = new ActionType(400002);

    private static final Map<Integer, String> DESCRIPTIONS = Map.of(
            100001, "picked up", 100002, "pickup failed", 100003, "courier assigned",
            200001, "in transit", 300002, "out for delivery", 300003, "signed",
            300004, "sign failed", 400001, "order cancelled", 400002, "order held");

    /**
     * The action type with this wire value, known or not.
     *
     * @param code the wire value
     * @return the action type with this wire value, known or not
     */
    public static ActionType of(int code) {
        return new ActionType(code);
    }

    /**
     * Whether the value is one of the nine documented basic action types.
     *
     * @return whether the value is one of the nine documented basic action types
     */
    public boolean isKnown() {
        return DESCRIPTIONS.containsKey(code);
    }

    /**
     * An English description, or {@code "unknown"}.
     *
     * @return an English description, or {@code "unknown"}
     */
    public String description() {
        return DESCRIPTIONS.getOrDefault(code, "unknown");
    }

    @Override
    public String toString() {
        return code + " (" + description() + ")";
    }
}
