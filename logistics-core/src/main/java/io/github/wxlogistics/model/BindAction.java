package io.github.wxlogistics.model;

import java.util.Objects;

/**
 * bindAccount's {@code type} and updatePrinter's {@code update_type}: {@code bind} or
 * {@code unbind}. Other values still encode, so WeChat decides on them.
 *
 * @param value the wire value
 */
public record BindAction(String value) {

    /** {@code bind}. */
    public static final BindAction BIND = new BindAction("bind");
    /** {@code unbind}. */
    public static final BindAction UNBIND = new BindAction("unbind");

    /**
     * Checks that the value is present.
     *
     * @param value the wire value
     */
    public BindAction {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The action with this wire value, known or not.
     *
     * @param value the wire value
     * @return the action with this wire value, known or not
     */
    public static BindAction of(String value) {
        return new BindAction(value);
    }

    /**
     * Whether the value is {@code bind} or {@code unbind}.
     *
     * @return whether the value is {@code bind} or {@code unbind}
     */
    public boolean isKnown() {
        return value.equals("bind") || value.equals("unbind");
    }

    @Override
    public String toString() {
        return value;
    }
}
