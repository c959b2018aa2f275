package io.github.wxlogistics.model;

/**
 * One element of batchGetOrder's {@code order_list}. Build it with {@link #builder()}: all three
 * fields are Strings.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_batchgetorder.html">batchGetOrder</a>.
 *
 * @param orderId    the order ID (required)
 * @param deliveryId the courier ID (required)
 * @param waybillId  the waybill ID
 */
public record OrderQuery(String orderId, String deliveryId, String waybillId) {

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every field of this query, to change some of them.
     *
     * @return a builder holding this record's fields
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link OrderQuery}s field by field; setter names are the record's component names.
     * Not thread-safe. {@link #build()} checks nothing: the client validates the request when it is
     * sent and names the offending wire field (such as {@code order_list[1].delivery_id}).
     */
    public static final class Builder {

        private String orderId;
        private String deliveryId;
        private String waybillId;

        private Builder() {
        }

        private Builder(OrderQuery q) {
            orderId = q.orderId;
            deliveryId = q.deliveryId;
            waybillId = q.waybillId;
        }

        /**
         * Sets {@code order_id}, the order ID (required).
         *
         * @param value the value of {@code order_id}
         * @return this builder
         */
        public Builder orderId(String value) {
            this.orderId = value;
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
         * Sets {@code waybill_id}, the waybill ID (optional).
         *
         * @param value the value of {@code waybill_id}
         * @return this builder
         */
        public Builder waybillId(String value) {
            this.waybillId = value;
            return this;
        }

        /**
         * The query with the fields set so far; unset fields are {@code null}. Never throws.
         *
         * @return the query with the fields set so far; unset fields are {@code null}
         */
        public OrderQuery build() {
            return new OrderQuery(orderId, deliveryId, waybillId);
        }
    }
}
