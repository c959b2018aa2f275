package io.github.wxlogistics.error;

/**
 * WeChat's API security ("服务端 API 签名加密") failed on this side: a call that needs it was made
 * without it configured (nothing was sent), or a reply did not verify (its signature, timestamp,
 * AppID or ciphertext is wrong, or it came unsigned), in which case the reply is never decoded.
 * The message says which check failed; it never contains a key or the reply's plaintext.
 *
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/getting_started/api_signature.html">服务端 API 签名指南</a>
 */
public final class ApiSecurityException extends LogisticsException {
    private static final long serialVersionUID = 1L;

    /** Whether the request surely never left this machine. */
    private final boolean notSent;

    private ApiSecurityException(String message, Throwable cause, boolean notSent) {
        super(message, cause);
        this.notSent = notSent;
    }

    /**
     * A reply that failed verification: the request was sent (a write may have been carried out).
     *
     * @param message which check failed, in words, free of keys and plaintext
     * @param cause   the underlying failure, or {@code null}
     * @return the exception
     */
    public static ApiSecurityException replyRefused(String message, Throwable cause) {
        return new ApiSecurityException(message, cause, false);
    }

    /**
     * A request that could not be secured (API security not configured, a key unusable): nothing was sent.
     *
     * @param message what is missing or wrong, in words, free of keys
     * @param cause   the underlying failure, or {@code null}
     * @return the exception
     */
    public static ApiSecurityException notSent(String message, Throwable cause) {
        return new ApiSecurityException(message, cause, true);
    }

    /**
     * Whether the request surely never left this machine.
     *
     * @return true when nothing was sent
     */
    public boolean isNotSent() {
        return notSent;
    }
}
