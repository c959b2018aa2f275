package io.github.wxlogistics.model.intracity;

/**
 * intracity_getpaymode's request.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_getpaymode">intracity_getpaymode</a>.
 *
 * @param appid the mini program's AppID; must be the token's (934012 otherwise) (required)
 */
public record GetPayModeRequest(String appid) {

    /**
     * The request.
     *
     * @param appid the mini program's AppID
     * @return the request
     */
    public static GetPayModeRequest of(String appid) {
        return new GetPayModeRequest(appid);
    }
}
