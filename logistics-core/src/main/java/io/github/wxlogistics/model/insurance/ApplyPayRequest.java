package io.github.wxlogistics.model.insurance;

/**
 * applypay's request (申请支付).
 *
 * <p>Decision: {@code order_id} is sent as a JSON string of its decimal digits. The page calls it a
 * number and says to send it as a string in JavaScript to avoid precision loss; a user who sent it
 * as a JSON number got errcode 10021, and WeChat's staff answered to quote it
 * (developers.weixin.qq.com/community/develop/doc/000442059f82a8b00ebf1832956c00).
 *
 * @param orderId {@code order_id}: createchargeid's charge order, decimal digits (required)
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_applypay.html">insurance_freight_applypay</a>
 */
public record ApplyPayRequest(String orderId) {

    /**
     * Pays the charge order createchargeid returned.
     *
     * @param orderId the charge order
     * @return the request
     */
    public static ApplyPayRequest of(long orderId) {
        return new ApplyPayRequest(Long.toString(orderId));
    }
}
