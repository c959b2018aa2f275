package io.github.wxlogistics.model;

/**
 * A waybill's {@code order_status}: 0 normal, 1 cancelled. Undocumented values still decode.
 *
 * @param code the wire value
 */
public record OrderStatus(int code) {

    /** 0: the waybill is in force. */
    public static final OrderStatus NORMAL = new OrderStatus(0);
    /** 1: the waybill was cancelled. */
    public static final OrderStatus CANCELLED = new OrderStatus(1);

    /**
     * The status with this wire value, known or not.
     *
     * @param code the wire value
     * @return the status with this wire value, known or not
     */
    public static OrderStatus of(int code) {
        return new OrderStatus(code);
    }

    /**
     * Whether the value is 0 or 1.
     *
     * @return whether the value is 0 or 1
     */
    public boolean isKnown() {
        return code == 0 || code == 1;
    }

    @Override
    public String toString() {
        return switch (code) {
            case 0 -> "0 (normal)";
            case 1 -> "1 (cancelled)";
            default -> code + " (unknown)";
        };
    }
}
