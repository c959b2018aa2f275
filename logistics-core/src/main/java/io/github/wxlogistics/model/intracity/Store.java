package io.github.wxlogistics.model.intracity;

/**
 * One store in intracity_querystore's reply.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_querystore">intracity_querystore</a>.
 *
 * @param wxStoreId          WeChat's store ID
 * @param outStoreId         the merchant's store ID
 * @param cityId             the city's code
 * @param storeName          the store's name, when WeChat sends it
 * @param orderPattern       1 price first, 2 carrier first
 * @param serviceTransPrefer the preferred carrier, or {@code null}
 * @param addressInfo        the store's address
 */
public record Store(String wxStoreId, String outStoreId, String cityId, String storeName, Integer orderPattern,
        String serviceTransPrefer, AddressInfo addressInfo) {
}
