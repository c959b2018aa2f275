package io.github.wxlogistics.internal.json;

import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.model.GetQuotaResponse;
import io.github.wxlogistics.spi.DecodedReply;
import io.github.wxlogistics.spi.JsonCodec;
import io.github.wxlogistics.spi.ReplyStatus;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.yasson.YassonJsonb;

/**
 * The default {@link JsonCodec}: JSON-B (Yasson) with snake_case names, nulls omitted, unknown
 * properties ignored, and the model's code types mapped to numbers. A reply is parsed once into a
 * JSON-P tree; the status members are read from the tree and the value is bound from the same
 * tree. The only class of the library that touches {@code jakarta.json.bind}, together with its
 * adapters.
 */
public final class JsonbCodec implements JsonCodec {

    private final YassonJsonb jsonb;
    private final JsonReaderFactory readers;
    // A BigDecimal cannot be primitive: quota_num says here that it is always there.
    private final ShapeCheck shapes = new ShapeCheck(CodeAdapters.wireTypes(),
            Map.of(GetQuotaResponse.class, Set.of("quota_num")));

    private final ReplyAliases aliases;

    private JsonbCodec(YassonJsonb jsonb, JsonReaderFactory readers, ReplyAliases aliases) {
        this.jsonb = jsonb;
        this.readers = readers;
        this.aliases = aliases;
    }

    /** A codec with the library's settings. */
    public static JsonbCodec create() {
        JsonbConfig config = new JsonbConfig()
                .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
                .withNullValues(false)
                .withEncoding("UTF-8")
                .withAdapters(CodeAdapters.all().toArray(new JsonbAdapter<?, ?>[0]))
                .withPropertyVisibilityStrategy(new ModuleAwareVisibility());
        // Looked up once: JsonProvider.provider() searches the class path on every call.
        JsonProvider provider = JsonProvider.provider();
        return new JsonbCodec((YassonJsonb) JsonbBuilder.create(config), provider.createReaderFactory(Map.of()),
                new ReplyAliases(provider.createBuilderFactory(Map.of())));
    }

    @Override
    public byte[] encode(Object value) {
        Objects.requireNonNull(value, "value");
        try {
            return jsonb.toJson(value).getBytes(StandardCharsets.UTF_8);
        } catch (JsonbException e) {
            throw new IllegalArgumentException("cannot encode " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    @Override
    public <T> T decode(byte[] json, Class<T> type) {
        Objects.requireNonNull(type, "type");
        Parsed parsed = parseObject(json, type);
        return bind(parsed, type);
    }

    @Override
    public <T> DecodedReply<T> decodeReply(byte[] json, Class<T> type) {
        Objects.requireNonNull(type, "type");
        Parsed parsed = parseObject(json, type);
        JsonObject tree = parsed.tree();
        ReplyStatus status = new ReplyStatus(integer(tree, "errcode"), text(tree, "errmsg"),
                integer(tree, "delivery_resultcode"), text(tree, "delivery_resultmsg"));
        return DecodedReply.of(status, () -> bind(parsed, type));
    }

    /** A reply's text, ready to parse, and its tree. */
    private record Parsed(String text, JsonObject tree) {
    }

    private Parsed parseObject(byte[] json, Class<?> type) {
        Objects.requireNonNull(json, "json");
        if (json.length == 0) {
            throw new DecodeException("expected a JSON " + type.getSimpleName() + " but the body is empty", null);
        }
        JsonStructure parsed;
        ReplyText.Prepared text = ReplyText.of(json);
        try (JsonReader reader = readers.createReader(new StringReader(text.text()))) {
            parsed = reader.read();
        } catch (JsonParsingException e) {
            // The parser's message may quote the body; keep it as the cause, not in our message.
            long offset = e.getLocation() == null ? -1 : e.getLocation().getStreamOffset();
            if (offset < 0 || offset >= text.text().length()) {
                // Parsson reports the end of input at an offset past it: say what it means instead.
                throw new DecodeException("body is not valid JSON: it ends before the JSON is complete ("
                        + json.length + " bytes)", e);
            }
            throw new DecodeException("body is not valid JSON at character offset "
                    + text.originalOffset(offset) + " (" + json.length + " bytes)", e);
        } catch (JsonException e) {
            throw new DecodeException("body is not valid JSON (" + json.length + " bytes)", e);
        } catch (RuntimeException | StackOverflowError e) {
            // Parsson reports some limits (its own nesting depth, say) with unchecked exceptions of other types.
            throw new DecodeException("body could not be parsed as JSON (" + json.length + " bytes): the parser failed with "
                    + e.getClass().getName(), e);
        }
        if (!(parsed instanceof JsonObject object)) {
            throw new DecodeException("expected a JSON object for " + type.getSimpleName() + " but the body is a JSON "
                    + parsed.getValueType().name().toLowerCase(java.util.Locale.ROOT), null);
        }
        return new Parsed(text.text(), object);
    }

    private <T> T bind(Parsed parsed, Class<T> type) {
        JsonObject tree = aliases.normalize(parsed.tree(), type);
        shapes.check(tree, type);
        try {
            T value = jsonb.fromJsonStructure(tree, type);
            if (value == null) {
                throw new DecodeException("expected a JSON " + type.getSimpleName() + " but got null", null);
            }
            return value;
        } catch (DecodeException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new DecodeException("body is not a JSON " + type.getSimpleName() + " (binding failed with "
                    + e.getClass().getName() + ")", e);
        }
    }

    /** An integral status member in {@code int} range, {@code null} when absent or JSON null. */
    private static Integer integer(JsonObject tree, String name) {
        JsonValue value = tree.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                // out of int range: reported below
            }
        }
        throw new DecodeException(name + " must be an integer in 32-bit range, was " + abbreviate(value.toString()), null);
    }

    /** A status member's text; WeChat has been seen sending {@code errmsg} as a number. */
    private static String text(JsonObject tree, String name) {
        JsonValue value = tree.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
