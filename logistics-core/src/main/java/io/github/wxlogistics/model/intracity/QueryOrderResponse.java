package io.github.wxlogistics.model.intracity;

/**
 * intracity_queryorder's reply: the order's state. Amounts in fen, distance in metres, times
 * in Unix seconds (0 or absent when not reached yet).
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_queryorder">intracity_queryorder</a>.
 *
 * @param wxOrderId          WeChat's order ID
 * @param storeOrderId       the store's order number
 * @param wxStoreId          the store
 * @param orderStatus        where the order is
 * @param appid              the mini program's AppID
 * @param userOpenid         the receiver's openid
 * @param serviceTransId     the carrier
 * @param deliveryNo         the carrier's delivery number
 * @param distance           the distance in metres
 * @param actualfee          the fee charged
 * @param deductfee          the cancellation fee deducted
 * @param createTime         when it was ordered
 * @param acceptTime         when a rider took it
 * @param finishTime         when it was delivered
 * @param fetchTime          when it was picked up
 * @param cancelTime         when it was cancelled
 * @param expectedFinishTime the expected delivery
 * @param fetchCode          the pickup code
 * @param recvCode           the delivery code
 * @param orderSeq           the sequence number
 * @param transporterInfo    the rider, once one took it
 * @param storeInfo          the store
 * @param receiverInfo       the receiver
 * @param cargoInfo          the goods
 */
public record QueryOrderResponse(String wxOrderId, String storeOrderId, String wxStoreId,
        IntracityStatus orderStatus, String appid, String userOpenid, String serviceTransId, String deliveryNo,
        Long distance, Long actualfee, Long deductfee, Long createTime, Long acceptTime, Long finishTime,
        Long fetchTime, Long cancelTime, Long expectedFinishTime, String fetchCode, String recvCode,
        String orderSeq, TransporterInfo transporterInfo, StoreInfo storeInfo, ReceiverInfo receiverInfo,
        CargoInfo cargoInfo) {
}
