package io.github.wxlogistics.model.insurance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * getorderlist's request (拉取保单信息): every member is an optional filter. Build it with {@link #builder()}.
 *
 * @param openid           {@code openid}: the buyer; {@code null} to omit
 * @param orderNo          {@code order_no}: the WeChat Pay transaction id; {@code null} to omit
 * @param policyNo         {@code policy_no}: the policy number; {@code null} to omit
 * @param reportNo         {@code report_no}: the claim's report number; {@code null} to omit
 * @param deliveryNo       {@code delivery_no}: the outgoing waybill number; {@code null} to omit
 * @param refundDeliveryNo {@code refund_delivery_no}: the return waybill number; {@code null} to omit
 * @param beginTime        {@code begin_time}: the earliest creation time, Unix seconds; {@code null} to omit
 * @param endTime          {@code end_time}: the latest creation time, Unix seconds; {@code null} to omit
 * @param statusList       {@code status_list}: the policy statuses, codes of {@link PolicyStatus}; {@code null} to omit
 * @param offset           {@code offset}: how many to skip; {@code null} to omit
 * @param limit            {@code limit}: how many to return, 1 to 100 (WeChat's default and maximum is 100); {@code null} to omit
 * @param sortDirect       {@code sort_direct}: 0 oldest first, 1 newest first (by create time); {@code null} to omit
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_getorderlist.html">insurance_freight_getorderlist</a>
 */
public record PolicyListRequest(String openid, String orderNo, String policyNo, String reportNo, String deliveryNo, String refundDeliveryNo, Long beginTime, Long endTime, List<Integer> statusList, Integer offset, Integer limit, Integer sortDirect) {

    /** The most policies one page holds, and WeChat's default. */
    public static final int MAX_LIMIT = 100;

    /**
     * Copies {@code statusList}.
     *
     * @param openid           {@code openid}: the buyer; {@code null} to omit
     * @param orderNo          {@code order_no}: the WeChat Pay transaction id; {@code null} to omit
     * @param policyNo         {@code policy_no}: the policy number; {@code null} to omit
     * @param reportNo         {@code report_no}: the claim's report number; {@code null} to omit
     * @param deliveryNo       {@code delivery_no}: the outgoing waybill number; {@code null} to omit
     * @param refundDeliveryNo {@code refund_delivery_no}: the return waybill number; {@code null} to omit
     * @param beginTime        {@code begin_time}: the earliest creation time, Unix seconds; {@code null} to omit
     * @param endTime          {@code end_time}: the latest creation time, Unix seconds; {@code null} to omit
     * @param statusList       {@code status_list}: the policy statuses, codes of {@link PolicyStatus}; {@code null} to omit
     * @param offset           {@code offset}: how many to skip; {@code null} to omit
     * @param limit            {@code limit}: how many to return, 1 to 100 (WeChat's default and maximum is 100); {@code null} to omit
     * @param sortDirect       {@code sort_direct}: 0 oldest first, 1 newest first (by create time); {@code null} to omit
     */
    public PolicyListRequest {
        statusList = statusList == null ? null : Collections.unmodifiableList(new ArrayList<>(statusList));
    }

    /**
     * A builder with every filter unset: every policy, WeChat's default page.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link PolicyListRequest}s; not thread-safe; {@link #build()} checks nothing. */
    public static final class Builder {
        private String openid;
        private String orderNo;
        private String policyNo;
        private String reportNo;
        private String deliveryNo;
        private String refundDeliveryNo;
        private Long beginTime;
        private Long endTime;
        private List<Integer> statusList;
        private Integer offset;
        private Integer limit;
        private Integer sortDirect;

        private Builder() {
        }

        /**
         * Sets {@code openid}.
         *
         * @param value the buyer
         * @return this builder
         */
        public Builder openid(String value) {
            this.openid = value;
            return this;
        }

        /**
         * Sets {@code order_no}.
         *
         * @param value the WeChat Pay transaction id
         * @return this builder
         */
        public Builder orderNo(String value) {
            this.orderNo = value;
            return this;
        }

        /**
         * Sets {@code policy_no}.
         *
         * @param value the policy number
         * @return this builder
         */
        public Builder policyNo(String value) {
            this.policyNo = value;
            return this;
        }

        /**
         * Sets {@code report_no}.
         *
         * @param value the claim's report number
         * @return this builder
         */
        public Builder reportNo(String value) {
            this.reportNo = value;
            return this;
        }

        /**
         * Sets {@code delivery_no}.
         *
         * @param value the outgoing waybill number
         * @return this builder
         */
        public Builder deliveryNo(String value) {
            this.deliveryNo = value;
            return this;
        }

        /**
         * Sets {@code refund_delivery_no}.
         *
         * @param value the return waybill number
         * @return this builder
         */
        public Builder refundDeliveryNo(String value) {
            this.refundDeliveryNo = value;
            return this;
        }

        /**
         * Sets {@code begin_time}.
         *
         * @param value the earliest creation time, Unix seconds
         * @return this builder
         */
        public Builder beginTime(Long value) {
            this.beginTime = value;
            return this;
        }

        /**
         * Sets {@code end_time}.
         *
         * @param value the latest creation time, Unix seconds
         * @return this builder
         */
        public Builder endTime(Long value) {
            this.endTime = value;
            return this;
        }

        /**
         * Sets {@code status_list}.
         *
         * @param value the policy statuses, codes of {@link PolicyStatus}
         * @return this builder
         */
        public Builder statusList(List<Integer> value) {
            this.statusList = value;
            return this;
        }

        /**
         * Sets {@code offset}.
         *
         * @param value how many to skip
         * @return this builder
         */
        public Builder offset(Integer value) {
            this.offset = value;
            return this;
        }

        /**
         * Sets {@code limit}.
         *
         * @param value how many to return, 1 to 100 (WeChat's default and maximum is 100)
         * @return this builder
         */
        public Builder limit(Integer value) {
            this.limit = value;
            return this;
        }

        /**
         * Sets {@code sort_direct}.
         *
         * @param value 0 oldest first, 1 newest first (by create time)
         * @return this builder
         */
        public Builder sortDirect(Integer value) {
            this.sortDirect = value;
            return this;
        }

        /**
         * Sets {@code status_list}.
         *
         * @param value the statuses, such as {@link PolicyStatus#CLAIMING}
         * @return this builder
         */
        public Builder statusList(PolicyStatus... value) {
            this.statusList = Arrays.stream(value).map(PolicyStatus::code).toList();
            return this;
        }

        /**
         * The request with the filters set so far. Never throws.
         *
         * @return the request
         */
        public PolicyListRequest build() {
            return new PolicyListRequest(openid, orderNo, policyNo, reportNo, deliveryNo, refundDeliveryNo, beginTime, endTime, statusList, offset, limit, sortDirect);
        }
    }
}
