package io.github.wxlogistics.model.intracity;

/**
 * intracity_storecharge's request: tops up a store's balance with one carrier. The reply's
 * {@code payurl} is where the merchant pays; the balance grows once paid.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_storecharge">intracity_storecharge</a>.
 *
 * @param wxStoreId      the store (required unless pay_mode is PAY_MODE_APP or PAY_MODE_COMPONENT)
 * @param serviceTransId the carrier, {@link ServiceTrans#DADA} or {@link ServiceTrans#SFTC} (required)
 * @param amount         the amount in fen, at least 5000 (50 yuan) (required)
 * @param payMode        whose balance; {@code null} means PAY_MODE_STORE
 */
public record StoreChargeRequest(String wxStoreId, String serviceTransId, Long amount, PayMode payMode) {

    /** The smallest top-up WeChat accepts: 5000 fen (50 yuan). */
    public static final long MIN_AMOUNT_FEN = 5000;

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
     * Builds {@link StoreChargeRequest}s field by field; setter names are the record's component names.
     * Not thread-safe. {@link #build()} checks nothing: the client validates the request when it is
     * sent and names the offending wire field.
     */
    public static final class Builder {
        private String wxStoreId;
        private String serviceTransId;
        private Long amount;
        private PayMode payMode;

        private Builder() {
        }

        private Builder(StoreChargeRequest r) {
            wxStoreId = r.wxStoreId;
            serviceTransId = r.serviceTransId;
            amount = r.amount;
            payMode = r.payMode;
        }

        /**
         * Sets {@code wx_store_id}: the store (required unless pay_mode is PAY_MODE_APP or PAY_MODE_COMPONENT).
         *
         * @param value the value of {@code wx_store_id}
         * @return this builder
         */
        public Builder wxStoreId(String value) {
            this.wxStoreId = value;
            return this;
        }

        /**
         * Sets {@code service_trans_id}: the carrier, {@link ServiceTrans#DADA} or {@link ServiceTrans#SFTC} (required).
         *
         * @param value the value of {@code service_trans_id}
         * @return this builder
         */
        public Builder serviceTransId(String value) {
            this.serviceTransId = value;
            return this;
        }

        /**
         * Sets {@code amount}: the amount in fen, at least 5000 (50 yuan) (required).
         *
         * @param value the value of {@code amount}
         * @return this builder
         */
        public Builder amount(Long value) {
            this.amount = value;
            return this;
        }

        /**
         * Sets {@code pay_mode}: whose balance; {@code null} means PAY_MODE_STORE.
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
        public StoreChargeRequest build() {
            return new StoreChargeRequest(wxStoreId, serviceTransId, amount, payMode);
        }
    }
}
