package io.github.wxlogistics.testkit.standalone;

import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.testkit.PushEndpoint;
import io.github.wxlogistics.event.PushFormat;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the push settings of the command line: {@code URL,token=T,aes-key=K,app-id=A,mode=safe,format=xml},
 * preceded by {@code DELIVERY_ID=} for a courier. Messages name the option and the key at fault,
 * never a value (the Token and the key are secrets).
 */
final class PushSpecs {

    private PushSpecs() {
    }

    /** A courier's push settings: {@code SF=http://...,token=...}. */
    record Courier(String deliveryId, PushEndpoint endpoint) {
    }

    static Courier courier(String option, String spec) {
        int eq = spec.indexOf('=');
        int comma = spec.indexOf(',');
        if (eq <= 0 || (comma >= 0 && comma < eq)) {
            throw new IllegalArgumentException(option + " needs DELIVERY_ID=URL,token=...; see --help");
        }
        return new Courier(spec.substring(0, eq).strip(), endpoint(option, spec.substring(eq + 1)));
    }

    static PushEndpoint endpoint(String option, String spec) {
        String[] parts = spec.split(",", -1);
        URI url;
        try {
            url = URI.create(parts[0].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " starts with a URL that does not parse", e);
        }
        PushEndpoint.Builder builder;
        try {
            builder = PushEndpoint.builder(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(option + ": setting " + i + " is not key=value");
            }
            String key = parts[i].substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (settings.put(key, parts[i].substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException(option + ": " + key + " is given twice");
            }
        }
        settings.forEach((key, value) -> {
            switch (key) {
                case "token" -> builder.token(value);
                case "aes-key" -> builder.encodingAesKey(value);
                case "app-id" -> builder.appId(value);
                case "to-user" -> builder.toUserName(value);
                case "mode" -> builder.mode(mode(option, value));
                case "format" -> builder.format(format(option, value));
                default -> throw new IllegalArgumentException(option + ": unknown setting " + key
                        + " (token, aes-key, app-id, mode, format, to-user)");
            }
        });
        try {
            return builder.build();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    static PushMode mode(String option, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "plaintext", "plain" -> PushMode.PLAINTEXT;
            case "compatible" -> PushMode.COMPATIBLE;
            case "safe" -> PushMode.SAFE;
            default -> throw new IllegalArgumentException(option + ": mode is plaintext, compatible or safe");
        };
    }

    static PushFormat format(String option, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "xml" -> PushFormat.XML;
            case "json" -> PushFormat.JSON;
            default -> throw new IllegalArgumentException(option + ": format is xml or json");
        };
    }
}
