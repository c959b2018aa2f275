package io.github.wxlogistics.error;

/** The response body is not the JSON the call expects. */
public final class DecodeException extends LogisticsException {
    private static final long serialVersionUID = 1L;

    public DecodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
