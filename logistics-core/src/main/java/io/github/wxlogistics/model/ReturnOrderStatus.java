package io.github.wxlogistics.model;

/**
 * Where a return parcel is (the get reply's {@code order_status}): 0 ordered, 1 picked up, 2 in
 * transit, 3 out for delivery, 4 signed, 5 exception, 6 signed by proxy, 7 pickup failed, 8 delivery
 * failed (refused, out of area), 11 cancelled, 13 being returned, 14 returned, 99 unknown.
 * Undocumented values still decode.
 *
 * @param code the wire value
 */
public record ReturnOrderStatus(int code) {

    /** 0: ordered, waiting for pickup. */
    public static final ReturnOrderStatus ORDERED = new ReturnOrderStatus(0);
    /** 1: picked up. */
    public static final ReturnOrderStatus PICKED_UP = new ReturnOrderStatus(1);
    /** 2: in transit. */
    public static final ReturnOrderStatus IN_TRANSIT = new ReturnOrderStatus(2);
    /** 3: out for delivery. */
    public static final ReturnOrderStatus OUT_FOR_DELIVERY = new ReturnOrderStatus(3);
    /** 4: signed for. */
    public static final ReturnOrderStatus SIGNED = new ReturnOrderStatus(4);
    /** 11: cancelled. */
    public static final ReturnOrderStatus CANCELLED = new ReturnOrderStatus(11);

    /**
     * The status with this wire value, known or not.
     *
     * @param code the wire value
     * @return the status
     */
    public static ReturnOrderStatus of(int code) {
        return new ReturnOrderStatus(code);
    }

    @Override
    public String toString() {
        String name = switch (code) {
            case 0 -> "ordered";
            case 1 -> "picked up";
            case 2 -> "in transit";
            case 3 -> "out for delivery";
            case 4 -> "signed";
            case 5 -> "exception";
            case 6 -> "signed by proxy";
            case 7 -> "pickup failed";
            case 8 -> "delivery failed";
            case 11 -> "cancelled";
            case 13 -> "being returned";
            case 14 -> "returned";
            case 99 -> "unknown to the carrier";
            default -> "unknown";
        };
        return code + " (" + name + ")";
    }
}
