package io.github.wxlogistics.model;

/**
 * addOrder's {@code take_mode}: 0 offline outlet contract (the default), 1 headquarters
 * settlement (YTO only). Undocumented values still encode and decode.
 *
 * @param code the wire value
 */
public record TakeMode(int code) {

    /** 0: settled with the offline outlet. */
    public static final TakeMode OUTLET = new TakeMode(0);
    /** 1: settled with the courier's headquarters. */
    public static final TakeMode HEADQUARTERS = new TakeMode(1);

    /**
     * The mode with this wire value, known or not.
     *
     * @param code the wire value
     * @return the mode with this wire value, known or not
     */
    public static TakeMode of(int code) {
        return new TakeMode(code);
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
            case 0 -> "0 (outlet)";
            case 1 -> "1 (headquarters)";
            default -> code + " (unknown)";
        };
    }
}
