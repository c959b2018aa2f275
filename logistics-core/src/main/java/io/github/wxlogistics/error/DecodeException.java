package io.github.wxlogistics.error;

/** The response body is not the JSON the call expects. */
public final class DecodeException extends LogisticsException {
    private static final long serialVersionUID = 1L;

    /**
     * A decode failure.
     *
     * @param message what was expected; must not quote the body when it may hold a credential
     * @param cause   the parser's exception, or {@code null}
     */
    public DecodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
