package io.github.wxlogistics.model;

/**
 * cancelOrder's reply. A refusal (errcode 9300501 and others) is an
 * {@link io.github.wxlogistics.error.ApiException} instead.
 *
 * @param deliveryResultcode the courier's result; {@code null} when the reply omits it
 * @param deliveryResultmsg  the courier's message; {@code null} when the reply omits it
 */
public record CancelOrderResponse(Integer deliveryResultcode, String deliveryResultmsg) {
}
