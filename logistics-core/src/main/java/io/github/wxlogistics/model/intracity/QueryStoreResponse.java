package io.github.wxlogistics.model.intracity;

import java.util.List;

/**
 * intracity_querystore's reply.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_querystore">intracity_querystore</a>.
 *
 * @param appid     the mini program's AppID
 * @param total     how many stores matched
 * @param storeList the stores; {@code null} when WeChat sends none
 */
public record QueryStoreResponse(String appid, Integer total, List<Store> storeList) {
}
