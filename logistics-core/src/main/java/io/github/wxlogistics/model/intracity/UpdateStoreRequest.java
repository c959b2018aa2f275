package io.github.wxlogistics.model.intracity;

/**
 * intracity_updatestore's request: which store, and what changes.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_updatestore">intracity_updatestore</a>.
 *
 * @param keys    the store (required)
 * @param content the changes (required, at least one field)
 */
public record UpdateStoreRequest(StoreKeys keys, StoreContent content) {

    /**
     * The request changing {@code content} of the store {@code keys} names.
     *
     * @param keys    the store
     * @param content the changes
     * @return the request
     */
    public static UpdateStoreRequest of(StoreKeys keys, StoreContent content) {
        return new UpdateStoreRequest(keys, content);
    }
}
