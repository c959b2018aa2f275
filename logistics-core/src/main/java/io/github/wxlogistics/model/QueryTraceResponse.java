package io.github.wxlogistics.model;

/**
 * query_trace's (and query_follow_trace's) reply. Each part is {@code null} when the reply omits it.
 *
 * @param waybillInfo  {@code waybill_info}: the waybill and where it is
 * @param shopInfo     {@code shop_info}: the products shown on the card
 * @param deliveryInfo {@code delivery_info}: the carrier
 */
public record QueryTraceResponse(WaybillInfo waybillInfo, ShopInfo shopInfo, DeliveryInfo deliveryInfo) {

    /**
     * {@code waybill_info}.
     *
     * @param status    {@code status}: where the parcel is
     * @param waybillId {@code waybill_id}: the waybill number
     */
    public record WaybillInfo(TraceStatus status, String waybillId) {
    }

    /**
     * {@code shop_info}.
     *
     * @param goodsInfo {@code goods_info}: the products ({@code detail_list} is an array)
     */
    public record ShopInfo(GoodsInfo goodsInfo) {
    }

    /**
     * {@code delivery_info}.
     *
     * @param deliveryId   {@code delivery_id}: the carrier's id, as in get_delivery_list
     * @param deliveryName {@code delivery_name}: the carrier's name
     */
    public record DeliveryInfo(String deliveryId, String deliveryName) {
    }
}
