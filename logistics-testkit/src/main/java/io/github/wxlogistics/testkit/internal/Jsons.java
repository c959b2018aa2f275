package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * JSON-P helpers: one cached provider (the lookup is slow), parsing of request bodies with
 * WeChat's 47001 on anything malformed, and typed field readers.
 */
public final class Jsons {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());
    private static final JsonWriterFactory WRITERS = PROVIDER.createWriterFactory(Map.of());

    private Jsons() {
    }

    /** A new object builder. */
    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    /** A new array builder. */
    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    /** Parses a request body that must be a JSON object; anything else is a 47001. */
    public static JsonObject parseRequest(byte[] body) {
        try {
            return parseObject(body);
        } catch (JsonException | ClassCastException e) {
            throw ApiError.withHint(47001, "body is not a JSON object");
        }
    }

    /** Parses bytes that must hold a JSON object, throwing {@link JsonException} otherwise. */
    public static JsonObject parseObject(byte[] body) {
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            JsonStructure structure = reader.read();
            if (!(structure instanceof JsonObject object)) {
                throw new JsonException("not a JSON object");
            }
            return object;
        }
    }

    /** UTF-8 bytes of a JSON value, non-ASCII characters left unescaped. */
    public static byte[] bytes(JsonStructure value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = WRITERS.createWriter(out, StandardCharsets.UTF_8)) {
            writer.write(value);
        }
        return out.toByteArray();
    }

    /** A required non-empty string field, or 47001 naming it. */
    public static String requireString(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (!(v instanceof JsonString s) || s.getString().isEmpty()) {
            throw ApiError.withHint(47001, "missing " + field);
        }
        return s.getString();
    }

    /** An optional string field, {@code null} when absent; 47001 when present with another type. */
    public static String optString(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw ApiError.withHint(47001, field + " must be a string");
        }
        return s.getString();
    }

    /** An optional string field, {@code fallback} when absent. */
    public static String optString(JsonObject o, String field, String fallback) {
        String s = optString(o, field);
        return s == null ? fallback : s;
    }

    /** A required integral number, or 47001 naming it. */
    public static long requireLong(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw ApiError.withHint(47001, "missing " + field);
        }
        return n.longValue();
    }

    /** An optional integral number, {@code fallback} when absent. */
    public static long optLong(JsonObject o, String field, long fallback) {
        return o.get(field) == null || o.isNull(field) ? fallback : requireLong(o, field);
    }

    /** A required object field, or 47001 naming it. */
    public static JsonObject requireObject(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (!(v instanceof JsonObject object)) {
            throw ApiError.withHint(47001, "missing " + field);
        }
        return object;
    }

    /** An optional array field, empty when absent; 47001 when present with another type. */
    public static JsonArray optArray(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (!(v instanceof JsonArray a)) {
            throw ApiError.withHint(47001, field + " must be an array");
        }
        return a;
    }

    /** An optional boolean, {@code false} when absent; 47001 when present with another type. */
    public static boolean optBoolean(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL || v == JsonValue.FALSE) {
            return false;
        }
        if (v == JsonValue.TRUE) {
            return true;
        }
        throw ApiError.withHint(47001, field + " must be a boolean");
    }

    /** UTF-8 length of a string, for WeChat's byte limits. */
    public static int utf8Length(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }
}
