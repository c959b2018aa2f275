package io.github.wxlogistics.model.intracity;

/**
 * intracity_balancequery's request: a store's balance, with one carrier or both.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_balancequery">intracity_balancequery</a>.
 *
 * @param wxStoreId      the store
 * @param serviceTransId the carrier, or {@code null} for both
 * @param payMode        whose balance; {@code null} means PAY_MODE_STORE
 */
public record BalanceQueryRequest(String wxStoreId, String serviceTransId, PayMode payMode) {

    /**
     * The store's balance with every carrier.
     *
     * @param wxStoreId the store
     * @return the request
     */
    public static BalanceQueryRequest of(String wxStoreId) {
        return new BalanceQueryRequest(wxStoreId, null, null);
    }

    /**
     * The store's balance with one carrier.
     *
     * @param wxStoreId      the store
     * @param serviceTransId the carrier, {@link ServiceTrans#DADA} or {@link ServiceTrans#SFTC}
     * @return the request
     */
    public static BalanceQueryRequest of(String wxStoreId, String serviceTransId) {
        return new BalanceQueryRequest(wxStoreId, serviceTransId, null);
    }
}
