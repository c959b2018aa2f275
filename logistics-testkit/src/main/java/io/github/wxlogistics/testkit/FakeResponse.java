package io.github.wxlogistics.testkit;

import io.github.wxlogistics.testkit.internal.ErrorEnvelope;
import io.github.wxlogistics.testkit.internal.ErrorCodes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A reply or fault for one request: queued with {@link FakeWeChatServer#enqueue}, or returned by
 * a {@link Dispatcher}. Immutable. Modelled on OkHttp's {@code MockResponse} and {@code SocketEffect}:
 * <ul>
 *   <li>canned replies ({@link #of}, {@link #json}, {@link #errcode}, {@link #httpStatus},
 *       {@link #malformedJson}) are sent instead of what the fake would have answered, and change
 *       no state;</li>
 *   <li>{@link #proceed}, {@link #truncatedBody} and {@link #dropConnectionMidBody} let the call
 *       run normally (the dispatcher answers it, and its effect on the state happens) and then
 *       deliver that reply as asked;</li>
 *   <li>{@link #stall} never answers: the request hangs until the server closes or ten minutes pass,
 *       then the connection is closed without a reply.</li>
 * </ul>
 * Any of them can wait before sending the response headers ({@link #withHeadersDelay}).
 */
public final class FakeResponse {

    /** What the server does with the request. */
    public enum Kind {
        /** Send {@link #status()} and {@link #body()} instead of the normal reply. */
        CANNED,
        /**
         * Handle the call normally: a scripted reply of this kind sends the dispatcher's reply, a
         * dispatcher's reply of this kind (and of the two below) the WeChat fake's.
         */
        PROCEED,
        /** Handle the call, then send only the first half of its reply, with a matching Content-Length. */
        TRUNCATED_BODY,
        /** Handle the call, promise the full reply's Content-Length, send half of it and close the socket. */
        DROP_MID_BODY,
        /** Never answer; close the connection when the server closes (or after ten minutes). */
        STALL
    }

    private static final String JSON = "application/json; encoding=utf-8";

    private final Kind kind;
    private final int status;
    private final String contentType;
    private final byte[] body;
    private final Duration headersDelay;
    private final Map<String, String> headers;

    private FakeResponse(Kind kind, int status, String contentType, byte[] body, Duration headersDelay) {
        this(kind, status, contentType, body, headersDelay, Map.of());
    }

    private FakeResponse(Kind kind, int status, String contentType, byte[] body, Duration headersDelay,
            Map<String, String> headers) {
        this.kind = kind;
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.headersDelay = headersDelay;
        this.headers = headers;
    }

    private static FakeResponse canned(int status, String contentType, String body) {
        return new FakeResponse(Kind.CANNED, status, contentType, body.getBytes(StandardCharsets.UTF_8), Duration.ZERO);
    }

    private static FakeResponse effect(Kind kind) {
        return new FakeResponse(kind, 200, JSON, new byte[0], Duration.ZERO);
    }

    /**
     * Any body sent as is, with this HTTP status and Content-Type.
     *
     * @param status      the HTTP status, 200 to 599
     * @param contentType the Content-Type header, such as {@code text/plain; charset=utf-8}
     * @param body        the body bytes (copied), empty for none
     * @return the response
     */
    public static FakeResponse of(int status, String contentType, byte[] body) {
        checkStatus(status);
        Objects.requireNonNull(contentType, "contentType");
        return new FakeResponse(Kind.CANNED, status, contentType, Objects.requireNonNull(body, "body").clone(),
                Duration.ZERO);
    }

    /**
     * A JSON body sent as is with this HTTP status.
     *
     * @param status the HTTP status, 200 to 599
     * @param body the body, sent as is (it need not be valid JSON)
     * @return a JSON body sent as is with this HTTP status
     */
    public static FakeResponse json(int status, String body) {
        checkStatus(status);
        return canned(status, JSON, Objects.requireNonNull(body, "body"));
    }

    /**
     * WeChat's error envelope with HTTP 200 and WeChat's usual text for the code (and a {@code rid}
     * suffix), such as -1 (system busy), 40001, 45009 (daily quota), 45011 (minute quota).
     *
     * @param errcode the {@code errcode} to send
     * @return the error reply
     */
    public static FakeResponse errcode(int errcode) {
        return errcode(errcode, ErrorCodes.message(errcode));
    }

    /**
     * WeChat's error envelope with HTTP 200 and this errmsg (a {@code rid} suffix is appended).
     *
     * @param errcode the {@code errcode} to send
     * @param errmsg the {@code errmsg} to send, before the {@code rid} suffix
     * @return the error reply
     */
    public static FakeResponse errcode(int errcode, String errmsg) {
        Objects.requireNonNull(errmsg, "errmsg");
        return new FakeResponse(Kind.CANNED, 200, JSON, ErrorEnvelope.error(errcode, errmsg), Duration.ZERO);
    }

    /**
     * An HTTP error status, such as 500, 502 or 503, with a small HTML body as a gateway sends.
     *
     * @param status the HTTP status, 200 to 599
     * @return an HTTP error status, such as 500, 502 or 503, with a small HTML body as a gateway sends
     */
    public static FakeResponse httpStatus(int status) {
        checkStatus(status);
        return canned(status, "text/html; charset=utf-8",
                "<html><body><h1>" + status + "</h1><p>fake gateway error</p></body></html>");
    }

    /**
     * HTTP 200 whose body claims to be JSON but is not.
     *
     * @return a 200 reply with a body that is not valid JSON
     */
    public static FakeResponse malformedJson() {
        return canned(200, JSON, "{errcode: 0, \"errmsg\": \"ok\", ");
    }

    /**
     * The normal reply. With {@link #withHeadersDelay} it is a slow but correct answer.
     *
     * @return the normal reply
     */
    public static FakeResponse proceed() {
        return effect(Kind.PROCEED);
    }

    /**
     * The normal reply cut to its first half; the HTTP exchange itself completes (Content-Length
     * matches), so only the JSON is broken. The call's effect on the state happens.
     *
     * @return the normal reply cut to its first half; the HTTP exchange itself completes (Content-Length
     *     matches), so only the JSON is broken
     */
    public static FakeResponse truncatedBody() {
        return effect(Kind.TRUNCATED_BODY);
    }

    /**
     * Headers promising the normal reply's full length, half the body, then the socket is closed:
     * the client sees a failed exchange. The call's effect on the state happens, as when a reply is
     * lost on the way back from WeChat.
     *
     * @return a reply cut off in the middle of its body
     */
    public static FakeResponse dropConnectionMidBody() {
        return effect(Kind.DROP_MID_BODY);
    }

    /**
     * No reply at all until the server closes (at most ten minutes), for client timeouts.
     *
     * @return a reply that never comes
     */
    public static FakeResponse stall() {
        return effect(Kind.STALL);
    }

    /**
     * This response, sent only after {@code delay} has passed (or dropped if the server closes first).
     *
     * @param delay how long to wait before the headers; not negative
     * @return a copy of this response with the delay
     */
    public FakeResponse withHeadersDelay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        return new FakeResponse(kind, status, contentType, body, delay, headers);
    }

    /**
     * This response with more headers (besides Content-Type), such as WeChat's {@code Wechatmp-*}
     * signature headers.
     *
     * @param more header names and values; a name given again replaces the value
     * @return a copy of this response with the headers
     */
    public FakeResponse withHeaders(Map<String, String> more) {
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.putAll(Objects.requireNonNull(more, "headers"));
        return new FakeResponse(kind, status, contentType, body, headersDelay, Map.copyOf(all));
    }

    /**
     * The headers sent besides Content-Type.
     *
     * @return header names and values, empty for none
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * What the server does.
     *
     * @return what kind of response this is
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The HTTP status of a {@link Kind#CANNED} reply (200 for the other kinds).
     *
     * @return the HTTP status of a {@link Kind#CANNED} reply (200 for the other kinds)
     */
    public int status() {
        return status;
    }

    /**
     * The Content-Type of a {@link Kind#CANNED} reply.
     *
     * @return the Content-Type of a {@link Kind#CANNED} reply
     */
    public String contentType() {
        return contentType;
    }

    /**
     * A copy of the body of a {@link Kind#CANNED} reply; empty for the other kinds.
     *
     * @return a copy of the body of a {@link Kind#CANNED} reply; empty for the other kinds
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * How long the server waits before sending the response headers.
     *
     * @return the delay before the headers, zero for none
     */
    public Duration headersDelay() {
        return headersDelay;
    }

    private static void checkStatus(int status) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("status must be 200..599: " + status);
        }
    }

    @Override
    public String toString() {
        return "FakeResponse[" + kind + (kind == Kind.CANNED ? " " + status : "")
                + (headersDelay.isZero() ? "" : ", headers after " + headersDelay) + "]";
    }
}
