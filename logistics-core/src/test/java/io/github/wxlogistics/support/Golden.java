package io.github.wxlogistics.support;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** Loads the seed examples copied into {@code src/test/resources/golden} (lines starting with # name the source). */
public final class Golden {

    private Golden() {
    }

    public static String text(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("no golden fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonValue json(String name) {
        return parse(text(name));
    }

    public static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
