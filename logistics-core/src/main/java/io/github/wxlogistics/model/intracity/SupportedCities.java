package io.github.wxlogistics.model.intracity;

import java.util.List;

/**
 * The cities one carrier serves, in intracity_getcity's reply.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_getcity">intracity_getcity</a>.
 *
 * @param serviceTransId the carrier
 * @param cityList       its cities
 */
public record SupportedCities(String serviceTransId, List<City> cityList) {
}
