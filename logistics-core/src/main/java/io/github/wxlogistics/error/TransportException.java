package io.github.wxlogistics.error;

/**
 * No HTTP exchange completed: the connection failed, timed out, was reset or was cancelled.
 * A write call that failed this way may or may not have reached WeChat; the library never
 * re-sends it.
 */
public final class TransportException extends LogisticsException {
    private static final long serialVersionUID = 1L;


    /** Whether a deadline passed. */
    private final boolean timeout;

    private TransportException(String message, Throwable cause, boolean timeout) {
        super(message, cause);
        this.timeout = timeout;
    }

    /**
     * A failed exchange; the message must not contain the request URI (it holds the token).
     *
     * @param message what failed, without the request URI
     * @param cause the client's exception, free of credentials, or {@code null}
     * @return a failed exchange; the message must not contain the request URI (it holds the token)
     */
    public static TransportException of(String message, Throwable cause) {
        return new TransportException(message, cause, false);
    }

    /**
     * An exchange that did not complete within its deadline.
     *
     * @param message what timed out, without the request URI
     * @param cause the client's timeout exception, free of credentials, or {@code null}
     * @return an exchange that did not complete within its deadline
     */
    public static TransportException timeout(String message, Throwable cause) {
        return new TransportException(message, cause, true);
    }

    /**
     * Whether the exchange failed because a deadline passed.
     *
     * @return whether the exchange failed because a deadline passed
     */
    public boolean isTimeout() {
        return timeout;
    }
}
