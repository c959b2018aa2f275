package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.error.LogisticsException;
import java.util.Objects;

/**
 * A pushed message was refused: its signature did not hold, its timestamp was outside the
 * window, it could not be decrypted, it named another AppID, or its body was malformed or too
 * large. The {@link #reason()} says which; the message says why in words and never contains the
 * push Token, the EncodingAESKey, {@code BizPwd} or the message's plaintext.
 *
 * <p>The push receiver answers a refused push with no detail (401, 400 or 413) and logs the
 * message at WARNING; the handler never runs.
 */
public final class PushRejectedException extends LogisticsException {
    private static final long serialVersionUID = 1L;

    /** Why a push was refused. */
    public enum Reason {
        /** {@code signature} or {@code msg_signature} is missing or does not match. */
        SIGNATURE,
        /** {@code timestamp} is missing, not a number, or outside the accepted window. */
        TIMESTAMP,
        /** {@code Encrypt} is missing, not Base64, not whole AES blocks, badly padded or its length field is wrong. */
        DECRYPTION,
        /** The decrypted message ends with an AppID other than the configured one. */
        APP_ID,
        /** The body is not well-formed XML or JSON, carries a DOCTYPE, or a field has the wrong shape. */
        MALFORMED,
        /** The body is larger than the receiver accepts. */
        TOO_LARGE
    }

    /** Why the push was refused. */
    private final Reason reason;
    /** What was wrong, in words; never a secret or the message's content. */
    private final String detail;

    /**
     * A refusal.
     *
     * @param reason why the push was refused
     * @param detail what was wrong, in words; MUST NOT contain a secret or the message's content
     */
    public PushRejectedException(Reason reason, String detail) {
        super(Objects.requireNonNull(reason, "reason") + ": " + Objects.requireNonNull(detail, "detail"), null);
        this.reason = reason;
        this.detail = detail;
    }

    /**
     * Why the push was refused.
     *
     * @return the reason, never {@code null}
     */
    public Reason reason() {
        return reason;
    }

    /**
     * What was wrong, in words, such as {@code msg_signature does not match}.
     *
     * @return the detail, never {@code null}; it contains no secret or message content
     */
    public String detail() {
        return detail;
    }
}
