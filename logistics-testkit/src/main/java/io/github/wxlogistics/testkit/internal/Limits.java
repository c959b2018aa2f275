package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonObject;
import java.util.Set;

/** WeChat's field rules that several calls share: byte limits and the action_type list. */
public final class Limits {

    /** The nine documented action_type values (API.md 7.1, basic list). */
    public static final Set<Integer> ACTION_TYPES =
            Set.of(100001, 100002, 100003, 200001, 300002, 300003, 300004, 400001, 400002);

    private Limits() {
    }

    /** 9300526 naming the field when {@code value} is longer than {@code maxBytes} in UTF-8. */
    public static void maxBytes(String field, String value, int maxBytes) {
        if (Jsons.utf8Length(value) > maxBytes) {
            throw ApiError.withHint(9300526, field + " longer than " + maxBytes + " bytes");
        }
    }

    /** Checks the byte limits of a Person object ({@code sender} or {@code receiver}). */
    public static void person(String field, JsonObject p) {
        maxBytes(field + ".name", Jsons.optString(p, "name"), 64);
        maxBytes(field + ".tel", Jsons.optString(p, "tel"), 32);
        maxBytes(field + ".mobile", Jsons.optString(p, "mobile"), 32);
        maxBytes(field + ".company", Jsons.optString(p, "company"), 64);
        maxBytes(field + ".post_code", Jsons.optString(p, "post_code"), 10);
        maxBytes(field + ".country", Jsons.optString(p, "country"), 64);
        maxBytes(field + ".province", Jsons.optString(p, "province"), 64);
        maxBytes(field + ".city", Jsons.optString(p, "city"), 64);
        maxBytes(field + ".area", Jsons.optString(p, "area"), 64);
        maxBytes(field + ".address", Jsons.optString(p, "address"), 512);
    }

    /** 47001 unless {@code actionType} is one of the documented values. */
    public static int actionType(long actionType) {
        if (!ACTION_TYPES.contains((int) actionType) || actionType != (int) actionType) {
            throw ApiError.withHint(47001, "action_type " + actionType + " is not a documented value");
        }
        return (int) actionType;
    }
}
