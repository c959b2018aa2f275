package io.github.wxlogistics.model.intracity;

import java.util.List;

/**
 * intracity_balancequery's reply.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_balancequery">intracity_balancequery</a>.
 *
 * @param wxStoreId     the store
 * @param appid         the mini program's AppID
 * @param allBalance    the balance with every carrier, in fen
 * @param balanceDetail the balance per carrier
 */
public record BalanceQueryResponse(String wxStoreId, String appid, Long allBalance,
        List<BalanceDetail> balanceDetail) {
}
