package io.github.wxlogistics.model;

/**
 * A bound account's {@code status_code}: 0 bound, 1 under review, 2 binding failed, 3 unbound.
 * Undocumented values still decode.
 *
 * @param code the wire value
 */
public record BindStatus(int code) {

    /** 0: bound. */
    public static final BindStatus BOUND = new BindStatus(0);
    /** 1: under review. */
    public static final BindStatus UNDER_REVIEW = new BindStatus(1);
    /** 2: binding failed. */
    public static final BindStatus FAILED = new BindStatus(2);
    /** 3: unbound. */
    public static final BindStatus UNBOUND = new BindStatus(3);

    /**
     * The status with this wire value, known or not.
     *
     * @param code the wire value
     * @return the status with this wire value, known or not
     */
    public static BindStatus of(int code) {
        return new BindStatus(code);
    }

    /**
     * Whether the value is one of 0 to 3.
     *
     * @return whether the value is one of 0 to 3
     */
    public boolean isKnown() {
        return code >= 0 && code <= 3;
    }

    @Override
    public String toString() {
        return switch (code) {
            case 0 -> "0 (bound)";
            case 1 -> "1 (under review)";
            case 2 -> "2 (failed)";
            case 3 -> "3 (unbound)";
            default -> code + " (unknown)";
        };
    }
}
