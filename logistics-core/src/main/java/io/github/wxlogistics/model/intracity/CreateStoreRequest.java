package io.github.wxlogistics.model.intracity;

/**
 * intracity_createstore's request: registers a store that orders are picked up from. Build it
 * with {@link #builder()}.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_createstore">intracity_createstore</a>.
 *
 * @param outStoreId         the merchant's own store ID, unique per AppID (required); a second store with it is refused with 934010
 * @param storeName          the store's name (required)
 * @param orderPattern       1 price first (default), 2 carrier first
 * @param serviceTransPrefer the preferred carrier, {@link ServiceTrans#DADA} or {@link ServiceTrans#SFTC}; required when order_pattern is 2
 * @param addressInfo        the store's address (required)
 */
public record CreateStoreRequest(String outStoreId, String storeName, Integer orderPattern,
        String serviceTransPrefer, AddressInfo addressInfo) {

    /** {@code order_pattern} 1: the cheapest carrier takes the order. */
    public static final int PRICE_FIRST = 1;
    /** {@code order_pattern} 2: the carrier in {@code service_trans_prefer} takes the order. */
    public static final int CARRIER_FIRST = 2;

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
     * Builds {@link CreateStoreRequest}s field by field; setter names are the record's component names.
     * Not thread-safe. {@link #build()} checks nothing: the client validates the request when it is
     * sent and names the offending wire field.
     */
    public static final class Builder {
        private String outStoreId;
        private String storeName;
        private Integer orderPattern;
        private String serviceTransPrefer;
        private AddressInfo addressInfo;

        private Builder() {
        }

        private Builder(CreateStoreRequest r) {
            outStoreId = r.outStoreId;
            storeName = r.storeName;
            orderPattern = r.orderPattern;
            serviceTransPrefer = r.serviceTransPrefer;
            addressInfo = r.addressInfo;
        }

        /**
         * Sets {@code out_store_id}: the merchant's own store ID, unique per AppID (required); a second store with it is refused with 934010.
         *
         * @param value the value of {@code out_store_id}
         * @return this builder
         */
        public Builder outStoreId(String value) {
            this.outStoreId = value;
            return this;
        }

        /**
         * Sets {@code store_name}: the store's name (required).
         *
         * @param value the value of {@code store_name}
         * @return this builder
         */
        public Builder storeName(String value) {
            this.storeName = value;
            return this;
        }

        /**
         * Sets {@code order_pattern}: 1 price first (default), 2 carrier first.
         *
         * @param value the value of {@code order_pattern}
         * @return this builder
         */
        public Builder orderPattern(Integer value) {
            this.orderPattern = value;
            return this;
        }

        /**
         * Sets {@code service_trans_prefer}: the preferred carrier, {@link ServiceTrans#DADA} or {@link ServiceTrans#SFTC}; required when order_pattern is 2.
         *
         * @param value the value of {@code service_trans_prefer}
         * @return this builder
         */
        public Builder serviceTransPrefer(String value) {
            this.serviceTransPrefer = value;
            return this;
        }

        /**
         * Sets {@code address_info}: the store's address (required).
         *
         * @param value the value of {@code address_info}
         * @return this builder
         */
        public Builder addressInfo(AddressInfo value) {
            this.addressInfo = value;
            return this;
        }

        /**
         * The record with the fields set so far; unset fields are {@code null}. Never throws.
         *
         * @return the record with the fields set so far
         */
        public CreateStoreRequest build() {
            return new CreateStoreRequest(outStoreId, storeName, orderPattern, serviceTransPrefer, addressInfo);
        }
    }
}
