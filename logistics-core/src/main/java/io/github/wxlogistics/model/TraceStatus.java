package io.github.wxlogistics.model;

/**
 * A traced waybill's {@code waybill_info.status}: 0 not found or not yet picked up, 1 picked up,
 * 2 in transit, 3 out for delivery, 4 signed, 5 exception, 6 signed by proxy. Undocumented values
 * still decode.
 *
 * @param code the wire value
 */
public record TraceStatus(int code) {

    /** 0: the waybill is unknown to the carrier or not picked up yet. */
    public static final TraceStatus NOT_PICKED_UP = new TraceStatus(0);
    /** 1: picked up (已揽件). */
    public static final TraceStatus PICKED_UP = new TraceStatus(1);
    /** 2: in transit (运输中). */
    public static final TraceStatus IN_TRANSIT = new TraceStatus(2);
    /** 3: out for delivery (派件中). */
    public static final TraceStatus OUT_FOR_DELIVERY = new TraceStatus(3);
    /** 4: signed for (已签收). */
    public static final TraceStatus SIGNED = new TraceStatus(4);
    /** 5: exception (异常). */
    public static final TraceStatus EXCEPTION = new TraceStatus(5);
    /** 6: signed for by a proxy (代签收). */
    public static final TraceStatus SIGNED_BY_PROXY = new TraceStatus(6);

    /**
     * The status with this wire value, known or not.
     *
     * @param code the wire value
     * @return the status
     */
    public static TraceStatus of(int code) {
        return new TraceStatus(code);
    }

    /**
     * Whether the value is one of the documented 0 to 6.
     *
     * @return whether the value is documented
     */
    public boolean isKnown() {
        return code >= 0 && code <= 6;
    }

    /**
     * Whether the parcel reached the user (4 or 6).
     *
     * @return whether the parcel was signed for
     */
    public boolean isSigned() {
        return code == 4 || code == 6;
    }

    @Override
    public String toString() {
        return switch (code) {
            case 0 -> "0 (not picked up)";
            case 1 -> "1 (picked up)";
            case 2 -> "2 (in transit)";
            case 3 -> "3 (out for delivery)";
            case 4 -> "4 (signed)";
            case 5 -> "5 (exception)";
            case 6 -> "6 (signed by proxy)";
            default -> code + " (unknown)";
        };
    }
}
