package io.github.wxlogistics.error;

import java.util.Objects;

/**
 * Bad input caught before anything was sent. The message names the field (as it appears on
 * the wire, such as {@code sender.name}) and the rule it broke.
 */
public final class ValidationException extends LogisticsException {
    private static final long serialVersionUID = 1L;


    /** The wire name of the offending field. */
    private final String field;
    /** The rule it broke. */
    private final String rule;

    /**
     * A validation failure.
     *
     * @param field the wire name of the offending field
     * @param rule  the rule it broke
     */
    public ValidationException(String field, String rule) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(rule, "rule"), null);
        this.field = field;
        this.rule = rule;
    }

    /**
     * The wire name of the offending field, such as {@code order_list} or {@code sender.name}.
     *
     * @return the wire name of the offending field, such as {@code order_list} or {@code sender.name}
     */
    public String field() {
        return field;
    }

    /**
     * The rule that was broken, such as {@code is required} or {@code must be at most 64 bytes in UTF-8}.
     *
     * @return the rule that was broken, such as {@code is required} or {@code must be at most 64 bytes in UTF-8}
     */
    public String rule() {
        return rule;
    }
}
