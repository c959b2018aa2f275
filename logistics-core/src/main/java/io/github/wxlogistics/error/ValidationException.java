package io.github.wxlogistics.error;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Bad input caught before anything was sent. It lists every rule the request broke, each with
 * the field it concerns (named as on the wire, such as {@code sender.name}), so that all of them
 * can be fixed at once; {@link #field()} and {@link #rule()} give the first.
 *
 * <p>The message is {@code field: rule} for one violation, and
 * {@code N rules broken: field: rule; field: rule; ...} for several.
 */
public final class ValidationException extends LogisticsException {
    private static final long serialVersionUID = 1L;

    /** Every violation, in the order the rules were checked; never empty. */
    private final List<Violation> violations;

    /**
     * A validation failure of one rule.
     *
     * @param field the wire name of the offending field
     * @param rule  the rule it broke
     */
    public ValidationException(String field, String rule) {
        this(List.of(new Violation(field, rule)));
    }

    /**
     * A validation failure of one or more rules.
     *
     * @param violations every broken rule, in the order checked; at least one
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public ValidationException(List<Violation> violations) {
        super(message(violations), null);
        this.violations = List.copyOf(violations);
    }

    private static String message(List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        if (violations.size() == 1) {
            return violations.get(0).toString();
        }
        return violations.size() + " rules broken: "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /**
     * The wire name of the first offending field, such as {@code order_list} or {@code sender.name}.
     *
     * @return the wire name of the first offending field
     */
    public String field() {
        return violations.get(0).field();
    }

    /**
     * The first rule that was broken, such as {@code is required} or {@code must be at most 64 bytes in UTF-8}.
     *
     * @return the first rule that was broken
     */
    public String rule() {
        return violations.get(0).rule();
    }

    /**
     * Every rule the request broke, in the order they were checked.
     *
     * @return the violations, at least one, unmodifiable
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * One broken rule.
     *
     * @param field the wire name of the field, such as {@code sender.mobile}
     * @param rule  the rule, in words, such as {@code is required}
     */
    public record Violation(String field, String rule) {

        /**
         * Checks that both parts are present.
         *
         * @param field the wire name of the field
         * @param rule  the rule, in words
         */
        public Violation {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(rule, "rule");
        }

        /** {@code field: rule}. */
        @Override
        public String toString() {
            return field + ": " + rule;
        }
    }
}
