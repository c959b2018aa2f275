package io.github.wxlogistics.model.insurance;

/**
 * createchargeid's reply.
 *
 * @param orderId {@code order_id}: the charge order, a number beyond JavaScript's exact range (read
 *                exactly as a {@code long}); pass it to applypay
 */
public record ChargeIdResponse(long orderId) {
}
