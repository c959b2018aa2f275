package io.github.wxlogistics.model.insurance;

/**
 * update_notify_funds's request (设置保费告警余额): WeChat warns the merchant when the funds fall below it.
 *
 * @param notifyFunds {@code notify_funds}: the threshold, in fen; 0 turns the warning off (required, not negative)
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_update_notify_funds.html">insurance_freight_update_notify_funds</a>
 */
public record NotifyFundsRequest(long notifyFunds) {

    /**
     * A warning threshold of {@code fen}.
     *
     * @param fen the threshold, in fen; 0 turns it off
     * @return the request
     */
    public static NotifyFundsRequest of(long fen) {
        return new NotifyFundsRequest(fen);
    }
}
