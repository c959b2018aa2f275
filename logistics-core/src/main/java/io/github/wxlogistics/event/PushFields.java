package io.github.wxlogistics.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every field of a push body as it arrived, known or not: the raw view behind each typed event,
 * for fields the library does not model (real {@code add_express_path} pushes carry {@code Lat}
 * and {@code Lng} inside {@code Actions}).
 *
 * <p>A field holds texts and nested objects, in body order. XML: an element with child elements
 * is an object, any other element a text (CDATA unwrapped); a repeated element gives several
 * values. JSON: a string, number or boolean is a text (a number as its exact literal, such as
 * {@code 1.20}), an object is an object, an array gives one value per element, {@code null}
 * gives none. Names are case-sensitive, exactly as on the wire.
 *
 * <p>Immutable. {@link #toString()} shows field names only, never values (a push carries
 * {@code BizPwd}).
 */
public final class PushFields {

    private static final PushFields EMPTY = new PushFields(Map.of());

    private final Map<String, List<Object>> values;

    private PushFields(Map<String, List<Object>> values) {
        this.values = values;
    }

    /**
     * No fields.
     *
     * @return the shared empty instance
     */
    public static PushFields empty() {
        return EMPTY;
    }

    /**
     * A builder, for parsers and for tests that make events by hand.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The field names, in the order they first appeared.
     *
     * @return the names, unmodifiable; empty if there are no fields
     */
    public Set<String> names() {
        return values.keySet();
    }

    /**
     * Whether the field appeared at all.
     *
     * @param name the field name as on the wire, case-sensitive; must not be {@code null}
     * @return true if the field has at least one value, text or object
     */
    public boolean has(String name) {
        return values.containsKey(Objects.requireNonNull(name, "name"));
    }

    /**
     * The field's first text value, if it has one.
     *
     * @param name the field name as on the wire, case-sensitive; must not be {@code null}
     * @return the first text value, or empty if the field is absent or holds only objects
     */
    public Optional<String> text(String name) {
        return texts(name).stream().findFirst();
    }

    /**
     * All text values of the field, in body order; empty if none.
     *
     * @param name the field name as on the wire, case-sensitive; must not be {@code null}
     * @return the text values, unmodifiable
     */
    public List<String> texts(String name) {
        return only(name, String.class);
    }

    /**
     * The field's first object value, if it has one.
     *
     * @param name the field name as on the wire, case-sensitive; must not be {@code null}
     * @return the first nested object, or empty if the field is absent or holds only text
     */
    public Optional<PushFields> object(String name) {
        return objects(name).stream().findFirst();
    }

    /**
     * All object values of the field (repeated XML elements or a JSON array), in body order.
     *
     * @param name the field name as on the wire, case-sensitive; must not be {@code null}
     * @return the nested objects, unmodifiable; empty if none
     */
    public List<PushFields> objects(String name) {
        return only(name, PushFields.class);
    }

    /**
     * Each field's first text value by name, in body order; fields holding only objects are left out.
     *
     * @return an unmodifiable map from field name to its first text value
     */
    public Map<String, String> textFields() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((name, list) -> list.stream().filter(String.class::isInstance).findFirst()
                .ifPresent(v -> out.put(name, (String) v)));
        return Collections.unmodifiableMap(out);
    }

    private <T> List<T> only(String name, Class<T> type) {
        List<Object> list = values.getOrDefault(Objects.requireNonNull(name, "name"), List.of());
        return list.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PushFields that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "PushFields" + values.keySet();
    }

    /** Collects fields in order; not thread-safe. */
    public static final class Builder {

        private final Map<String, List<Object>> values = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a text value to the field (after any earlier values).
         *
         * @param name the field name; must not be {@code null}
         * @param text the value; must not be {@code null}
         * @return this builder
         */
        public Builder add(String name, String text) {
            return put(name, Objects.requireNonNull(text, "text"));
        }

        /**
         * Adds an object value to the field (after any earlier values).
         *
         * @param name   the field name; must not be {@code null}
         * @param object the nested fields; must not be {@code null}
         * @return this builder
         */
        public Builder add(String name, PushFields object) {
            return put(name, Objects.requireNonNull(object, "object"));
        }

        private Builder put(String name, Object value) {
            values.computeIfAbsent(Objects.requireNonNull(name, "name"), n -> new ArrayList<>()).add(value);
            return this;
        }

        /**
         * The fields collected so far.
         *
         * @return an immutable snapshot; later additions to this builder do not change it
         */
        public PushFields build() {
            Map<String, List<Object>> copy = new LinkedHashMap<>();
            values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
            return new PushFields(Collections.unmodifiableMap(copy));
        }
    }
}
