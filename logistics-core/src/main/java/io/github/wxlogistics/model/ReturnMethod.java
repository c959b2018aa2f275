package io.github.wxlogistics.model;

/**
 * How the user sends a return back (the get reply's {@code status}): 0 not filled in yet, 1 a
 * courier pickup was booked, 2 the user ships it and filled in the waybill number. WeChat sends it
 * as a number or as a numeric string; both decode to this type. Undocumented values still decode.
 *
 * @param code the wire value
 */
public record ReturnMethod(int code) {

    /** 0: the user has not filled in the return yet. */
    public static final ReturnMethod NOT_FILLED = new ReturnMethod(0);
    /** 1: a courier pickup was booked (预约上门取件). */
    public static final ReturnMethod PICKUP = new ReturnMethod(1);
    /** 2: the user ships it and filled in the waybill number (自行寄回); only then may it be unbound. */
    public static final ReturnMethod SELF_SHIP = new ReturnMethod(2);

    /**
     * The method with this wire value, known or not.
     *
     * @param code the wire value
     * @return the method
     */
    public static ReturnMethod of(int code) {
        return new ReturnMethod(code);
    }

    @Override
    public String toString() {
        return switch (code) {
            case 0 -> "0 (not filled)";
            case 1 -> "1 (pickup)";
            case 2 -> "2 (self-ship)";
            default -> code + " (unknown)";
        };
    }
}
