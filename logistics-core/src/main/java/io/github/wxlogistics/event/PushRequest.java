package io.github.wxlogistics.event;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an HTTP adapter hands to {@link io.github.wxlogistics.PushReceiver#handle}: the method, the decoded query
 * parameters and the raw body.
 *
 * @param method the HTTP method, such as {@code POST} (case-insensitive)
 * @param query  the query parameters, decoded, without {@code null} names or values; for a
 *               repeated name the first value counts
 * @param body   the body bytes as received (not copied: do not change them afterwards); empty for a GET
 */
public record PushRequest(String method, Map<String, String> query, byte[] body) {

    /**
     * Checks the method, copies the query, and reads a {@code null} body as empty.
     *
     * @param method the HTTP method, such as {@code POST}; must not be {@code null}
     * @param query  the decoded query parameters; must not be {@code null}, copied
     * @param body   the body bytes, not copied; {@code null} reads as empty
     */
    public PushRequest {
        Objects.requireNonNull(method, "method");
        query = Map.copyOf(Objects.requireNonNull(query, "query"));
        body = body == null ? new byte[0] : body;
    }

    /**
     * A request from already-decoded query parameters.
     *
     * @param method the HTTP method, such as {@code POST}
     * @param query  the decoded query parameters, without {@code null} names or values
     * @param body   the body bytes, not copied; {@code null} reads as empty
     * @return the request
     */
    public static PushRequest of(String method, Map<String, String> query, byte[] body) {
        return new PushRequest(method, query, body);
    }

    /**
     * A request from the raw query string of the URL ({@code a=1&b=2}, percent-encoded, without
     * the {@code ?}). A parameter that is not valid percent-encoding is kept as it came.
     *
     * @param method   the HTTP method
     * @param rawQuery the raw query, or {@code null} for none
     * @param body     the body bytes, not copied; {@code null} reads as empty
     * @return the request, its parameters decoded; for a repeated name the first value counts
     */
    public static PushRequest fromRawQuery(String method, String rawQuery, byte[] body) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                if (!name.isEmpty()) {
                    query.putIfAbsent(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
        }
        return new PushRequest(method, Collections.unmodifiableMap(query), body);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PushRequest that && method.equals(that.method) && query.equals(that.query)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, query, Arrays.hashCode(body));
    }

    /** The method, the parameter names and the body's size; no values. */
    @Override
    public String toString() {
        return "PushRequest[method=" + method + ", query=" + query.keySet() + ", body=" + body.length + " bytes]";
    }
}
