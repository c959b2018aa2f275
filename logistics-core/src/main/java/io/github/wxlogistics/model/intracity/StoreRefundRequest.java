package io.github.wxlogistics.model.intracity;

/**
 * intracity_storerefund's request: refunds a store's unused balance with one carrier.
 * Refused with 934006 while the store has orders on the way.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_storerefund">intracity_storerefund</a>.
 *
 * @param wxStoreId      the store (required for PAY_MODE_STORE)
 * @param payMode        whose balance; {@code null} means PAY_MODE_STORE
 * @param serviceTransId the carrier (required)
 */
public record StoreRefundRequest(String wxStoreId, PayMode payMode, String serviceTransId) {

    /**
     * A refund of the store's own balance with one carrier.
     *
     * @param wxStoreId      the store
     * @param serviceTransId the carrier, {@link ServiceTrans#DADA} or {@link ServiceTrans#SFTC}
     * @return the request
     */
    public static StoreRefundRequest of(String wxStoreId, String serviceTransId) {
        return new StoreRefundRequest(wxStoreId, null, serviceTransId);
    }
}
