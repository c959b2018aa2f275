package io.github.wxlogistics.model.intracity;

/**
 * intracity_querystore's request: one store by either ID, or every store when both are
 * {@code null}.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_querystore">intracity_querystore</a>.
 *
 * @param wxStoreId  WeChat's store ID, or {@code null}
 * @param outStoreId the merchant's store ID, or {@code null}
 */
public record QueryStoreRequest(String wxStoreId, String outStoreId) {

    /**
     * Every store of the AppID.
     *
     * @return the request
     */
    public static QueryStoreRequest all() {
        return new QueryStoreRequest(null, null);
    }

    /**
     * The store WeChat numbered {@code wxStoreId}.
     *
     * @param wxStoreId the store's {@code wx_store_id}
     * @return the request
     */
    public static QueryStoreRequest byWxStoreId(String wxStoreId) {
        return new QueryStoreRequest(wxStoreId, null);
    }

    /**
     * The store the merchant numbered {@code outStoreId}.
     *
     * @param outStoreId the store's {@code out_store_id}
     * @return the request
     */
    public static QueryStoreRequest byOutStoreId(String outStoreId) {
        return new QueryStoreRequest(null, outStoreId);
    }
}
