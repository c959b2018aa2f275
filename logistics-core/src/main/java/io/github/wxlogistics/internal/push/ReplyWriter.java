package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.event.PushFormat;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes reply packets as {@code <xml>} (texts in CDATA, numbers bare) or as a JSON object
 * (through JSON-P), UTF-8 either way; thread-safe.
 */
final class ReplyWriter {

    private final JsonGeneratorFactory jsonGenerators;

    ReplyWriter(JsonProvider provider) {
        this.jsonGenerators = provider.createGeneratorFactory(Map.of());
    }

    /**
     * The packet's bytes.
     *
     * @throws IllegalArgumentException if a text holds a character XML 1.0 cannot carry (XML only)
     */
    byte[] write(PushFormat format, List<ReplyField> fields) {
        return format == PushFormat.XML ? xml(fields) : json(fields);
    }

    /** The encrypted envelope of safe mode: Encrypt, MsgSignature, TimeStamp (Unix seconds), Nonce. */
    byte[] encrypted(PushFormat format, String encrypt, String signature, long timestamp, String nonce) {
        return write(format, List.of(ReplyField.text("Encrypt", encrypt), ReplyField.text("MsgSignature", signature),
                ReplyField.number("TimeStamp", timestamp), ReplyField.text("Nonce", nonce)));
    }

    private static byte[] xml(List<ReplyField> fields) {
        StringBuilder out = new StringBuilder("<xml>");
        for (ReplyField field : fields) {
            out.append('<').append(field.name()).append('>');
            if (field.text() == null) {
                out.append(field.number());
            } else {
                checkXmlChars(field.name(), field.text());
                // "]]>" cannot stand inside one CDATA section: end it after "]]" and reopen.
                out.append("<![CDATA[").append(field.text().replace("]]>", "]]]]><![CDATA[>")).append("]]>");
            }
            out.append("</").append(field.name()).append('>');
        }
        return out.append("</xml>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void checkXmlChars(String name, String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed) {
                throw new IllegalArgumentException(name + " holds a character XML cannot carry (U+"
                        + String.format("%04X", c) + ")");
            }
            i += Character.charCount(c);
        }
    }

    private byte[] json(List<ReplyField> fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = jsonGenerators.createGenerator(bytes, StandardCharsets.UTF_8)) {
            out.writeStartObject();
            for (ReplyField field : fields) {
                if (field.text() == null) {
                    out.write(field.name(), field.number());
                } else {
                    out.write(field.name(), field.text());
                }
            }
            out.writeEnd();
        }
        return bytes.toByteArray();
    }
}
