package io.github.wxlogistics.model.intracity;

import java.math.BigDecimal;

/**
 * The store, in intracity_queryorder's reply.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_queryorder">intracity_queryorder</a>.
 *
 * @param storeName the store's name
 * @param wxStoreId the store
 * @param address   the store's address
 * @param lng       longitude
 * @param lat       latitude
 * @param phoneNum  the store's phone
 */
public record StoreInfo(String storeName, String wxStoreId, String address, BigDecimal lng, BigDecimal lat,
        String phoneNum) {
}
