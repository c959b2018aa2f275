package io.github.wxlogistics.model.insurance;

/**
 * claim's reply. The result comes later, pushed as {@code wxainsurance_claim_result}
 * ({@link io.github.wxlogistics.event.ClaimResultEvent}).
 *
 * @param reportNo     {@code report_no}: the claim's report number
 * @param isHomePickUp {@code is_home_pick_up}: 1 when the return was a booked pickup, 0 when the user
 *                     shipped it; {@code null} when the reply omits it
 */
public record ClaimResponse(String reportNo, Integer isHomePickUp) {
}
