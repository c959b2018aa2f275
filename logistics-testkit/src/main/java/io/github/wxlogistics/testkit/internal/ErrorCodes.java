package io.github.wxlogistics.testkit.internal;

import java.util.Map;

/** The errmsg texts WeChat returns with each errcode the fake can produce. */
public final class ErrorCodes {

    private static final Map<Integer, String> MESSAGES = Map.ofEntries(
            Map.entry(-1, "system error"),
            Map.entry(0, "ok"),
            Map.entry(40001, "invalid credential, access_token is invalid or not latest"),
            Map.entry(40002, "invalid grant_type"),
            Map.entry(40003, "invalid openid"),
            Map.entry(40013, "invalid appid"),
            Map.entry(40014, "invalid access_token"),
            Map.entry(40125, "invalid appsecret"),
            Map.entry(40199, "waybill_id not found"),
            Map.entry(41001, "access_token missing"),
            Map.entry(41002, "appid missing"),
            Map.entry(41004, "appsecret missing"),
            Map.entry(42001, "access_token expired"),
            Map.entry(43002, "require POST method"),
            Map.entry(45009, "reach max api daily quota limit"),
            Map.entry(45011, "api minute-quota reach limit must slower retry next minute"),
            Map.entry(47001, "data format error"),
            Map.entry(48001, "api unauthorized"),
            Map.entry(930561, "args error"),
            Map.entry(930563, "order not exist"),
            Map.entry(930564, "sandbox order quota used up"),
            Map.entry(9300501, "delivery logic fail"),
            Map.entry(9300502, "delivery system error"),
            Map.entry(9300503, "delivery_id not exist"),
            Map.entry(9300506, "waybill has tracking path, can not cancel"),
            Map.entry(9300507, "invalid token, can not decrypt or decrypt wrong"),
            Map.entry(9300510, "invalid service_type"),
            Map.entry(9300512, "invalid waybill template, render failed"),
            Map.entry(9300517, "invalid update_type"),
            Map.entry(9300524, "cancel order failed, order may be cancelled already"),
            Map.entry(9300525, "biz_id not bound or no review pending"),
            Map.entry(9300526, "field length out of range"),
            Map.entry(9300529, "account already bound"),
            Map.entry(9300530, "biz_id to unbind not exist"),
            Map.entry(9300531, "invalid biz_id or password"),
            Map.entry(9300532, "bind submitted, under review"),
            Map.entry(9300535, "invalid shop args"),
            Map.entry(9300536, "invalid wxa_appid"),
            // Intracity (同城配送): WeChat's table gives Chinese descriptions; these are their English sense.
            Map.entry(61007, "api is unauthorized to component"),
            Map.entry(934000, "other logic error"),
            Map.entry(934001, "invalid request args"),
            Map.entry(934002, "order exists and is being processed"),
            Map.entry(934003, "invalid service_trans_id"),
            Map.entry(934005, "carrier pre-create order failed"),
            Map.entry(934006, "orders in transit, cannot refund"),
            Map.entry(934007, "not an order in transit"),
            Map.entry(934008, "store does not belong to appid"),
            Map.entry(934009, "city of store not supported"),
            Map.entry(934010, "store already exists"),
            Map.entry(934011, "signature is needed"),
            Map.entry(934012, "appid and access_token mismatch"),
            Map.entry(934013, "store balance not enough"),
            Map.entry(934014, "carrier returned an invalid fee"),
            Map.entry(934015, "balance deduction failed"),
            Map.entry(934016, "order not exist"),
            Map.entry(934017, "order cannot be cancelled"),
            Map.entry(934018, "order already cancelled"),
            Map.entry(934019, "out of delivery range"),
            Map.entry(934020, "cargo overweight"),
            Map.entry(934021, "store not exist"),
            Map.entry(934022, "personal account not allowed"),
            Map.entry(934023, "mini program type must be normal"),
            Map.entry(934999, "internal system error"),
            Map.entry(40097, "invalid args"),
            Map.entry(44002, "empty post data"),
            Map.entry(9300513, "out of quota"),
            Map.entry(9300522, "shop_order_id already exists"),
            Map.entry(9300534, "invalid shop args, access_token and openid do not match"),
            Map.entry(9300559, "waybill not exist"),
            Map.entry(9300560, "reach the modification limit"),
            Map.entry(9300569, "wx_pay_id is empty"),
            Map.entry(9300570, "wx_pay_id is wrong or not insured"),
            Map.entry(931023, "waybill not exist detail: [运单不存在]"),
            // Open platform (third-party platforms) and the "apply to open" calls.
            Map.entry(41018, "missing component_appid"),
            Map.entry(61003, "component is not authorized by this account"),
            Map.entry(61004, "access clientip is not registered"),
            Map.entry(61005, "component ticket is expired"),
            Map.entry(61006, "component ticket is invalid"),
            Map.entry(61010, "code is expired"),
            Map.entry(61023, "refresh_token is invalid"),
            Map.entry(933000, "小程序不符合开放类目"),
            Map.entry(933001, "近90天有严重违规"),
            Map.entry(933002, "近90天没有支付行为"),
            Map.entry(933003, "已开通"),
            Map.entry(933004, "非第三方调用"));

    private ErrorCodes() {
    }

    /** WeChat's text for {@code errcode}, or {@code "error"} for a code the table lacks. */
    public static String message(int errcode) {
        return MESSAGES.getOrDefault(errcode, "error");
    }
}
