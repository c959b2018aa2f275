package io.github.wxlogistics.model.insurance;

/**
 * getsummary's reply: the period's policies and claims, and the funds left. Money in fen; a boxed
 * member is {@code null} when the reply omits it.
 *
 * @param total        {@code total}: policies in the period
 * @param claimNum     {@code claim_num}: claims in the period
 * @param claimSuccNum {@code claim_succ_num}: claims paid
 * @param premium      {@code premium}: premiums paid in the period, in fen
 * @param funds        {@code funds}: the pre-paid funds left now, in fen
 * @param needClose    {@code need_close}: whether WeChat will close insurance for the merchant
 *                     (funds too low)
 */
public record SummaryResponse(long total, long claimNum, long claimSuccNum, long premium, long funds,
        Boolean needClose) {
}
