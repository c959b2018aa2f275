package io.github.wxlogistics.model.intracity;

/**
 * One top-up in a {@link BalanceDetail}. Amounts in fen, times in Unix seconds.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_balancequery">intracity_balancequery</a>.
 *
 * @param payorderId the top-up's payment order
 * @param chargeAmt  the amount topped up
 * @param unusedAmt  what is left of it
 * @param beginTime  from when it may be spent
 * @param endTime    until when it may be spent
 */
public record ChargeOrder(Long payorderId, Long chargeAmt, Long unusedAmt, Long beginTime, Long endTime) {
}
