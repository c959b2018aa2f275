package io.github.wxlogistics.model.intracity;

/**
 * intracity_queryflow's request: a store's top-ups, spending or refunds. Without times,
 * WeChat returns the last 90 days.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_queryflow">intracity_queryflow</a>.
 *
 * @param wxStoreId      the store (required)
 * @param flowType       1 top-ups, 2 spending, 3 refunds (required)
 * @param serviceTransId the carrier, or {@code null} for both
 * @param beginTime      from, in Unix seconds
 * @param endTime        until, in Unix seconds
 * @param payMode        whose balance (required)
 */
public record QueryFlowRequest(String wxStoreId, Integer flowType, String serviceTransId, Long beginTime,
        Long endTime, PayMode payMode) {

    /** {@code flow_type} 1: top-ups. */
    public static final int RECHARGE = 1;
    /** {@code flow_type} 2: spending (order fees). */
    public static final int CONSUME = 2;
    /** {@code flow_type} 3: refunds. */
    public static final int REFUND = 3;

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every field of this record, to change some of them.
     *
     * @return a builder holding this record's fields
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link QueryFlowRequest}s field by field; setter names are the record's component names.
     * Not thread-safe. {@link #build()} checks nothing: the client validates the request when it is
     * sent and names the offending wire field.
     */
    public static final class Builder {
        private String wxStoreId;
        private Integer flowType;
        private String serviceTransId;
        private Long beginTime;
        private Long endTime;
        private PayMode payMode;

        private Builder() {
        }

        private Builder(QueryFlowRequest r) {
            wxStoreId = r.wxStoreId;
            flowType = r.flowType;
            serviceTransId = r.serviceTransId;
            beginTime = r.beginTime;
            endTime = r.endTime;
            payMode = r.payMode;
        }

        /**
         * Sets {@code wx_store_id}: the store (required).
         *
         * @param value the value of {@code wx_store_id}
         * @return this builder
         */
        public Builder wxStoreId(String value) {
            this.wxStoreId = value;
            return this;
        }

        /**
         * Sets {@code flow_type}: 1 top-ups, 2 spending, 3 refunds (required).
         *
         * @param value the value of {@code flow_type}
         * @return this builder
         */
        public Builder flowType(Integer value) {
            this.flowType = value;
            return this;
        }

        /**
         * Sets {@code service_trans_id}: the carrier, or {@code null} for both.
         *
         * @param value the value of {@code service_trans_id}
         * @return this builder
         */
        public Builder serviceTransId(String value) {
            this.serviceTransId = value;
            return this;
        }

        /**
         * Sets {@code begin_time}: from, in Unix seconds.
         *
         * @param value the value of {@code begin_time}
         * @return this builder
         */
        public Builder beginTime(Long value) {
            this.beginTime = value;
            return this;
        }

        /**
         * Sets {@code end_time}: until, in Unix seconds.
         *
         * @param value the value of {@code end_time}
         * @return this builder
         */
        public Builder endTime(Long value) {
            this.endTime = value;
            return this;
        }

        /**
         * Sets {@code pay_mode}: whose balance (required).
         *
         * @param value the value of {@code pay_mode}
         * @return this builder
         */
        public Builder payMode(PayMode value) {
            this.payMode = value;
            return this;
        }

        /**
         * The record with the fields set so far; unset fields are {@code null}. Never throws.
         *
         * @return the record with the fields set so far
         */
        public QueryFlowRequest build() {
            return new QueryFlowRequest(wxStoreId, flowType, serviceTransId, beginTime, endTime, payMode);
        }
    }
}
