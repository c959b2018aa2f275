package io.github.wxlogistics.model.intracity;

import java.util.List;

/**
 * A store's balance with one carrier, in intracity_balancequery's reply.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_balancequery">intracity_balancequery</a>.
 *
 * @param balance          the balance in fen
 * @param serviceTransId   the carrier
 * @param serviceTransName the carrier's name
 * @param orderList        the top-ups the balance is made of
 */
public record BalanceDetail(Long balance, String serviceTransId, String serviceTransName,
        List<ChargeOrder> orderList) {
}
