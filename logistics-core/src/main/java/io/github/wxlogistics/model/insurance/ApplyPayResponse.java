package io.github.wxlogistics.model.insurance;

/**
 * applypay's reply.
 *
 * @param payUrl {@code pay_url}: the page where the merchant pays the top-up (scan or bank transfer)
 */
public record ApplyPayResponse(String payUrl) {
}
