package io.github.wxlogistics.internal.json;

import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.spi.JsonCodec;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The default {@link JsonCodec}: JSON-B (Yasson) with snake_case names, nulls omitted, unknown
 * properties ignored, and the model's code types mapped to numbers. The only class of the
 * library that touches {@code jakarta.json.bind}, together with its adapters.
 */
public final class JsonbCodec implements JsonCodec {

    private final Jsonb jsonb;

    private JsonbCodec(Jsonb jsonb) {
        this.jsonb = jsonb;
    }

    /** A codec with the library's settings. */
    public static JsonbCodec create() {
        JsonbConfig config = new JsonbConfig()
                .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
                .withNullValues(false)
                .withEncoding("UTF-8")
                .withAdapters(CodeAdapters.all().toArray(new JsonbAdapter<?, ?>[0]))
                .withPropertyVisibilityStrategy(new ModuleAwareVisibility());
        return new JsonbCodec(JsonbBuilder.create(config));
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
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        if (json.length == 0) {
            throw new DecodeException("expected a JSON " + type.getSimpleName() + " but the body is empty", null);
        }
        try {
            T value = jsonb.fromJson(new String(json, StandardCharsets.UTF_8), type);
            if (value == null) {
                throw new DecodeException("expected a JSON " + type.getSimpleName() + " but got null", null);
            }
            return value;
        } catch (JsonbException | ClassCastException | IllegalArgumentException e) {
            // The cause's message may quote the body; keep it as the cause, not in our message.
            throw new DecodeException("body is not a JSON " + type.getSimpleName() + " (" + json.length + " bytes)", e);
        }
    }
}
