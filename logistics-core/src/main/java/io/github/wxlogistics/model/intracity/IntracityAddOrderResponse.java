package io.github.wxlogistics.model.intracity;

/**
 * intracity_addorder's reply. Fee in fen, distance in metres.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_addorder">intracity_addorder</a>.
 *
 * @param wxStoreId      the store
 * @param wxOrderId      WeChat's order ID, for queryorder, cancelorder and mocknotify
 * @param storeOrderId   the store's order number, as sent
 * @param serviceTransId the carrier that took the order
 * @param distance       the distance in metres
 * @param transOrderId   the carrier's order ID
 * @param waybillId      the waybill ID
 * @param fee            the fee deducted from the balance, in fen
 * @param fetchCode      the pickup code, when one was asked for
 * @param orderSeq       the sequence number, as sent
 */
public record IntracityAddOrderResponse(String wxStoreId, String wxOrderId, String storeOrderId, String serviceTransId,
        Long distance, String transOrderId, String waybillId, Long fee, String fetchCode, String orderSeq) {
}
