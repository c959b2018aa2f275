package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads the fixture JSON format (see the testkit guide) into {@link SeedData}. */
public final class SeedParser {

    private SeedParser() {
    }

    /** Parses fixture text; a bad fixture fails with a message naming the entry at fault. */
    public static SeedData parse(String json) {
        JsonObject root;
        try {
            root = Jsons.parseObject(json.getBytes(StandardCharsets.UTF_8));
        } catch (JsonException e) {
            throw new IllegalArgumentException("fixture is not a JSON object: " + e.getMessage(), e);
        }
        return new SeedData(list(root, "couriers", SeedParser::courier), list(root, "accounts", SeedParser::account),
                list(root, "orders", SeedParser::order), list(root, "printers", SeedParser::printer));
    }

    private static <T> List<T> list(JsonObject root, String field, Function<JsonObject, T> reader) {
        List<T> out = new ArrayList<>();
        JsonArray array = guard(field, () -> Jsons.optArray(root, field));
        for (int i = 0; i < array.size(); i++) {
            String where = field + "[" + i + "]";
            JsonValue item = array.get(i);
            if (!(item instanceof JsonObject o)) {
                throw new IllegalArgumentException("fixture " + where + " must be an object");
            }
            out.add(guard(where, () -> reader.apply(o)));
        }
        return out;
    }

    private static <T> T guard(String where, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (ApiError e) {
            throw new IllegalArgumentException("fixture " + where + ": " + e.errmsg().replace("data format error hint: ", ""), e);
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("fixture " + where + ": an entry has the wrong type", e);
        }
    }

    private static Courier courier(JsonObject o) {
        return new Courier(Jsons.requireString(o, "delivery_id"), Jsons.optString(o, "delivery_name", ""),
                (int) Jsons.optLong(o, "can_use_cash", 0), (int) Jsons.optLong(o, "can_get_quota", 0),
                Jsons.optString(o, "cash_biz_id", ""), services(o));
    }

    private static BoundAccount account(JsonObject o) {
        long created = Jsons.optLong(o, "create_time", 0);
        long updated = Jsons.optLong(o, "update_time", created);
        return new BoundAccount(Jsons.requireString(o, "biz_id"), Jsons.requireString(o, "delivery_id"), created, updated,
                (int) Jsons.optLong(o, "status_code", BoundAccount.BOUND), Jsons.optString(o, "alias", ""),
                Jsons.optString(o, "remark_wrong_msg", ""), Jsons.optString(o, "remark_content", ""),
                Jsons.optLong(o, "quota_num", 0), Jsons.optLong(o, "quota_update_time", updated), services(o),
                Jsons.optBoolean(o, "password_wrong"));
    }

    private static Order order(JsonObject o) {
        String orderId = Jsons.requireString(o, "order_id");
        String deliveryId = Jsons.requireString(o, "delivery_id");
        String waybillId = Jsons.requireString(o, "waybill_id");
        Contact receiver = contact(o, "receiver");
        List<KeyValue> data = new ArrayList<>();
        for (JsonValue v : Jsons.optArray(o, "waybill_data")) {
            JsonObject kv = (JsonObject) v;
            data.add(new KeyValue(Jsons.requireString(kv, "key"), Jsons.optString(kv, "value", "")));
        }
        List<TrackingNode> path = new ArrayList<>();
        for (JsonValue v : Jsons.optArray(o, "path")) {
            JsonObject p = (JsonObject) v;
            path.add(new TrackingNode(Jsons.requireLong(p, "action_time"), (int) Jsons.requireLong(p, "action_type"),
                    Jsons.optString(p, "action_msg", "")));
        }
        return new Order(orderId, Jsons.optString(o, "openid", ""), deliveryId, Jsons.optString(o, "biz_id", ""),
                waybillId, Jsons.optString(o, "token", Waybills.courierToken(waybillId)),
                (int) Jsons.optLong(o, "order_status", Order.NORMAL),
                Jsons.optString(o, "print_html", Waybills.printHtml(deliveryId, waybillId, orderId)),
                o.containsKey("waybill_data") ? data : Waybills.waybillData(deliveryId, receiver, 0),
                contact(o, "sender"), receiver, path);
    }

    private static Printer printer(JsonObject o) {
        List<String> tags = new ArrayList<>();
        for (JsonValue v : Jsons.optArray(o, "tagid_list")) {
            tags.add(v instanceof JsonString s ? s.getString() : v.toString());
        }
        return new Printer(Jsons.requireString(o, "openid"), tags);
    }

    private static Contact contact(JsonObject o, String field) {
        return o.get(field) instanceof JsonObject c ? Contact.fromJson(c) : Contact.fromJson(JsonValue.EMPTY_JSON_OBJECT);
    }

    private static List<CourierService> services(JsonObject o) {
        List<CourierService> out = new ArrayList<>();
        for (JsonValue v : Jsons.optArray(o, "service_type")) {
            JsonObject s = (JsonObject) v;
            out.add(new CourierService((int) Jsons.requireLong(s, "service_type"), Jsons.optString(s, "service_name", "")));
        }
        return out;
    }
}
