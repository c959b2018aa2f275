package io.github.wxlogistics.error;

/**
 * Root of every exception this library throws. All are unchecked and split by where the
 * failure happened:
 * <ul>
 *   <li>{@link ValidationException}: bad input caught before anything was sent;</li>
 *   <li>{@link TransportException}: no HTTP exchange completed (connect, timeout, reset, cancel);</li>
 *   <li>{@link HttpStatusException}: an exchange completed with a status other than 200;</li>
 *   <li>{@link ApiException}: HTTP 200 with a non-zero {@code errcode};</li>
 *   <li>{@link DecodeException}: the body is not the JSON that was expected.</li>
 * </ul>
 * Messages never contain an access token, app secret, {@code BizPwd}, password or EncodingAESKey.
 */
public abstract class LogisticsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * For the subclasses of this package.
     *
     * @param message what failed, free of credentials
     * @param cause   the underlying failure, or {@code null}
     */
    protected LogisticsException(String message, Throwable cause) {
        super(message, cause);
    }
}
