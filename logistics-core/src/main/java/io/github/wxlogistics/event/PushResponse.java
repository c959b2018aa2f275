package io.github.wxlogistics.event;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * What an HTTP adapter sends back: status, Content-Type and body.
 * <ul>
 *   <li>200 {@code text/plain} {@code success}: a merchant event, or an event no handler takes;</li>
 *   <li>200 {@code text/plain} echostr: a URL check that passed;</li>
 *   <li>200 {@code text/xml} or {@code application/json}: a courier reply packet, encrypted in safe mode;</li>
 *   <li>400 malformed body, 401 signature, timestamp or decryption refused, 405 wrong method,
 *       413 body too large, 500 the handler or the duplicate store failed, 503 no reply within the
 *       deadline or no thread to run the handler: empty bodies, the reason only in the log.</li>
 * </ul>
 *
 * @param status      the HTTP status
 * @param contentType the Content-Type header value
 * @param body        the body bytes (not copied)
 */
public record PushResponse(int status, String contentType, byte[] body) {

    private static final String TEXT = "text/plain; charset=utf-8";

    /**
     * Checks the content type and reads a {@code null} body as empty.
     *
     * @param status      the HTTP status, such as 200
     * @param contentType the Content-Type header value; must not be {@code null}
     * @param body        the body bytes, not copied; {@code null} reads as empty
     */
    public PushResponse {
        Objects.requireNonNull(contentType, "contentType");
        body = body == null ? new byte[0] : body;
    }

    /**
     * 200 with {@code text/plain} UTF-8 text.
     *
     * @param text the body, such as {@code success} or an echostr; must not be {@code null}
     * @return the response
     */
    public static PushResponse text(String text) {
        return new PushResponse(200, TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A status with an empty {@code text/plain} body.
     *
     * @param status the HTTP status, such as 401 or 503
     * @return the response
     */
    public static PushResponse status(int status) {
        return new PushResponse(status, TEXT, new byte[0]);
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
        return other instanceof PushResponse that && status == that.status && contentType.equals(that.contentType)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, contentType, Arrays.hashCode(body));
    }

    /** Status, content type and body size; not the body, which may echo an order token. */
    @Override
    public String toString() {
        return "PushResponse[status=" + status + ", contentType=" + contentType + ", body=" + body.length + " bytes]";
    }
}
