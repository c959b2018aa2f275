package io.github.wxlogistics.testkit.contract;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;

/**
 * The fuzz's value oracle: a decoded reply must hold what the reply's JSON says, member by member.
 * A text member must be a JSON string with exactly the same text (not a number rendered anew), a
 * number must be numerically equal, a nested record or list must match the same way. Members the
 * record does not declare are not looked at; code types (enums of WeChat's numbers) are skipped.
 */
final class Faithful {

    private Faithful() {
    }

    /** The first difference between {@code value} and {@code reply}, or {@code null} when it is faithful. */
    static String difference(Object value, JsonObject reply) {
        return value == null ? null : record(value, reply, "");
    }

    private static String record(Object value, JsonObject json, String at) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            String name = snake(component.getName());
            Object member;
            try {
                member = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                return at + name + ": unreadable (" + e + ")";
            }
            String difference = member(member, json.get(name), at + name);
            if (difference != null) {
                return difference;
            }
        }
        return null;
    }

    private static String member(Object member, JsonValue json, String at) {
        boolean absent = json == null || json.getValueType() == JsonValue.ValueType.NULL;
        if (member == null) {
            return null;   // absent in the record: the shape check decides whether that may be
        }
        if (member instanceof String text) {
            if (!(json instanceof JsonString string) || !string.getString().equals(text)) {
                return at + ": decoded as \"" + text + "\" from " + (absent ? "nothing" : json.toString());
            }
        } else if (member instanceof Number number) {
            if (!(json instanceof JsonNumber n) || n.bigDecimalValue().compareTo(new BigDecimal(number.toString())) != 0) {
                return absent && number.longValue() == 0 ? null : at + ": decoded as " + number + " from " + json;
            }
        } else if (member instanceof List<?> list) {
            if (absent && list.isEmpty()) {
                return null;   // the model's convention: an absent list reads as empty
            }
            if (!(json instanceof JsonArray array) || array.size() != list.size()) {
                return at + ": decoded as a list of " + list.size() + " from " + json;
            }
            for (int i = 0; i < list.size(); i++) {
                String difference = member(list.get(i), array.get(i), at + "[" + i + "]");
                if (difference != null) {
                    return difference;
                }
            }
        } else if (member.getClass().isRecord() && json instanceof JsonObject object) {
            return record(member, object, at + ".");
        }
        return null;
    }

    private static String snake(String component) {
        StringBuilder name = new StringBuilder();
        for (char c : component.toCharArray()) {
            name.append(Character.isUpperCase(c) ? "_" + Character.toLowerCase(c) : String.valueOf(c));
        }
        return name.toString();
    }
}
