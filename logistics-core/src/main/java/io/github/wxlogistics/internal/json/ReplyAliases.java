package io.github.wxlogistics.internal.json;

import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.model.insurance.PolicyListResponse;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * Replies WeChat has been seen sending with other member names than its pages give: today
 * insurance_freight_getorderlist, whose policies a reply quoted on WeChat's community spells in camelCase
 * ({@code orderNo}, {@code policyNo}, {@code deliverNo}...). Before the shape check and binding, each
 * policy's camelCase member is renamed to its snake_case name; both forms with different values are
 * refused, never one silently chosen. Every other reply type passes through untouched.
 */
final class ReplyAliases {

    /** Names that are not the plain camelCase of the documented one. */
    private static final Map<String, String> IRREGULAR = Map.of("deliverNo", "delivery_no");

    private final JsonBuilderFactory builders;

    ReplyAliases(JsonBuilderFactory builders) {
        this.builders = builders;
    }

    /** {@code tree} with the documented names, for {@code type}. */
    JsonObject normalize(JsonObject tree, Class<?> type) {
        if (type != PolicyListResponse.class || !(tree.get("list") instanceof JsonArray list)) {
            return tree;
        }
        JsonArrayBuilder renamed = builders.createArrayBuilder();
        boolean changed = false;
        for (int i = 0; i < list.size(); i++) {
            JsonValue item = list.get(i);
            if (item instanceof JsonObject policy) {
                JsonObject snake = snakeCase(policy, "list[" + i + "]");
                changed |= snake != policy;
                renamed.add(snake);
            } else {
                renamed.add(item);   // the shape check names it
            }
        }
        return changed ? builders.createObjectBuilder(tree).add("list", renamed).build() : tree;
    }

    private JsonObject snakeCase(JsonObject member, String at) {
        if (member.keySet().stream().noneMatch(ReplyAliases::hasUpperCase)) {
            return member;
        }
        JsonObjectBuilder out = builders.createObjectBuilder();
        member.forEach((name, value) -> {
            if (!hasUpperCase(name)) {
                out.add(name, value);
            }
        });
        for (Map.Entry<String, JsonValue> e : member.entrySet()) {
            String name = e.getKey();
            if (!hasUpperCase(name)) {
                continue;
            }
            String documented = IRREGULAR.getOrDefault(name, snake(name));
            JsonValue other = member.get(documented);
            if (other == null || isNull(other)) {
                out.add(documented, e.getValue());
            } else if (!isNull(e.getValue()) && !other.equals(e.getValue())) {
                throw new DecodeException(at + "." + name + " and " + at + "." + documented
                        + " both present with different values", null);
            }
        }
        return out.build();
    }

    private static boolean isNull(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.NULL;
    }

    private static boolean hasUpperCase(String name) {
        return !name.equals(name.toLowerCase(java.util.Locale.ROOT));
    }

    private static String snake(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
