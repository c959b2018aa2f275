package io.github.wxlogistics.model;

/**
 * cancelOrder's reply. A refusal (errcode 9300501 and others) is an
 * {@link io.github.wxlogistics.error.ApiException} instead.
 *
 * @param deliveryResultcode the courier's result, 0 when absent
 * @param deliveryResultmsg  the courier's message
 */
public record CancelOrderResponse(int deliveryResultcode, String deliveryResultmsg) {
}
