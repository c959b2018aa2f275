package io.github.wxlogistics.model.intracity;

/**
 * intracity_getpaymode's reply.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_getpaymode">intracity_getpaymode</a>.
 *
 * @param payMode           whose balance pays
 * @param payAppid          the AppID that pays, for PAY_MODE_APP
 * @param payComponentAppid the third-party platform that pays, for PAY_MODE_COMPONENT
 */
public record GetPayModeResponse(PayMode payMode, String payAppid, String payComponentAppid) {
}
