package io.github.wxlogistics.internal.json;

import io.github.wxlogistics.error.DecodeException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a parsed reply against the record type it is about to be bound to, so that binding can
 * neither narrow nor drop anything silently: an integer member must be an integral number in its
 * type's range, a list of records must hold objects only, a nested record must be an object. JSON-B
 * would otherwise truncate {@code 12.5} to 12, wrap {@code 4294967299} to 3, skip a {@code "7"}
 * in a list of objects and read an absent number as 0. A record declares a number that is always
 * there as a primitive (absent is an error here) and one that may be absent as a boxed type
 * (absent is {@code null}). A text member must be a JSON string: a number there is refused, not
 * re-rendered ({@code 1e18} would become {@code "1E+18"}, {@code -0} would become {@code "0"}). A code type
 * whose adapter travels as a {@link JsonValue} is one WeChat sends in two forms: an integer, or a string
 * holding one. Members the record does not declare are not looked at.
 */
final class ShapeCheck {

    private static final long INT_MIN = Integer.MIN_VALUE;
    private static final long INT_MAX = Integer.MAX_VALUE;
    private static final long LONG_MIN = Long.MIN_VALUE;
    private static final long LONG_MAX = Long.MAX_VALUE;
    private static final java.util.regex.Pattern CODE_TEXT = java.util.regex.Pattern.compile("-?[0-9]{1,9}");

    private final Map<Class<?>, Class<?>> wireTypes;
    private final Map<Class<?>, Set<String>> requiredObjects;
    // Per record type, its members with their wire shapes resolved once (no map lookup per value).
    private final ClassValue<List<Member>> members = new ClassValue<>() {
        @Override
        protected List<Member> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                return List.of();
            }
            Set<String> required = requiredObjects.getOrDefault(type, Set.of());
            return java.util.Arrays.stream(components).map(c -> {
                String json = jsonName(c.getName());
                return new Member(json, shapeOf(c.getGenericType()), c.getType().isPrimitive() || required.contains(json));
            }).toList();
        }
    };

    /**
     * @param wireTypes       each code type and the JSON type it travels as
     * @param requiredObjects per record type, the JSON names of non-primitive members that are
     *                        always there (a primitive member always is)
     */
    ShapeCheck(Map<Class<?>, Class<?>> wireTypes, Map<Class<?>, Set<String>> requiredObjects) {
        this.wireTypes = wireTypes;
        this.requiredObjects = requiredObjects;
    }

    /** Throws {@link DecodeException} naming the member path if {@code tree} does not fit {@code type}. */
    void check(JsonObject tree, Class<?> type) {
        try {
            object(tree, type, null);   // the common case, a reply that fits: no member path is built
        } catch (Again again) {
            object(tree, type, "");     // it does not fit: check again naming the member, which throws
        }
    }

    /**
     * A member's path below {@code at}; {@code null} in the first pass, which names nothing: any
     * mismatch there is thrown as {@link Again} and the check runs again with paths.
     */
    private static String child(String at, String name) {
        return at == null ? null : at.isEmpty() ? name : at + "." + name;
    }

    private static String item(String at, int index) {
        return at == null ? null : at + "[" + index + "]";
    }

    /** {@code failure} built only in the second pass; the first pass throws {@link Again}. */
    private static DecodeException failure(String at, java.util.function.Supplier<DecodeException> failure) {
        if (at == null) {
            throw Again.INSTANCE;
        }
        return failure.get();
    }

    private void object(JsonObject tree, Class<?> type, String at) {
        for (Member member : members.get(type)) {
            JsonValue value = tree.get(member.json());
            String path = child(at, member.json());
            if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
                value(value, member.shape(), path);
            } else if (member.required()) {
                // A primitive member is one the documents say is always there: absent is not 0.
                throw failure(path, () -> new DecodeException(path + " is missing", null));
            }
        }
    }

    /**
     * What a declared type is checked as: its wire {@link Class} (a code type's JSON type, else
     * itself), a {@link ListOf} for a list, or {@code null} for anything not checked.
     */
    private Object shapeOf(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            return new ListOf(shapeOf(generic.getActualTypeArguments()[0]));
        }
        return type instanceof Class<?> raw ? wireTypes.getOrDefault(raw, raw) : null;
    }

    private void value(JsonValue value, Object shape, String at) {
        if (shape instanceof ListOf list) {
            if (!(value instanceof JsonArray array)) {
                throw mismatch(at, "an array", value);
            }
            Object element = list.element();
            for (int i = 0; i < array.size(); i++) {
                JsonValue item = array.get(i);
                String itemAt = item(at, i);
                if (item.getValueType() == JsonValue.ValueType.NULL) {
                    throw mismatch(itemAt, "a value", item);
                }
                value(item, element, itemAt);
            }
            return;
        }
        if (!(shape instanceof Class<?> wire)) {
            return;
        }
        if (wire == String.class) {
            if (!(value instanceof JsonString)) {
                // Binding would render a number as text of its own (1e18 as "1E+18", -0 as "0"): refuse it instead.
                throw failure(at, () -> new DecodeException(at + " must be a JSON string, was " + kind(value)
                        + " (refused rather than re-rendered as text)", null));
            }
        } else if (wire == JsonValue.class) {
            // A code WeChat sends in two forms (the return component's status): an int, or text holding one.
            if (value instanceof JsonString text && CODE_TEXT.matcher(text.getString().strip()).matches()) {
                return;
            }
            if (!(value instanceof JsonString)) {
                integral(value, at, INT_MIN, INT_MAX);
                return;
            }
            throw failure(at, () -> new DecodeException(at + " must be an integer or text holding one, was "
                    + shown(value), null));
        } else if (wire == int.class || wire == Integer.class) {
            integral(value, at, INT_MIN, INT_MAX);
        } else if (wire == long.class || wire == Long.class) {
            integral(value, at, LONG_MIN, LONG_MAX);
        } else if (wire.isRecord()) {
            if (!(value instanceof JsonObject object)) {
                throw mismatch(at, "an object", value);
            }
            object(object, wire, at);
        }
    }

    private static void integral(JsonValue value, String at, long min, long max) {
        if (!(value instanceof JsonNumber number && number.isIntegral())) {
            throw mismatch(at, "an integer", value);
        }
        if (!fits(number, min, max)) {
            throw failure(at, () -> new DecodeException(at + " is out of range (" + min + " to " + max + "), was "
                    + shown(value), null));
        }
    }

    /** Whether an integral number is within bounds; exponents such as 1e400 are refused without being expanded. */
    private static boolean fits(JsonNumber number, long min, long max) {
        try {
            long n = number.longValueExact();
            return n >= min && n <= max;
        } catch (ArithmeticException e) {
            return false;   // beyond long
        }
    }

    private static DecodeException mismatch(String at, String expected, JsonValue value) {
        return failure(at, () -> new DecodeException(at + " must be " + expected + ", was " + shown(value), null));
    }

    private static String kind(JsonValue value) {
        return switch (value.getValueType()) {
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "null";
        };
    }

    private static String shown(JsonValue value) {
        String text = value.toString();
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** The JSON name the naming strategy gives a component: {@code spaceX} becomes {@code space_x}. */
    static String jsonName(String component) {
        StringBuilder name = new StringBuilder(component.length() + 4);
        for (char c : component.toCharArray()) {
            if (Character.isUpperCase(c)) {
                name.append('_').append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    private record Member(String json, Object shape, boolean required) {
    }

    private record ListOf(Object element) {
    }

    /** The first pass's signal that the reply does not fit; carries nothing and no stack trace. */
    private static final class Again extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Again INSTANCE = new Again();

        private Again() {
            super(null, null, false, false);
        }
    }
}
