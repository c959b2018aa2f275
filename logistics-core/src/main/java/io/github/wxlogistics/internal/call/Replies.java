package io.github.wxlogistics.internal.call;

import io.github.wxlogistics.internal.Redaction;
import io.github.wxlogistics.spi.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Describes a reply in an error message: bounded, printable, never a credential. */
final class Replies {

    /** How many bytes of a non-JSON body an error message shows. */
    static final int EXCERPT_BYTES = 96;

    private Replies() {
    }

    /**
     * {@code " (Content-Type: text/html; the body starts with \"<html>...\")"} for a reply that is not
     * JSON (its Content-Type names no JSON, or its first character is not <code>{</code>), else empty.
     */
    static String describeIfNotJson(TransportResponse response) {
        String type = response.header("Content-Type").orElse("");
        byte[] body = response.body();
        int first = 0;
        while (first < body.length && (body[first] == ' ' || body[first] == '\t' || body[first] == '\r' || body[first] == '\n')) {
            first++;
        }
        boolean jsonType = type.isEmpty() || type.toLowerCase(Locale.ROOT).contains("json");
        boolean jsonStart = first < body.length && body[first] == '{';
        if (jsonType && jsonStart || body.length == 0) {
            return "";
        }
        return " (Content-Type: " + (type.isEmpty() ? "none" : printable(type, 64)) + "; the body is " + body.length
                + " bytes and starts with \"" + excerpt(body) + "\")";
    }

    /** The body's first bytes as text: control characters as {@code .}, credentials in query form masked. */
    static String excerpt(byte[] body) {
        int length = Math.min(body.length, EXCERPT_BYTES);
        String text = new String(body, 0, length, StandardCharsets.UTF_8);
        String shown = printable(Redaction.credentialParameters(text), EXCERPT_BYTES);
        return body.length > length ? shown + "..." : shown;
    }

    /** {@code text} with control characters and broken characters as {@code .}, at most {@code max} characters. */
    static String printable(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c == 0x7F || c == '\uFFFD' || Character.isSurrogate(c) ? '.' : c);
        }
        return out.toString();
    }
}
