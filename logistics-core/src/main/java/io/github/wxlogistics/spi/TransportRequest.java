package io.github.wxlogistics.spi;

import io.github.wxlogistics.internal.Redaction;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One HTTP request as the core hands it to an {@link HttpTransport}.
 *
 * @param method  the HTTP method in upper case, such as {@code GET} or {@code POST}
 * @param uri     the absolute URI, query included (the access token travels there)
 * @param headers request headers, one value per name
 * @param body    the body bytes, empty for none; never modified by anyone
 * @param timeout the longest the whole exchange may take, response body included
 */
public record TransportRequest(String method, URI uri, Map<String, String> headers, byte[] body,
        Duration timeout) {

    /**
     * Checks the arguments and copies the headers (case-insensitive names).
     *
     * @param method the HTTP method in upper case, such as {@code GET} or {@code POST}
     * @param uri the absolute URI, query included (the access token travels there)
     * @param headers request headers, one value per name
     * @param body the body bytes, empty for none; never modified by anyone
     * @param timeout the longest the whole exchange may take, response body included
     */
    public TransportRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(timeout, "timeout");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("uri must be absolute");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers == null ? Map.of() : headers);
        headers = java.util.Collections.unmodifiableMap(copy);
        body = body == null ? new byte[0] : body;
    }

    /**
     * A GET with no body.
     *
     * @param uri the absolute URI, query included (the access token travels there)
     * @param timeout the longest the whole exchange may take, response body included
     * @return a GET with no body
     */
    public static TransportRequest get(URI uri, Duration timeout) {
        return new TransportRequest("GET", uri, Map.of(), new byte[0], timeout);
    }

    /**
     * A POST of a UTF-8 JSON body.
     *
     * @param uri the absolute URI, query included (the access token travels there)
     * @param json the UTF-8 JSON body; shared, not copied
     * @param timeout the longest the whole exchange may take, response body included
     * @return a POST of a UTF-8 JSON body
     */
    public static TransportRequest postJson(URI uri, byte[] json, Duration timeout) {
        return new TransportRequest("POST", uri, Map.of("Content-Type", "application/json; charset=UTF-8"), json, timeout);
    }

    /**
     * The body; the array is shared, callers must not modify it.
     *
     * @return the body bytes, empty for none; never modified by anyone
     */
    @Override
    public byte[] body() {
        return body;
    }

    /**
     * This request with another URI.
     *
     * @param newUri the URI to send to instead
     * @return a copy of this request with {@code newUri}; method, headers, body and timeout unchanged
     */
    public TransportRequest withUri(URI newUri) {
        return new TransportRequest(method, newUri, headers, body, timeout);
    }

    /**
     * The URI with the values of {@code access_token} and {@code secret} replaced by {@code ***}.
     *
     * @return the URI with the values of {@code access_token} and {@code secret} replaced by {@code ***}
     */
    public String redactedUri() {
        return redact(uri);
    }

    /**
     * Replaces the values of credential query parameters in a URI's text by {@code ***}.
     *
     * @param uri the absolute URI, query included (the access token travels there)
     * @return the URI's text with credential values shown as {@code ***}
     */
    public static String redact(URI uri) {
        String text = uri.toString();
        int q = text.indexOf('?');
        if (q < 0) {
            return text;
        }
        return text.substring(0, q) + Redaction.credentialParameters(text.substring(q));
    }

    @Override
    public String toString() {
        return "TransportRequest[" + method + " " + redactedUri() + ", " + body.length + " body bytes, timeout " + timeout + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransportRequest r && method.equals(r.method) && uri.equals(r.uri)
                && headers.equals(r.headers) && java.util.Arrays.equals(body, r.body) && timeout.equals(r.timeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, uri, headers, java.util.Arrays.hashCode(body), timeout);
    }
}
