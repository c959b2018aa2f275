package io.github.wxlogistics.model.insurance;

/**
 * One policy of getorderlist. Money in fen, times in Unix seconds; each member is {@code null} when
 * the reply omits it (a policy without a claim has no report or return waybill).
 *
 * <p>Decision: WeChat's page gives these members in snake_case, while a reply quoted on WeChat's
 * community (personal/oCJUswyvCf1PzDYtT-mcrJtRxJQQ/answer) has them in camelCase ({@code orderNo},
 * {@code policyNo}, {@code deliverNo}...). The client reads both: a camelCase member is read as its
 * snake_case name ({@code deliverNo} as {@code delivery_no}); when both forms are present and differ,
 * the reply is refused with a {@link io.github.wxlogistics.error.DecodeException} rather than one
 * silently chosen.
 *
 * @param orderNo          {@code order_no}: the WeChat Pay transaction id
 * @param policyNo         {@code policy_no}
 * @param reportNo         {@code report_no}: the claim's report number, empty before a claim
 * @param deliveryNo       {@code delivery_no}: the outgoing waybill
 * @param refundDeliveryNo {@code refund_delivery_no}: the return waybill
 * @param premium          {@code premium}: in fen
 * @param estimateAmount   {@code estimate_amount}: the expected payout, in fen
 * @param status           {@code status}
 * @param payFailReason    {@code pay_fail_reason}: why a claim's payout failed
 * @param payFinishTime    {@code pay_finish_time}: when the payout finished, 0 before
 * @param isHomePickUp     {@code is_home_pick_up}: 1 for a booked pickup, 0 for self-ship
 */
public record Policy(String orderNo, String policyNo, String reportNo, String deliveryNo, String refundDeliveryNo,
        Long premium, Long estimateAmount, PolicyStatus status, String payFailReason, Long payFinishTime,
        Integer isHomePickUp) {
}
