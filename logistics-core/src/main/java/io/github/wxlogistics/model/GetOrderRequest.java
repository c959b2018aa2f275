package io.github.wxlogistics.model;

/**
 * getOrder's request. Build it with {@link #builder()}: five fields are Strings.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_getorder.html">getOrder</a>.
 *
 * @param orderId      the merchant's order ID (required, at most 512 UTF-8 bytes)
 * @param openid       the buyer's openid; not needed for add_source=2 orders
 * @param deliveryId   the courier ID (required)
 * @param waybillId    the waybill ID
 * @param printType    which layout to return; {@code null} sends nothing (two-part)
 * @param customRemark remark printed on the waybill (at most 1024 UTF-8 bytes)
 */
public record GetOrderRequest(String orderId, String openid, String deliveryId, String waybillId,
        PrintType printType, String customRemark) {

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every field of this request, to change some of them.
     *
     * @return a builder holding this record's fields
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link GetOrderRequest}s field by field; setter names are the record's component names.
     * Not thread-safe. {@link #build()} checks nothing: the client validates the request when it is
     * sent and names the offending wire field.
     */
    public static final class Builder {

        private String orderId;
        private String openid;
        private String deliveryId;
        private String waybillId;
        private PrintType printType;
        private String customRemark;

        private Builder() {
        }

        private Builder(GetOrderRequest r) {
            orderId = r.orderId;
            openid = r.openid;
            deliveryId = r.deliveryId;
            waybillId = r.waybillId;
            printType = r.printType;
            customRemark = r.customRemark;
        }

        /**
         * Sets {@code order_id}, the merchant's order ID (required, at most 512 UTF-8 bytes).
         *
         * @param value the value of {@code order_id}
         * @return this builder
         */
        public Builder orderId(String value) {
            this.orderId = value;
            return this;
        }

        /**
         * Sets {@code openid}, the buyer's openid; not needed for add_source=2 orders.
         *
         * @param value the value of {@code openid}
         * @return this builder
         */
        public Builder openid(String value) {
            this.openid = value;
            return this;
        }

        /**
         * Sets {@code delivery_id}, the courier ID such as {@code SF} (required).
         *
         * @param value the value of {@code delivery_id}
         * @return this builder
         */
        public Builder deliveryId(String value) {
            this.deliveryId = value;
            return this;
        }

        /**
         * Sets {@code waybill_id}, the waybill ID.
         *
         * @param value the value of {@code waybill_id}
         * @return this builder
         */
        public Builder waybillId(String value) {
            this.waybillId = value;
            return this;
        }

        /**
         * Sets {@code print_type}, the layout to return; {@code null} sends nothing (two-part).
         *
         * @param value the value of {@code print_type}
         * @return this builder
         */
        public Builder printType(PrintType value) {
            this.printType = value;
            return this;
        }

        /**
         * Sets {@code custom_remark}, printed on the waybill (at most 1024 UTF-8 bytes).
         *
         * @param value the value of {@code custom_remark}
         * @return this builder
         */
        public Builder customRemark(String value) {
            this.customRemark = value;
            return this;
        }

        /**
         * The request with the fields set so far; unset fields are {@code null}. Never throws.
         *
         * @return the request with the fields set so far; unset fields are {@code null}
         */
        public GetOrderRequest build() {
            return new GetOrderRequest(orderId, openid, deliveryId, waybillId, printType, customRemark);
        }
    }
}
