package io.github.wxlogistics.model;

/**
 * trace_waybill's (and the deprecated follow_waybill's) request: hands a real waybill to WeChat so
 * that the user can follow it in the logistics plugin. Build it with {@link #builder()}: most fields
 * are Strings that are easy to swap.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-search/api_trace_waybill.html">trace_waybill</a>.
 *
 * @param openid          {@code openid}: the buyer (required)
 * @param senderPhone     {@code sender_phone}: the sender's mobile (optional)
 * @param receiverPhone   {@code receiver_phone}: the receiver's mobile (required; some carriers
 *                        need it to find the waybill)
 * @param waybillId       {@code waybill_id}: the carrier's waybill number (required)
 * @param goodsInfo       {@code goods_info}: the products shown on the card (required, at least one)
 * @param transId         {@code trans_id}: the WeChat Pay transaction id, usually starting with 420 (required)
 * @param orderDetailPath {@code order_detail_path}: the mini program page the card opens; the
 *                        documents call it both required and optional, and WeChat opens the home page
 *                        without it, so it is optional here
 * @param deliveryId      {@code delivery_id}: the carrier from get_delivery_list (optional; helps
 *                        WeChat recognise small carriers)
 */
public record TraceWaybillRequest(String openid, String senderPhone, String receiverPhone, String waybillId,
        GoodsInfo goodsInfo, String transId, String orderDetailPath, String deliveryId) {

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link TraceWaybillRequest}s; setter names are the record's component names. Not
     * thread-safe. {@link #build()} checks nothing: the client validates when sending.
     */
    public static final class Builder {
        private String openid;
        private String senderPhone;
        private String receiverPhone;
        private String waybillId;
        private GoodsInfo goodsInfo;
        private String transId;
        private String orderDetailPath;
        private String deliveryId;

        private Builder() {
        }

        /**
         * Sets {@code openid} (required).
         *
         * @param value the buyer's openid
         * @return this builder
         */
        public Builder openid(String value) {
            this.openid = value;
            return this;
        }

        /**
         * Sets {@code sender_phone} (optional).
         *
         * @param value the sender's mobile
         * @return this builder
         */
        public Builder senderPhone(String value) {
            this.senderPhone = value;
            return this;
        }

        /**
         * Sets {@code receiver_phone} (required).
         *
         * @param value the receiver's mobile
         * @return this builder
         */
        public Builder receiverPhone(String value) {
            this.receiverPhone = value;
            return this;
        }

        /**
         * Sets {@code waybill_id} (required).
         *
         * @param value the waybill number
         * @return this builder
         */
        public Builder waybillId(String value) {
            this.waybillId = value;
            return this;
        }

        /**
         * Sets {@code goods_info} (required).
         *
         * @param value the products
         * @return this builder
         */
        public Builder goodsInfo(GoodsInfo value) {
            this.goodsInfo = value;
            return this;
        }

        /**
         * Sets {@code trans_id} (required).
         *
         * @param value the WeChat Pay transaction id
         * @return this builder
         */
        public Builder transId(String value) {
            this.transId = value;
            return this;
        }

        /**
         * Sets {@code order_detail_path} (optional).
         *
         * @param value the page the card opens, such as {@code pages/order/detail?id=1}
         * @return this builder
         */
        public Builder orderDetailPath(String value) {
            this.orderDetailPath = value;
            return this;
        }

        /**
         * Sets {@code delivery_id} (optional).
         *
         * @param value a carrier id from get_delivery_list, such as {@code SF}
         * @return this builder
         */
        public Builder deliveryId(String value) {
            this.deliveryId = value;
            return this;
        }

        /**
         * The request with the fields set so far. Never throws.
         *
         * @return the request
         */
        public TraceWaybillRequest build() {
            return new TraceWaybillRequest(openid, senderPhone, receiverPhone, waybillId, goodsInfo, transId,
                    orderDetailPath, deliveryId);
        }
    }
}
