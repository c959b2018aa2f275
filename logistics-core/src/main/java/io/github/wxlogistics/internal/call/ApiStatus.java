package io.github.wxlogistics.internal.call;

/**
 * The status part every reply may carry. A missing {@code errcode} means success: some calls
 * omit the pair when they succeed.
 *
 * @param errcode             WeChat's result, 0 or absent on success
 * @param errmsg              WeChat's message
 * @param deliveryResultcode  the courier's result (addOrder, cancelOrder)
 * @param deliveryResultmsg   the courier's message
 */
public record ApiStatus(Integer errcode, String errmsg, Integer deliveryResultcode, String deliveryResultmsg) {

    /** The errcode, 0 when absent. */
    public int code() {
        return errcode == null ? 0 : errcode;
    }

    /**
     * Whether WeChat accepted the call but the courier refused it: errcode 0 with a non-zero
     * {@code delivery_resultcode} (addOrder, cancelOrder). Such a reply is a failure too.
     */
    public boolean isCourierRefusal() {
        return deliveryResultcode != null && deliveryResultcode != 0;
    }

    /** Whether the reply reports success. */
    public boolean isOk() {
        return code() == 0;
    }
}
