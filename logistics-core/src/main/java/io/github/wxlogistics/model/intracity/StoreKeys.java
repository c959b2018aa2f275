package io.github.wxlogistics.model.intracity;

/**
 * Which store intracity_updatestore changes ({@code keys}): by one of its two IDs.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_updatestore">intracity_updatestore</a>.
 *
 * @param wxStoreId  WeChat's store ID, or {@code null}
 * @param outStoreId the merchant's store ID, or {@code null}
 */
public record StoreKeys(String wxStoreId, String outStoreId) {

    /**
     * The store WeChat numbered {@code wxStoreId}.
     *
     * @param wxStoreId the store's {@code wx_store_id}
     * @return the keys
     */
    public static StoreKeys byWxStoreId(String wxStoreId) {
        return new StoreKeys(wxStoreId, null);
    }

    /**
     * The store the merchant numbered {@code outStoreId}.
     *
     * @param outStoreId the store's {@code out_store_id}
     * @return the keys
     */
    public static StoreKeys byOutStoreId(String outStoreId) {
        return new StoreKeys(null, outStoreId);
    }
}
