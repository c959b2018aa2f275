package io.github.wxlogistics.model.insurance;

/**
 * createorder's reply: the policy.
 *
 * @param policyNo           {@code policy_no}: the policy number
 * @param insuranceEndDate   {@code insurance_end_date}: when cover ends, as WeChat writes it
 *                           ({@code yyyy-mm-dd hh24:mi:ss}, China time), kept as text
 * @param estimateAmount     {@code estimate_amount}: the expected payout of a claim, in fen
 * @param premium            {@code premium}: the premium taken from the merchant's funds, in fen
 */
public record InsuranceOrderResponse(String policyNo, String insuranceEndDate, long estimateAmount, long premium) {
}
