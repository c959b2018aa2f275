package io.github.wxlogistics.error;

/**
 * No HTTP exchange completed: the connection failed, timed out, was reset or was cancelled.
 * A write call that failed this way may or may not have reached WeChat, and the library never
 * re-sends it; {@link #isNotSent()} says when the request surely never left this machine
 * (connection refused, unknown host, TLS handshake failed, connect timed out, client closed), so
 * sending it again cannot duplicate it.
 */
public final class TransportException extends LogisticsException {
    private static final long serialVersionUID = 1L;


    /** Whether a deadline passed. */
    private final boolean timeout;
    /** Whether the request surely never left this machine, so sending it again is safe. */
    private final boolean notSent;

    private TransportException(String message, Throwable cause, boolean timeout, boolean notSent) {
        super(message, cause);
        this.timeout = timeout;
        this.notSent = notSent;
    }

    /**
     * A failed exchange that may have reached the server.
     *
     * @param message what happened, in words; must not contain the request URI (it holds the token)
     * @param cause   the underlying failure, or {@code null}
     * @return the exception
     */
    public static TransportException of(String message, Throwable cause) {
        return new TransportException(message, cause, false, false);
    }

    /**
     * An exchange that did not complete within its deadline; the request may have reached the server.
     *
     * @param message what happened, in words; must not contain the request URI
     * @param cause   the underlying failure, or {@code null}
     * @return the exception
     */
    public static TransportException timeout(String message, Throwable cause) {
        return new TransportException(message, cause, true, false);
    }

    /**
     * A failure before any byte of the request left this machine: sending it again is safe, writes
     * included.
     *
     * @param message what happened, in words; must not contain the request URI
     * @param cause   the underlying failure, or {@code null}
     * @param timeout whether a deadline passed (a connect timeout)
     * @return the exception
     */
    public static TransportException notSent(String message, Throwable cause, boolean timeout) {
        return new TransportException(message, cause, timeout, true);
    }

    /**
     * This failure with {@code prefix} before its message (a call's operation name, say), the same
     * flags, and this exception as its cause.
     *
     * @param prefix the words to put first, such as {@code "addOrder: "}
     * @return a new exception
     */
    public TransportException withPrefix(String prefix) {
        return new TransportException(prefix + getMessage(), this, timeout, notSent);
    }

    /**
     * Whether the exchange failed because a deadline passed.
     *
     * @return true for a timeout
     */
    public boolean isTimeout() {
        return timeout;
    }

    /**
     * Whether the request surely never left this machine, so that sending it again, even a write,
     * cannot make WeChat act twice.
     *
     * @return true when nothing was sent
     */
    public boolean isNotSent() {
        return notSent;
    }
}
