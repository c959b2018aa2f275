package io.github.wxlogistics.model.insurance;

/**
 * createchargeid's request (申请充值订单号): a top-up of the premium funds.
 *
 * @param quota {@code quota}: the amount, in fen: positive, at most 1,000,000 (¥10,000, WeChat's
 *              single top-up limit, errcode 2003)
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_createchargeid.html">insurance_freight_createchargeid</a>
 */
public record ChargeIdRequest(long quota) {

    /** The single top-up limit: ¥10,000 in fen. */
    public static final long MAX_QUOTA = 1_000_000L;

    /**
     * A top-up of {@code quota} fen.
     *
     * @param quota the amount, in fen
     * @return the request
     */
    public static ChargeIdRequest of(long quota) {
        return new ChargeIdRequest(quota);
    }
}
