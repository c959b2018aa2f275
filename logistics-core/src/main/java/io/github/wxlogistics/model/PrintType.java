package io.github.wxlogistics.model;

/** Which waybill layout getOrder returns ({@code print_type}). */
public enum PrintType {
    /** 0: two-part waybill (二联单), the default. */
    TWO_PART(0),
    /** 1: one-part waybill (一联单). */
    ONE_PART(1);

    private final int code;

    PrintType(int code) {
        this.code = code;
    }

    /**
     * The wire value.
     *
     * @return the wire value
     */
    public int code() {
        return code;
    }
}
