package io.github.wxlogistics.model;

/**
 * addOrder's {@code add_source}: 0 mini program order, 2 App or H5 order ({@code wx_appid}
 * required, no notification sent). Undocumented values still encode and decode.
 *
 * @param code the wire value
 */
public record AddSource(int code) {

    /** 0: an order placed in the mini program. */
    public static final AddSource MINI_PROGRAM = new AddSource(0);
    /** 2: an order placed in an App or H5 page. */
    public static final AddSource APP_OR_H5 = new AddSource(2);

    /**
     * The source with this wire value, known or not.
     *
     * @param code the wire value
     * @return the source with this wire value, known or not
     */
    public static AddSource of(int code) {
        return new AddSource(code);
    }

    /**
     * Whether the value is 0 or 2.
     *
     * @return whether the value is 0 or 2
     */
    public boolean isKnown() {
        return code == 0 || code == 2;
    }

    @Override
    public String toString() {
        return switch (code) {
            case 0 -> "0 (mini program)";
            case 2 -> "2 (App/H5)";
            default -> code + " (unknown)";
        };
    }
}
