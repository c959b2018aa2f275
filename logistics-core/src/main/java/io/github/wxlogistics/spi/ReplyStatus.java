package io.github.wxlogistics.spi;

/**
 * The status members a WeChat reply may carry next to its data, read by {@link JsonCodec#decodeReply}.
 * WeChat reports failures inside an HTTP 200 body, so every reply is read for these first.
 *
 * @param errcode            WeChat's result code; {@code null} when the reply omits it (success)
 * @param errmsg             WeChat's message, often ending in {@code rid: ...}; may be {@code null}
 * @param deliveryResultcode the courier's result code (addOrder, cancelOrder); {@code null} when absent
 * @param deliveryResultmsg  the courier's message; may be {@code null}
 */
public record ReplyStatus(Integer errcode, String errmsg, Integer deliveryResultcode, String deliveryResultmsg) {

    /**
     * A status with no member present: what a reply that carries none of them reads as.
     *
     * @return a status with no member present: what a reply that carries none of them reads as
     */
    public static ReplyStatus absent() {
        return new ReplyStatus(null, null, null, null);
    }

    /**
     * The errcode, 0 when absent.
     *
     * @return the errcode, 0 when absent
     */
    public int code() {
        return errcode == null ? 0 : errcode;
    }

    /**
     * Whether WeChat accepted the call but the courier refused it: errcode 0 with a non-zero
     * {@code delivery_resultcode} (addOrder, cancelOrder).
     *
     * @return whether WeChat accepted the call but the courier refused it: errcode 0 with a non-zero {@code
     *     delivery_resultcode} (addOrder, cancelOrder)
     */
    public boolean isCourierRefusal() {
        return code() == 0 && deliveryResultcode != null && deliveryResultcode != 0;
    }

    /**
     * Whether the reply reports success: errcode 0 or absent, and no courier refusal.
     *
     * @return whether the reply reports success: errcode 0 or absent, and no courier refusal
     */
    public boolean isOk() {
        return code() == 0 && !isCourierRefusal();
    }
}
