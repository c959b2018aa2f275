package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.event.PushFormat;
import io.github.wxlogistics.event.PushFields;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.spi.JsonProvider;
import java.util.Map;
import java.util.Objects;

/** Reads push bodies in either format; thread-safe. */
public final class PushBodies {

    private final JsonParserFactory jsonParsers;

    private PushBodies(JsonParserFactory jsonParsers) {
        this.jsonParsers = jsonParsers;
    }

    /** A reader; looks the JSON-P provider up once. */
    public static PushBodies create() {
        return new PushBodies(JsonProvider.provider().createParserFactory(Map.of()));
    }

    /**
     * Parses a body whose format is detected from its first non-space byte.
     *
     * @throws PushRejectedException ({@code MALFORMED}) if it is neither well-formed XML nor a JSON object,
     *     carries a DOCTYPE, or nests too deeply
     */
    public Parsed parse(byte[] body) {
        PushFormat format = BodyFormats.detect(Objects.requireNonNull(body, "body"));
        int start = BodyFormats.start(body);
        PushFields fields = format == PushFormat.XML ? XmlBodies.parse(body, start)
                : JsonBodies.parse(jsonParsers, body, start);
        return new Parsed(format, fields, body);
    }

    /**
     * A parsed body.
     *
     * @param format the body's format
     * @param fields its fields
     * @param bytes  the body as parsed (the plaintext, for an encrypted push's inner message)
     */
    public record Parsed(PushFormat format, PushFields fields, byte[] bytes) {
    }
}
