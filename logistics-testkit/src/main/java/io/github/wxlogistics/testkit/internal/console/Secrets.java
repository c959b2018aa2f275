package io.github.wxlogistics.testkit.internal.console;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the secrets in what the console shows, unless the user explicitly asked to reveal them:
 * access tokens, AppSecret, order Tokens, BizPwd, passwords, EncodingAESKeys, tickets. A value is
 * a secret by its name (any name containing {@code token}, {@code secret}, {@code pwd},
 * {@code password}, {@code aeskey} or {@code ticket}, case and underscores ignored), in JSON
 * members, XML elements and query parameters. A masked value shows as {@code ••••••} and a
 * fingerprint of six hex digits (the start of its SHA-256), so two masked tokens can be told
 * apart without being shown. Immutable.
 */
public final class Secrets {

    private static final Secrets MASKING = new Secrets(false);
    private static final Secrets REVEALING = new Secrets(true);
    private static final Pattern XML_ELEMENT =
            Pattern.compile("<([A-Za-z_][\\w.-]*)>(<!\\[CDATA\\[(.*?)\\]\\]>|([^<]*))</\\1>", Pattern.DOTALL);
    private static final Pattern PAIR = Pattern.compile("([A-Za-z_][\\w-]*)=([^&\\s]+)");
    private static final Pattern CLOSE = Pattern.compile("(</[^>]+>)(?=\\s*<)");
    private static final Pattern NESTED_OPEN = Pattern.compile("(<[A-Za-z_][^>/]*>)(?=<[A-Za-z_])");
    private static final Map<String, ?> PRETTY = Map.of(JsonGenerator.PRETTY_PRINTING, true);

    private final boolean reveal;

    private Secrets(boolean reveal) {
        this.reveal = reveal;
    }

    /** Secrets masked: the default. */
    public static Secrets masked() {
        return MASKING;
    }

    /** Secrets shown: only when the user asked for it. */
    public static Secrets revealed() {
        return REVEALING;
    }

    /** Whether secrets are shown. */
    public boolean reveals() {
        return reveal;
    }

    /** Whether a member, element or parameter of this name holds a secret. */
    public static boolean isSecretName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        return n.contains("token") || n.contains("secret") || n.contains("pwd") || n.contains("password")
                || n.contains("aeskey") || n.contains("ticket");
    }

    /** {@code secret} itself, or masked. */
    public String value(String secret) {
        return reveal || secret.isEmpty() ? secret : mask(secret);
    }

    /** The masked form: six bullets and a fingerprint. */
    public static String mask(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return "•••••• " + HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Query parameters with the secret ones masked. */
    public Map<String, String> query(Map<String, String> query) {
        Map<String, String> out = new LinkedHashMap<>();
        query.forEach((name, v) -> out.put(name, isSecretName(name) ? value(v) : v));
        return out;
    }

    /** A JSON value with the secret members masked, at any depth. */
    public JsonValue json(JsonValue value) {
        if (reveal) {
            return value;
        }
        if (value instanceof JsonObject o) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            o.forEach((name, v) -> b.add(name, isSecretName(name) && v instanceof JsonString s
                    ? Json.createValue(value(s.getString())) : json(v)));
            return b.build();
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            value.asJsonArray().forEach(v -> b.add(json(v)));
            return b.build();
        }
        return value;
    }

    /**
     * A request or push body for display: JSON pretty-printed with its secrets masked, XML with
     * the text of secret elements masked; other text with the values of secret {@code name=value}
     * pairs masked; JSON that does not parse is replaced by a notice while secrets are masked.
     */
    public String text(String body) {
        String trimmed = body.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try (JsonReader reader = Json.createReader(new StringReader(trimmed))) {
                return pretty(json(reader.readValue()));
            } catch (JsonException | IllegalStateException e) {
                return reveal ? body : "(not JSON; hidden because it may hold a secret)";
            }
        }
        if (trimmed.startsWith("<")) {
            return lines(reveal ? body : xml(body));
        }
        return reveal ? body : pairs(body);
    }

    /** Masks the values of {@code name=value} pairs with a secret name (a form body, a query string). */
    private static String pairs(String text) {
        Matcher m = PAIR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = isSecretName(m.group(1)) ? m.group(1) + "=" + mask(m.group(2)) : m.group(0);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Masks the text of every leaf element with a secret name; nested elements are scanned too. */
    private static String xml(String body) {
        Matcher m = XML_ELEMENT.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = m.group(0);
            if (isSecretName(name)) {
                String secret = m.group(3) != null ? m.group(3) : m.group(4);
                replacement = "<" + name + ">" + (secret.isEmpty() ? "" : mask(secret)) + "</" + name + ">";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One element per line: a break after each closing tag and after an opening tag that holds elements. */
    private static String lines(String xml) {
        return NESTED_OPEN.matcher(CLOSE.matcher(xml).replaceAll("$1\n")).replaceAll("$1\n").strip();
    }

    private static String pretty(JsonValue value) {
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(PRETTY).createWriter(out)) {
            writer.write(value);
        }
        return out.toString().strip();
    }
}
