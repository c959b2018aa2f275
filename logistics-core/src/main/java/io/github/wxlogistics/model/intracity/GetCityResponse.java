package io.github.wxlogistics.model.intracity;

import java.util.List;

/**
 * intracity_getcity's reply.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_getcity">intracity_getcity</a>.
 *
 * @param supportList per carrier, its cities
 */
public record GetCityResponse(List<SupportedCities> supportList) {
}
