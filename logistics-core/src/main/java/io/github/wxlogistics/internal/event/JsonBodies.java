package io.github.wxlogistics.internal.event;

import io.github.wxlogistics.event.PushFields;
import io.github.wxlogistics.event.PushRejectedException;
import io.github.wxlogistics.event.PushRejectedException.Reason;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Reads a JSON push through JSON-P into {@link PushFields}, numbers kept as their exact literal. */
final class JsonBodies {

    /** Deepest nesting accepted in either format; real pushes nest three levels. */
    static final int MAX_DEPTH = 16;

    private JsonBodies() {
    }

    static PushFields parse(JsonReaderFactory readers, byte[] body, int offset) {
        JsonValue value;
        try (JsonReader reader = readers.createReader(new ByteArrayInputStream(body, offset, body.length - offset),
                StandardCharsets.UTF_8)) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new PushRejectedException(Reason.MALFORMED, "the JSON body is not well-formed"
                    + (at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")"));
        } catch (JsonException e) {
            throw new PushRejectedException(Reason.MALFORMED, "the JSON body is not well-formed");
        }
        if (!(value instanceof JsonObject object)) {
            throw new PushRejectedException(Reason.MALFORMED, "the JSON body is not an object");
        }
        return fields(object, 1);
    }

    private static PushFields fields(JsonObject object, int depth) {
        if (depth > MAX_DEPTH) {
            throw new PushRejectedException(Reason.MALFORMED, "the body nests deeper than " + MAX_DEPTH);
        }
        PushFields.Builder out = PushFields.builder();
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            add(out, member.getKey(), member.getValue(), depth);
        }
        return out.build();
    }

    private static String number(String name, JsonNumber number) {
        try {
            return number.bigDecimalValue().toString();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new PushRejectedException(Reason.MALFORMED, name + " is a number out of range");
        }
    }

    private static void add(PushFields.Builder out, String name, JsonValue value, int depth) {
        switch (value.getValueType()) {
            case STRING -> out.add(name, ((JsonString) value).getString());
            case NUMBER -> out.add(name, number(name, (JsonNumber) value));
            case TRUE, FALSE -> out.add(name, value.toString());
            case OBJECT -> out.add(name, fields(value.asJsonObject(), depth + 1));
            case ARRAY -> {
                if (depth + 1 > MAX_DEPTH) {
                    throw new PushRejectedException(Reason.MALFORMED, "the body nests deeper than " + MAX_DEPTH);
                }
                for (JsonValue element : (JsonArray) value) {
                    add(out, name, element, depth + 1);
                }
            }
            case NULL -> {
                // A null field carries nothing.
            }
            default -> throw new IllegalStateException("unknown JSON value type " + value.getValueType());
        }
    }
}
