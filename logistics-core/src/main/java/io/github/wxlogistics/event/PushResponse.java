package io.github.wxlogistics.event;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an HTTP adapter sends back, decided entirely by the receiver: status, headers and body. An
 * adapter copies all three as they are, without judgement.
 * <ul>
 *   <li>200 {@code text/plain} {@code success}: a merchant event, or a message the fallback answers so;</li>
 *   <li>200 {@code text/plain} echostr: a URL check that passed;</li>
 *   <li>200 {@code text/xml} or {@code application/json}: a reply packet, encrypted in safe mode;</li>
 *   <li>200 {@code text/plain} with an empty body: a message the fallback answers with nothing;</li>
 *   <li>400 malformed body, 401 signature, timestamp or decryption refused, 405 wrong method (with
 *       {@code Allow: GET, POST}), 413 body too large, 500 the handler or the duplicate store failed,
 *       503 no reply within the deadline or no thread to run the handler: empty bodies, the reason
 *       only in the log.</li>
 * </ul>
 * Every response carries {@code Content-Type}, an empty one included.
 *
 * @param status  the HTTP status
 * @param headers the response headers by their canonical names ({@code Content-Type}, {@code Allow}),
 *                one value each, in order; never empty
 * @param body    the body bytes (not copied)
 */
public record PushResponse(int status, Map<String, String> headers, byte[] body) {

    private static final String CONTENT_TYPE = "Content-Type";
    private static final String TEXT = "text/plain; charset=utf-8";

    /**
     * Checks the headers and reads a {@code null} body as empty.
     *
     * @param status  the HTTP status, 100 to 599
     * @param headers the headers; must include {@code Content-Type}; copied
     * @param body    the body bytes, not copied; {@code null} reads as empty
     * @throws IllegalArgumentException if the status is out of range or {@code Content-Type} is missing
     */
    public PushResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be 100 to 599, was " + status);
        }
        Objects.requireNonNull(headers, "headers");
        if (!headers.containsKey(CONTENT_TYPE)) {
            throw new IllegalArgumentException("every push response carries Content-Type");
        }
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body == null ? new byte[0] : body;
    }

    /**
     * A response with a body of the given type.
     *
     * @param status      the HTTP status
     * @param contentType the Content-Type; must not be {@code null}
     * @param body        the body bytes, not copied; {@code null} reads as empty
     * @return the response
     */
    public static PushResponse of(int status, String contentType, byte[] body) {
        return new PushResponse(status, Map.of(CONTENT_TYPE, Objects.requireNonNull(contentType, "contentType")), body);
    }

    /**
     * 200 with {@code text/plain} UTF-8 text.
     *
     * @param text the body, such as {@code success} or an echostr; must not be {@code null}
     * @return the response
     */
    public static PushResponse text(String text) {
        return of(200, TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A status with an empty {@code text/plain} body; 405 also carries {@code Allow: GET, POST}.
     *
     * @param status the HTTP status, such as 401 or 503
     * @return the response
     */
    public static PushResponse status(int status) {
        if (status == 405) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(CONTENT_TYPE, TEXT);
            headers.put("Allow", "GET, POST");
            return new PushResponse(405, headers, new byte[0]);
        }
        return of(status, TEXT, new byte[0]);
    }

    /**
     * The Content-Type header.
     *
     * @return the Content-Type value, never {@code null}
     */
    public String contentType() {
        return headers.get(CONTENT_TYPE);
    }

    /**
     * The body decoded as UTF-8.
     *
     * @return the body as text, empty for an empty body
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PushResponse that && status == that.status && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body));
    }

    /** Status, headers and body size; not the body, which may echo an order token. */
    @Override
    public String toString() {
        return "PushResponse[status=" + status + ", headers=" + headers + ", body=" + body.length + " bytes]";
    }
}
