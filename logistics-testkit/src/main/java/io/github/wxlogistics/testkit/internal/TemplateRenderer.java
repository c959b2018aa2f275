package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small implementation of the previewTemplate language: {@code ##VAR(key)},
 * {@code ##TIME(DATE|TIME|FULL)}, {@code ##STRBLOAT(VAR(key))} and the image directives
 * {@code ##CODE128}, {@code ##QRCODE}, {@code ##WXASUNCODE}, which render as a placeholder
 * data URI. Times are China time (UTC+8).
 */
public final class TemplateRenderer {

    private static final Pattern DIRECTIVE = Pattern.compile("##([A-Z0-9]+)\\(((?:VAR\\([^()]*\\))|[^()]*)\\)");
    private static final Pattern VAR = Pattern.compile("VAR\\(([^()]*)\\)");
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final Clock clock;

    /** A renderer reading the time from {@code clock}. */
    public TemplateRenderer(Clock clock) {
        this.clock = clock;
    }

    /**
     * Renders a Base64 template; 9300512 when it is not Base64 or uses an unknown directive,
     * 9300502 when {@code waybillData} is not {@code ##key##value##...}.
     */
    public String render(String templateBase64, String waybillId, String appId, String waybillData, JsonObject custom) {
        String template;
        try {
            template = new String(Base64.getDecoder().decode(templateBase64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.withHint(9300512, "waybill_template is not Base64");
        }
        Map<String, String> values = new HashMap<>();
        values.put("sys.waybillid", waybillId);
        values.put("sys.wxaappid", appId);
        parseWaybillData(waybillData).forEach((k, v) -> values.put("waybilldata." + k, v));
        flatten("custom", custom, values);
        Matcher m = DIRECTIVE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(apply(m.group(1), m.group(2), values)));
        }
        m.appendTail(out);
        return Base64.getEncoder().encodeToString(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String apply(String directive, String argument, Map<String, String> values) {
        switch (directive) {
            case "VAR":
                return values.getOrDefault(argument, "");
            case "TIME":
                return time(argument);
            case "STRBLOAT":
                return String.join(" ", var(argument, values).split(""));
            case "CODE128":
            case "QRCODE":
            case "WXASUNCODE":
                String image = directive + ":" + var(argument, values);
                return "data:image/png;base64,"
                        + Base64.getEncoder().encodeToString(image.getBytes(StandardCharsets.UTF_8));
            default:
                throw ApiError.withHint(9300512, "unknown directive " + directive);
        }
    }

    private String time(String format) {
        String pattern = switch (format) {
            case "DATE" -> "yyyy/MM/dd";
            case "TIME" -> "HH:mm:ss";
            case "FULL" -> "yyyy/MM/dd HH:mm:ss";
            default -> throw ApiError.withHint(9300512, "unknown TIME format " + format);
        };
        return DateTimeFormatter.ofPattern(pattern).format(clock.instant().atOffset(CHINA));
    }

    private static String var(String argument, Map<String, String> values) {
        Matcher m = VAR.matcher(argument);
        if (!m.matches()) {
            throw ApiError.withHint(9300512, "expected VAR(...) but got " + argument);
        }
        return values.getOrDefault(m.group(1), "");
    }

    private static Map<String, String> parseWaybillData(String data) {
        if (data.length() < 4 || !data.startsWith("##") || !data.endsWith("##")) {
            throw ApiError.withHint(9300502, "waybill_data must look like ##key##value##");
        }
        String[] parts = data.substring(2, data.length() - 2).split("##", -1);
        if (parts.length % 2 != 0) {
            throw ApiError.withHint(9300502, "waybill_data must alternate keys and values");
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < parts.length; i += 2) {
            out.put(parts[i], parts[i + 1]);
        }
        return out;
    }

    private static void flatten(String prefix, JsonObject object, Map<String, String> out) {
        object.forEach((key, value) -> {
            String path = prefix + "." + key;
            if (value instanceof JsonObject nested) {
                flatten(path, nested, out);
            } else if (value instanceof JsonString s) {
                out.put(path, s.getString());
            } else if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                out.put(path, value.toString());
            }
        });
    }
}
