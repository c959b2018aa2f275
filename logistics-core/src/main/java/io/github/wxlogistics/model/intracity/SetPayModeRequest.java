package io.github.wxlogistics.model.intracity;

/**
 * intracity_setpaymode's request: whose balance pays for orders. The administrator confirms
 * the change through a WeChat template message.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_setpaymode">intracity_setpaymode</a>.
 *
 * @param appid   the mini program's AppID; must be the token's (934012 otherwise) (required)
 * @param payMode whose balance pays (required)
 */
public record SetPayModeRequest(String appid, PayMode payMode) {

    /**
     * The request.
     *
     * @param appid   the mini program's AppID
     * @param payMode whose balance pays
     * @return the request
     */
    public static SetPayModeRequest of(String appid, PayMode payMode) {
        return new SetPayModeRequest(appid, payMode);
    }
}
