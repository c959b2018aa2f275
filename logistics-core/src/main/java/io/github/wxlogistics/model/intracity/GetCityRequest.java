package io.github.wxlogistics.model.intracity;

/**
 * intracity_getcity's request: the cities one carrier, or every carrier, serves.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_getcity">intracity_getcity</a>.
 *
 * @param serviceTransId the carrier, or {@code null} for every carrier
 */
public record GetCityRequest(String serviceTransId) {

    /**
     * The cities of every carrier.
     *
     * @return the request
     */
    public static GetCityRequest all() {
        return new GetCityRequest(null);
    }

    /**
     * The cities of one carrier.
     *
     * @param serviceTransId {@link ServiceTrans#DADA} or {@link ServiceTrans#SFTC}
     * @return the request
     */
    public static GetCityRequest of(String serviceTransId) {
        return new GetCityRequest(serviceTransId);
    }
}
