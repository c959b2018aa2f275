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
import java.math.BigInteger;
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

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final Map<Class<?>, Class<?>> wireTypes;
    private final Map<Class<?>, Set<String>> requiredObjects;
    private final ClassValue<List<Member>> members = new ClassValue<>() {
        @Override
        protected List<Member> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            return components == null ? List.of() : java.util.Arrays.stream(components)
                    .map(c -> new Member(jsonName(c.getName()), c.getGenericType())).toList();
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
        object(tree, type, "");
    }

    private void object(JsonObject tree, Class<?> type, String at) {
        for (Member member : members.get(type)) {
            JsonValue value = tree.get(member.json());
            String path = at.isEmpty() ? member.json() : at + "." + member.json();
            if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
                value(value, member.type(), path);
            } else if (member.type() instanceof Class<?> raw && raw.isPrimitive()
                    || requiredObjects.getOrDefault(type, Set.of()).contains(member.json())) {
                // A primitive member is one the documents say is always there: absent is not 0.
                throw new DecodeException(path + " is missing", null);
            }
        }
    }

    private void value(JsonValue value, Type type, String at) {
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            if (!(value instanceof JsonArray array)) {
                throw mismatch(at, "an array", value);
            }
            Type element = generic.getActualTypeArguments()[0];
            for (int i = 0; i < array.size(); i++) {
                JsonValue item = array.get(i);
                if (item.getValueType() == JsonValue.ValueType.NULL) {
                    throw mismatch(at + "[" + i + "]", "a value", item);
                }
                value(item, element, at + "[" + i + "]");
            }
            return;
        }
        if (!(type instanceof Class<?> raw)) {
            return;
        }
        Class<?> wire = wireTypes.getOrDefault(raw, raw);
        if (wire == String.class) {
            if (!(value instanceof JsonString)) {
                // Binding would render a number as text of its own (1e18 as "1E+18", -0 as "0"): refuse it instead.
                throw new DecodeException(at + " must be a JSON string, was " + kind(value)
                        + " (refused rather than re-rendered as text)", null);
            }
        } else if (wire == JsonValue.class) {
            // A code WeChat sends in two forms (the return component's status): an int, or text holding one.
            if (value instanceof JsonString text && text.getString().strip().matches("-?[0-9]{1,9}")) {
                return;
            }
            if (!(value instanceof JsonString)) {
                integral(value, at, INT_MIN, INT_MAX);
                return;
            }
            throw new DecodeException(at + " must be an integer or text holding one, was " + shown(value), null);
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

    private static void integral(JsonValue value, String at, BigInteger min, BigInteger max) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            // Exponents such as 1e400 are integral too; bound the digits before building a BigInteger.
            if (number.bigDecimalValue().precision() - number.bigDecimalValue().scale() <= 20) {
                BigInteger n = number.bigIntegerValue();
                if (n.compareTo(min) >= 0 && n.compareTo(max) <= 0) {
                    return;
                }
            }
            throw new DecodeException(at + " is out of range (" + min + " to " + max + "), was " + shown(value), null);
        }
        throw mismatch(at, "an integer", value);
    }

    private static DecodeException mismatch(String at, String expected, JsonValue value) {
        return new DecodeException(at + " must be " + expected + ", was " + shown(value), null);
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

    private record Member(String json, Type type) {
    }
}
