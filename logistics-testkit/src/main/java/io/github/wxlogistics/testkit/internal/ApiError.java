package io.github.wxlogistics.testkit.internal;

/**
 * A WeChat error reply, thrown by a call handler and turned into the {@code errcode} envelope
 * by the dispatcher. For addOrder and cancelOrder it may carry the courier-side result.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The errcode. */
    private final int errcode;
    /** The courier-side result code, or null. */
    private final Integer deliveryResultCode;
    /** The courier-side result message, or null. */
    private final String deliveryResultMsg;

    private ApiError(int errcode, String errmsg, Integer deliveryResultCode, String deliveryResultMsg) {
        super(errmsg, null, false, false);
        this.errcode = errcode;
        this.deliveryResultCode = deliveryResultCode;
        this.deliveryResultMsg = deliveryResultMsg;
    }

    /** An error with WeChat's usual text for the code. */
    public static ApiError of(int errcode) {
        return new ApiError(errcode, ErrorCodes.message(errcode), null, null);
    }

    /** An error with the usual text followed by a hint naming the field or rule at fault. */
    public static ApiError withHint(int errcode, String hint) {
        return new ApiError(errcode, ErrorCodes.message(errcode) + " hint: [" + hint + "]", null, null);
    }

    /** A 9300501 "delivery logic fail" carrying the courier's result code and message. */
    public static ApiError deliveryFailure(int deliveryResultCode, String deliveryResultMsg) {
        return new ApiError(9300501, ErrorCodes.message(9300501), deliveryResultCode, deliveryResultMsg);
    }

    /** The errcode. */
    public int errcode() {
        return errcode;
    }

    /** The errmsg, without the {@code rid} suffix the dispatcher adds. */
    public String errmsg() {
        return getMessage();
    }

    /** The courier-side result code, or {@code null} when there is none. */
    public Integer deliveryResultCode() {
        return deliveryResultCode;
    }

    /** The courier-side result message, or {@code null} when there is none. */
    public String deliveryResultMsg() {
        return deliveryResultMsg;
    }
}
