package io.github.wxlogistics.model.intracity;

/**
 * intracity_preaddorder's reply: the carrier that would take the order and its price.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_preaddorder">intracity_preaddorder</a>.
 *
 * @param serviceTransId       the carrier
 * @param distance             the distance in metres
 * @param estFee               the estimated fee in fen
 * @param expectedFinishedTime the expected delivery, Unix seconds
 * @param promiseDeliveryTime  the promised delivery time, in minutes
 */
public record PreAddOrderResponse(String serviceTransId, Long distance, Long estFee, Long expectedFinishedTime,
        Long promiseDeliveryTime) {
}
