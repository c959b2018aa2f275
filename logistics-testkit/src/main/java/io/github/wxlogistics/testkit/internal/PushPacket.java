package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A push packet as WeChat writes it: named fields in order, each a text, a number, a nested
 * packet or a list of nested packets, written as {@code <xml>} (texts in CDATA, numbers bare,
 * a list as repeated elements) or as a JSON object (a list as an array). Immutable.
 */
public final class PushPacket {

    private static final JsonGeneratorFactory JSON = JsonProvider.provider().createGeneratorFactory(Map.of());

    private sealed interface Field permits Text, Number, Nested, Repeated {
        String name();
    }

    private record Text(String name, String value) implements Field {
    }

    private record Number(String name, String literal) implements Field {
    }

    private record Nested(String name, PushPacket value) implements Field {
    }

    private record Repeated(String name, List<PushPacket> values) implements Field {
    }

    private final List<Field> fields;

    private PushPacket(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The packet a JSON object describes, fields in its order: a string is a text, a number a
     * number, an object a nested packet, an array of objects a list.
     *
     * @throws IllegalArgumentException naming the member for any other value (true, false, null, an
     *     array holding something other than objects)
     */
    public static PushPacket fromJson(JsonObject object) {
        return fromJson(object, "");
    }

    private static PushPacket fromJson(JsonObject object, String prefix) {
        Builder b = builder();
        object.forEach((name, value) -> {
            String where = prefix + name;
            switch (value.getValueType()) {
                case STRING -> b.text(name, ((JsonString) value).getString());
                case NUMBER -> b.number(name, ((JsonNumber) value).bigDecimalValue());
                case OBJECT -> b.object(name, fromJson(value.asJsonObject(), where + "."));
                case ARRAY -> {
                    List<PushPacket> items = new ArrayList<>();
                    JsonArray array = value.asJsonArray();
                    for (int i = 0; i < array.size(); i++) {
                        if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                            throw new IllegalArgumentException(where + "[" + i + "] must be an object");
                        }
                        items.add(fromJson(array.getJsonObject(i), where + "[" + i + "]."));
                    }
                    b.objects(name, items);
                }
                default -> throw new IllegalArgumentException(where + " must be a string, a number, an object or "
                        + "an array of objects, not " + value.getValueType().name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        return b.build();
    }

    /** The packet in a format: JSON when {@code json}, else XML. */
    public String render(boolean json) {
        return json ? json() : xml();
    }

    /** The packet as {@code <xml>...</xml>}. */
    public String xml() {
        StringBuilder out = new StringBuilder("<xml>");
        writeXml(out);
        return out.append("</xml>").toString();
    }

    private void writeXml(StringBuilder out) {
        for (Field field : fields) {
            if (field instanceof Text t) {
                element(out, t.name(), "<![CDATA[" + cdata(t.value()) + "]]>");
            } else if (field instanceof Number n) {
                element(out, n.name(), n.literal());
            } else if (field instanceof Nested n) {
                nested(out, n.name(), n.value());
            } else {
                Repeated r = (Repeated) field;
                r.values().forEach(v -> nested(out, r.name(), v));
            }
        }
    }

    private static void nested(StringBuilder out, String name, PushPacket value) {
        out.append('<').append(name).append('>');
        value.writeXml(out);
        out.append("</").append(name).append('>');
    }

    private static void element(StringBuilder out, String name, String content) {
        out.append('<').append(name).append('>').append(content).append("</").append(name).append('>');
    }

    /** Text made safe for CDATA: {@code ]]>} split, characters XML 1.0 cannot carry replaced by U+FFFD. */
    private static String cdata(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            out.appendCodePoint(allowed ? c : 0xFFFD);
        });
        return out.toString().replace("]]>", "]]]]><![CDATA[>");
    }

    /** The packet as a JSON object. */
    public String json() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = JSON.createGenerator(bytes, StandardCharsets.UTF_8)) {
            out.writeStartObject();
            writeJson(out);
            out.writeEnd();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private void writeJson(JsonGenerator out) {
        for (Field field : fields) {
            if (field instanceof Text t) {
                out.write(t.name(), t.value());
            } else if (field instanceof Number n) {
                out.write(n.name(), new BigDecimal(n.literal()));
            } else if (field instanceof Nested n) {
                out.writeStartObject(n.name());
                n.value().writeJson(out);
                out.writeEnd();
            } else {
                Repeated r = (Repeated) field;
                out.writeStartArray(r.name());
                for (PushPacket v : r.values()) {
                    out.writeStartObject();
                    v.writeJson(out);
                    out.writeEnd();
                }
                out.writeEnd();
            }
        }
    }

    /** This packet with one more text field at the end. */
    public PushPacket with(String name, String value) {
        List<Field> longer = new ArrayList<>(fields);
        longer.add(new Text(name, value));
        return new PushPacket(longer);
    }

    @Override
    public String toString() {
        return "PushPacket" + fields.stream().map(Field::name).toList();
    }

    /** Collects fields in order; not thread-safe. */
    public static final class Builder {

        private final List<Field> fields = new ArrayList<>();

        private Builder() {
        }

        /** A text field; nothing when {@code value} is null. */
        public Builder text(String name, String value) {
            if (value != null) {
                fields.add(new Text(name, value));
            }
            return this;
        }

        /** A whole number. */
        public Builder number(String name, long value) {
            fields.add(new Number(name, Long.toString(value)));
            return this;
        }

        /** A number given as its exact literal (such as {@code 1.20}); nothing when null. */
        public Builder number(String name, BigDecimal value) {
            if (value != null) {
                fields.add(new Number(name, value.toString()));
            }
            return this;
        }

        /** A nested packet; nothing when null. */
        public Builder object(String name, PushPacket value) {
            if (value != null) {
                fields.add(new Nested(name, value));
            }
            return this;
        }

        /** A list of nested packets: repeated XML elements, a JSON array. */
        public Builder objects(String name, List<PushPacket> values) {
            fields.add(new Repeated(name, List.copyOf(Objects.requireNonNull(values, name))));
            return this;
        }

        /** Every field of {@code other}, in its order. */
        public Builder all(PushPacket other) {
            fields.addAll(other.fields);
            return this;
        }

        /** The packet. */
        public PushPacket build() {
            return new PushPacket(fields);
        }
    }
}
