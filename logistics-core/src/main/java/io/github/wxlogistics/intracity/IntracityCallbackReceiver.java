package io.github.wxlogistics.intracity;

import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.internal.json.JsonbCodec;
import io.github.wxlogistics.model.intracity.IntracityCallback;
import io.github.wxlogistics.spi.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Receives intracity order-status callbacks: the plain HTTP POST WeChat sends to the
 * {@code callback_url} given at {@code intracity_addorder} whenever the order's status changes
 * (the "回调协议" of the
 * <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_mocknotify">mocknotify</a>
 * and addorder pages). Framework-neutral: {@link #handle(String, byte[])} takes the method and body
 * and returns what to answer; adapters for the JDK server and Vert.x only translate.
 *
 * <p>Each request is, in this order: refused with 405 unless a POST, 413 if over
 * {@link #maxBodyBytes()}, 400 if not a JSON object of the callback's shape or without
 * {@code wx_order_id} and {@code order_status}; checked by the {@link IntracityCallbackVerifier}
 * (401 if refused); handed to the {@link IntracityCallbackHandler}; answered 200 with
 * {@code {"errcode":0,"errmsg":"ok"}}. A verifier or handler that throws gets 500, so WeChat sends
 * the callback again. The pages document no reply body; WeChat's usual success envelope is sent.
 *
 * <pre>{@code
 * IntracityCallbackReceiver receiver = IntracityCallbackReceiver.builder()
 *         .verifier(IntracityCallbackVerifier.acceptAll())      // see IntracityCallbackVerifier
 *         .handler(callback -> orders.refresh(callback.wxOrderId()))
 *         .build();
 * server.createContext("/wechat/intracity", JdkIntracityCallbackHandler.of(receiver));
 * }</pre>
 *
 * <p>Thread-safe; holds no resources. The handler runs on the calling thread.
 */
public final class IntracityCallbackReceiver {

    /** The default largest body: 64 KiB (a callback is a few hundred bytes). */
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    private static final String JSON = "application/json; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final byte[] OK = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);

    private final IntracityCallbackVerifier verifier;
    private final IntracityCallbackHandler handler;
    private final int maxBodyBytes;
    private final JsonCodec codec = JsonbCodec.create();

    private IntracityCallbackReceiver(Builder b) {
        this.verifier = b.verifier;
        this.handler = b.handler;
        this.maxBodyBytes = b.maxBodyBytes;
    }

    /**
     * A builder; {@link Builder#verifier} and {@link Builder#handler} are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The largest body accepted; adapters read at most one byte more.
     *
     * @return the limit in bytes
     */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * Answers one request to the callback URL. Never throws.
     *
     * @param method the HTTP method
     * @param body   the body, or {@code null} for none
     * @return what to answer
     */
    public IntracityCallbackResponse handle(String method, byte[] body) {
        if (!"POST".equalsIgnoreCase(method)) {
            return status(405, "only POST");
        }
        if (body == null || body.length == 0) {
            return status(400, "empty body");
        }
        if (body.length > maxBodyBytes) {
            return status(413, "body over " + maxBodyBytes + " bytes");
        }
        IntracityCallback callback;
        try {
            callback = codec.decode(body, IntracityCallback.class);
        } catch (DecodeException e) {
            return status(400, "not an order-status callback: " + e.getMessage());
        } catch (RuntimeException e) {
            return status(400, "not an order-status callback: " + e.getClass().getSimpleName());
        }
        if (callback == null || callback.wxOrderId() == null || callback.orderStatus() == null) {
            return status(400, "not an order-status callback: wx_order_id and order_status are required");
        }
        try {
            if (!verifier.verify(callback, body)) {
                return status(401, "");
            }
            handler.onCallback(callback);
        } catch (Exception e) {
            return status(500, "");
        }
        return new IntracityCallbackResponse(200, JSON, OK.clone());
    }

    private static IntracityCallbackResponse status(int status, String why) {
        return new IntracityCallbackResponse(status, TEXT, why.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "IntracityCallbackReceiver[maxBodyBytes=" + maxBodyBytes + "]";
    }

    /** Builds an {@link IntracityCallbackReceiver}. Not thread-safe. */
    public static final class Builder {
        private IntracityCallbackVerifier verifier;
        private IntracityCallbackHandler handler;
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

        private Builder() {
        }

        /**
         * Decides whether a callback comes from WeChat (required; see {@link IntracityCallbackVerifier}
         * for why there is no default).
         *
         * @param value the verifier
         * @return this builder
         */
        public Builder verifier(IntracityCallbackVerifier value) {
            this.verifier = Objects.requireNonNull(value, "verifier");
            return this;
        }

        /**
         * Handles each verified callback (required).
         *
         * @param value the handler
         * @return this builder
         */
        public Builder handler(IntracityCallbackHandler value) {
            this.handler = Objects.requireNonNull(value, "handler");
            return this;
        }

        /**
         * The largest body accepted (default {@link #DEFAULT_MAX_BODY_BYTES}).
         *
         * @param value the limit in bytes, positive
         * @return this builder
         */
        public Builder maxBodyBytes(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be positive, was " + value);
            }
            this.maxBodyBytes = value;
            return this;
        }

        /**
         * The receiver.
         *
         * @return the receiver
         * @throws IllegalStateException if the verifier or the handler is missing
         */
        public IntracityCallbackReceiver build() {
            if (verifier == null || handler == null) {
                throw new IllegalStateException("IntracityCallbackReceiver needs "
                        + (verifier == null ? "a verifier (IntracityCallbackVerifier; acceptAll() is the explicit opt-out)" : "")
                        + (verifier == null && handler == null ? " and " : "")
                        + (handler == null ? "a handler" : ""));
            }
            return new IntracityCallbackReceiver(this);
        }
    }
}
