package io.github.wxlogistics.model;

import java.time.Instant;

/**
 * testUpdateOrder's request (sandbox only): appends a node to a sandbox order's path. Build it
 * with {@link #builder()}, which fills in the sandbox's biz_id and delivery_id: five fields are
 * Strings.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_testupdateorder.html">testUpdateOrder</a>.
 *
 * @param bizId      must be {@value #SANDBOX_BIZ_ID}
 * @param orderId    the order ID (required)
 * @param deliveryId must be {@value #SANDBOX_DELIVERY_ID}
 * @param waybillId  the waybill ID (required)
 * @param actionTime Unix time in seconds (required, positive)
 * @param actionType the node type (required)
 * @param actionMsg  the node's text (required)
 */
public record TestUpdateOrderRequest(String bizId, String orderId, String deliveryId, String waybillId,
        long actionTime, ActionType actionType, String actionMsg) {

    /** The sandbox's biz_id. */
    public static final String SANDBOX_BIZ_ID = "test_biz_id";
    /** The sandbox's delivery_id. */
    public static final String SANDBOX_DELIVERY_ID = "TEST";

    /**
     * A builder with {@code biz_id} set to {@value #SANDBOX_BIZ_ID}, {@code delivery_id} set to
     * {@value #SANDBOX_DELIVERY_ID}, {@code action_time} 0 and every other field unset.
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
     * Builds {@link TestUpdateOrderRequest}s field by field; setter names are the record's component
     * names. Not thread-safe. {@link #build()} checks nothing: the client validates the request when
     * it is sent and names the offending wire field.
     */
    public static final class Builder {

        private String bizId = SANDBOX_BIZ_ID;
        private String orderId;
        private String deliveryId = SANDBOX_DELIVERY_ID;
        private String waybillId;
        private long actionTime;
        private ActionType actionType;
        private String actionMsg;

        private Builder() {
        }

        private Builder(TestUpdateOrderRequest r) {
            bizId = r.bizId;
            orderId = r.orderId;
            deliveryId = r.deliveryId;
            waybillId = r.waybillId;
            actionTime = r.actionTime;
            actionType = r.actionType;
            actionMsg = r.actionMsg;
        }

        /**
         * Sets {@code biz_id}; {@value TestUpdateOrderRequest#SANDBOX_BIZ_ID} by default, the only
         * value the sandbox takes.
         *
         * @param value the value of {@code biz_id}
         * @return this builder
         */
        public Builder bizId(String value) {
            this.bizId = value;
            return this;
        }

        /**
         * Sets {@code order_id}, the sandbox order's ID (required).
         *
         * @param value the value of {@code order_id}
         * @return this builder
         */
        public Builder orderId(String value) {
            this.orderId = value;
            return this;
        }

        /**
         * Sets {@code delivery_id}; {@value TestUpdateOrderRequest#SANDBOX_DELIVERY_ID} by default, the
         * only value the sandbox takes.
         *
         * @param value the value of {@code delivery_id}
         * @return this builder
         */
        public Builder deliveryId(String value) {
            this.deliveryId = value;
            return this;
        }

        /**
         * Sets {@code waybill_id}, the waybill ID (required).
         *
         * @param value the value of {@code waybill_id}
         * @return this builder
         */
        public Builder waybillId(String value) {
            this.waybillId = value;
            return this;
        }

        /**
         * Sets {@code action_time} in Unix seconds (required, positive; 0 when unset).
         *
         * @param epochSeconds the value of {@code action_time}
         * @return this builder
         */
        public Builder actionTime(long epochSeconds) {
            this.actionTime = epochSeconds;
            return this;
        }

        /**
         * Sets {@code action_time} from an instant; whole seconds are sent (the fraction is dropped).
         * {@code null} leaves it 0, which the client rejects when the request is sent.
         *
         * @param value the value of {@code action_time}
         * @return this builder
         */
        public Builder actionTime(Instant value) {
            this.actionTime = value == null ? 0L : value.getEpochSecond();
            return this;
        }

        /**
         * Sets {@code action_type}, the node type (required).
         *
         * @param value the value of {@code action_type}
         * @return this builder
         */
        public Builder actionType(ActionType value) {
            this.actionType = value;
            return this;
        }

        /**
         * Sets {@code action_msg}, the node's text (required).
         *
         * @param value the value of {@code action_msg}
         * @return this builder
         */
        public Builder actionMsg(String value) {
            this.actionMsg = value;
            return this;
        }

        /**
         * The request with the fields set so far; unset fields keep the sandbox defaults, 0 or
         * {@code null}. Never throws.
         *
         * @return the request with the fields set so far; unset fields keep the sandbox defaults, 0 or {@code
         *     null}
         */
        public TestUpdateOrderRequest build() {
            return new TestUpdateOrderRequest(bizId, orderId, deliveryId, waybillId, actionTime, actionType, actionMsg);
        }
    }
}
