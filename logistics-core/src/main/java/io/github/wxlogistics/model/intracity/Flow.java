package io.github.wxlogistics.model.intracity;

/**
 * One entry of intracity_queryflow's reply. Amounts in fen, times in Unix seconds.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_queryflow">intracity_queryflow</a>.
 *
 * @param flowType             1 top-up, 2 spending, 3 refund
 * @param appid                the mini program's AppID
 * @param wxStoreId            the store
 * @param payOrderId           the top-up's payment order
 * @param serviceTransId       the carrier
 * @param payAmount            the amount paid
 * @param payTime              when it was paid
 * @param payStatus            FAIL or SUCCESS
 * @param createTime           when it was created
 * @param consumeDeadline      until when a top-up may be spent
 * @param refundTime           when it was refunded
 * @param refundAmount         the amount refunded
 * @param openid               who paid
 * @param deliveryStatus       the order's status, for spending
 * @param refundStatus         PROCESSING or SUCCESS
 * @param deductAmount         the amount deducted
 * @param billId               the order, for spending
 * @param deliveryFinishedTime when the order was delivered
 */
public record Flow(Integer flowType, String appid, String wxStoreId, Long payOrderId, String serviceTransId,
        Long payAmount, Long payTime, String payStatus, Long createTime, Long consumeDeadline, Long refundTime,
        Long refundAmount, String openid, Integer deliveryStatus, String refundStatus, Long deductAmount,
        String billId, Long deliveryFinishedTime) {
}
