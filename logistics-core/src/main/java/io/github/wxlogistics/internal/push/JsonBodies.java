package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.event.PushFields;
import io.github.wxlogistics.internal.push.PushRejectedException.Reason;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;

/**
 * Reads a JSON push through the JSON-P streaming parser into {@link PushFields}: numbers keep
 * their literal text, a repeated key keeps every value (as a repeated XML element does) instead
 * of the last one winning, and content after the object is refused.
 */
final class JsonBodies {

    /** Deepest nesting accepted in either format; real pushes nest three levels. */
    static final int MAX_DEPTH = 16;

    private JsonBodies() {
    }

    static PushFields parse(JsonParserFactory parsers, byte[] body, int offset) {
        try (JsonParser parser = parsers.createParser(new ByteArrayInputStream(body, offset, body.length - offset),
                StandardCharsets.UTF_8)) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw new PushRejectedException(Reason.MALFORMED, "the JSON body is not an object");
            }
            PushFields fields = object(parser, 1);
            if (parser.hasNext()) {
                throw new PushRejectedException(Reason.MALFORMED, "the JSON body has content after its object");
            }
            return fields;
        } catch (JsonParsingException e) {
            // The parser's own words may quote the body; say where instead.
            JsonLocation at = e.getLocation();
            throw new PushRejectedException(Reason.MALFORMED, "the JSON body is not well-formed"
                    + (at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")"));
        } catch (JsonException | NoSuchElementException e) {
            throw new PushRejectedException(Reason.MALFORMED, "the JSON body is not well-formed");
        }
    }

    private static PushFields object(JsonParser parser, int depth) {
        checkDepth(depth);
        PushFields.Builder out = PushFields.builder();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String name = parser.getString();
            value(parser, parser.next(), name, out, depth);
        }
        return out.build();
    }

    private static void value(JsonParser parser, JsonParser.Event event, String name, PushFields.Builder out,
            int depth) {
        switch (event) {
            // getString() of a number is its literal, so 1.20 stays 1.20 and nothing is rounded.
            case VALUE_STRING, VALUE_NUMBER -> out.add(name, parser.getString());
            case VALUE_TRUE -> out.add(name, "true");
            case VALUE_FALSE -> out.add(name, "false");
            case VALUE_NULL -> {
                // A null field carries nothing.
            }
            case START_OBJECT -> out.add(name, object(parser, depth + 1));
            case START_ARRAY -> {
                checkDepth(depth + 1);
                for (JsonParser.Event element = parser.next(); element != JsonParser.Event.END_ARRAY;
                        element = parser.next()) {
                    value(parser, element, name, out, depth + 1);
                }
            }
            default -> throw new PushRejectedException(Reason.MALFORMED, "the JSON body is not well-formed");
        }
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new PushRejectedException(Reason.MALFORMED, "the body nests deeper than " + MAX_DEPTH);
        }
    }
}
