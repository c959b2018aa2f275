package io.github.wxlogistics.model.insurance;

/**
 * claim's request (无忧退理赔): claims for a returned parcel once the merchant received it. Each insured
 * order is claimed once (2007 after that). Build it with {@link #builder()}.
 *
 * @param openid           {@code openid}: the buyer, as in createorder (required)
 * @param orderNo          {@code order_no}: the WeChat Pay transaction id, as in createorder (required)
 * @param refundDeliveryNo {@code refund_delivery_no}: the return waybill number, unique per claim
 *                         (required; 1011 when used before)
 * @param refundCompany    {@code refund_company}: the return carrier; WeChat's staff say its Chinese name
 *                         will do (required)
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_claim.html">insurance_freight_claim</a>
 */
public record ClaimRequest(String openid, String orderNo, String refundDeliveryNo, String refundCompany) {

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ClaimRequest}s; not thread-safe; {@link #build()} checks nothing. */
    public static final class Builder {
        private String openid;
        private String orderNo;
        private String refundDeliveryNo;
        private String refundCompany;

        private Builder() {
        }

        /**
         * Sets {@code openid}.
         *
         * @param value the buyer's openid
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
         * Sets {@code refund_company}.
         *
         * @param value the return carrier, such as {@code 圆通速递}
         * @return this builder
         */
        public Builder refundCompany(String value) {
            this.refundCompany = value;
            return this;
        }

        /**
         * The request with the fields set so far. Never throws.
         *
         * @return the request
         */
        public ClaimRequest build() {
            return new ClaimRequest(openid, orderNo, refundDeliveryNo, refundCompany);
        }
    }
}
