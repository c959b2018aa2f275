package io.github.wxlogistics.model.intracity;

/**
 * A city a carrier serves.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_getcity">intracity_getcity</a>.
 *
 * @param cityCode the city's code
 * @param cityName the city's name, such as 北京市
 */
public record City(String cityCode, String cityName) {
}
