package io.github.wxlogistics.model.insurance;

/**
 * One charge order (top-up of the premium funds) of getpayorderlist. Money in fen, times in Unix
 * seconds (0 when it did not happen yet); a boxed member is {@code null} when the reply omits it.
 *
 * @param orderId      {@code order_id}: the charge order
 * @param orderStatus  {@code order_status}
 * @param totalPrice   {@code total_price}: the amount topped up, in fen
 * @param createTime   {@code create_time}
 * @param payTime      {@code pay_time}
 * @param canRefund    {@code can_refund}: 1 when refund may be asked for it
 * @param refundTime   {@code refund_time}
 * @param refundStatus {@code refund_status}: 1 not refunded, 2 refunding, 4 refunded, 5 refund failed
 * @param refundAmt    {@code refund_amt}: the amount refunded, in fen
 */
public record PayOrder(long orderId, ChargeOrderStatus orderStatus, long totalPrice, Long createTime, Long payTime,
        Integer canRefund, Long refundTime, Integer refundStatus, Long refundAmt) {
}
