package io.github.wxlogistics.spi;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP response as an {@link HttpTransport} hands it back.
 *
 * @param statusCode the HTTP status
 * @param headers    response headers, looked up without regard to case
 * @param body       the whole body, empty for none
 */
public record TransportResponse(int statusCode, Map<String, List<String>> headers, byte[] body) {

    /**
     * Copies the headers (case-insensitive names); a {@code null} body reads as empty.
     *
     * @param statusCode the HTTP status
     * @param headers response headers, looked up without regard to case
     * @param body the whole body, empty for none
     */
    public TransportResponse {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((k, v) -> {
                if (k != null) {
                    copy.put(k, List.copyOf(v));
                }
            });
        }
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? new byte[0] : body;
    }

    /**
     * A response with no headers.
     *
     * @param statusCode the HTTP status
     * @param body the whole body, empty for none
     * @return a response with no headers
     */
    public static TransportResponse of(int statusCode, byte[] body) {
        return new TransportResponse(statusCode, Map.of(), body);
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, as the transport recorded it
     * @return the first value of a header
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(Objects.requireNonNull(name, "name"));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The body; the array is shared, callers must not modify it.
     *
     * @return the whole body, empty for none
     */
    @Override
    public byte[] body() {
        return body;
    }

    /**
     * The body decoded as UTF-8.
     *
     * @return the body decoded as UTF-8
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "TransportResponse[" + statusCode + ", " + body.length + " body bytes]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransportResponse r && statusCode == r.statusCode && headers.equals(r.headers)
                && Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(statusCode, headers, Arrays.hashCode(body));
    }
}
