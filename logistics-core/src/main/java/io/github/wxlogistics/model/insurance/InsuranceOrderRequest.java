package io.github.wxlogistics.model.insurance;

/**
 * createorder's request (发货时投保): insures one paid order when it ships. One policy per WeChat Pay
 * transaction; the premium is taken from the merchant's pre-paid funds. Build it with {@link #builder()}.
 *
 * @param openid        {@code openid}: the buyer; the same openid must claim later (required; WeChat
 *                      answers 41009 without it)
 * @param orderNo       {@code order_no}: the WeChat Pay transaction id (required)
 * @param payTime       {@code pay_time}: when the buyer paid, Unix seconds; no more than 3 days ago
 *                      (required; WeChat answers 1010 otherwise, and the client refuses it before sending)
 * @param payAmount     {@code pay_amount}: what the buyer paid, in fen (required, positive)
 * @param deliveryNo    {@code delivery_no}: the outgoing waybill number (required; 1011 when already used)
 * @param deliveryPlace {@code delivery_place}: where the parcel ships from (required)
 * @param receiptPlace  {@code receipt_place}: where it goes (required)
 * @param productInfo   {@code product_info}: the order page and products (required)
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_createorder.html">insurance_freight_createorder</a>
 */
public record InsuranceOrderRequest(String openid, String orderNo, long payTime, long payAmount, String deliveryNo,
        InsuranceAddress deliveryPlace, InsuranceAddress receiptPlace, InsuranceProductInfo productInfo) {

    /**
     * A builder with every field unset (numbers 0).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link InsuranceOrderRequest}s; not thread-safe; {@link #build()} checks nothing. */
    public static final class Builder {
        private String openid;
        private String orderNo;
        private long payTime;
        private long payAmount;
        private String deliveryNo;
        private InsuranceAddress deliveryPlace;
        private InsuranceAddress receiptPlace;
        private InsuranceProductInfo productInfo;

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
         * Sets {@code pay_time}.
         *
         * @param value when the buyer paid, Unix seconds
         * @return this builder
         */
        public Builder payTime(long value) {
            this.payTime = value;
            return this;
        }

        /**
         * Sets {@code pay_time}.
         *
         * @param value when the buyer paid; sent as Unix seconds
         * @return this builder
         */
        public Builder payTime(java.time.Instant value) {
            this.payTime = value.getEpochSecond();
            return this;
        }

        /**
         * Sets {@code pay_amount}.
         *
         * @param value what the buyer paid, in fen
         * @return this builder
         */
        public Builder payAmount(long value) {
            this.payAmount = value;
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
         * Sets {@code delivery_place}.
         *
         * @param value where the parcel ships from
         * @return this builder
         */
        public Builder deliveryPlace(InsuranceAddress value) {
            this.deliveryPlace = value;
            return this;
        }

        /**
         * Sets {@code receipt_place}.
         *
         * @param value where the parcel goes
         * @return this builder
         */
        public Builder receiptPlace(InsuranceAddress value) {
            this.receiptPlace = value;
            return this;
        }

        /**
         * Sets {@code product_info}.
         *
         * @param value the order page and products
         * @return this builder
         */
        public Builder productInfo(InsuranceProductInfo value) {
            this.productInfo = value;
            return this;
        }

        /**
         * The request with the fields set so far. Never throws.
         *
         * @return the request
         */
        public InsuranceOrderRequest build() {
            return new InsuranceOrderRequest(openid, orderNo, payTime, payAmount, deliveryNo, deliveryPlace,
                    receiptPlace, productInfo);
        }
    }
}
