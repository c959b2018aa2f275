package io.github.wxlogistics.model.intracity;

/**
 * What intracity_updatestore changes ({@code content}); fields left {@code null} are not sent.
 * The official page types {@code order_pattern} as a string here (a number in createstore), so
 * {@link Builder#orderPattern(String)} takes {@code "1"} or {@code "2"}.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_updatestore">intracity_updatestore</a>.
 *
 * @param storeName          the store's new name
 * @param orderPattern       "1" price first or "2" carrier first, as text
 * @param serviceTransPrefer the preferred carrier, {@link ServiceTrans#DADA} or {@link ServiceTrans#SFTC}
 * @param addressInfo        the store's new address
 */
public record StoreContent(String storeName, String orderPattern, String serviceTransPrefer,
        AddressInfo addressInfo) {

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
     * Builds {@link StoreContent}s field by field; setter names are the record's component names.
     * Not thread-safe. {@link #build()} checks nothing: the client validates the request when it is
     * sent and names the offending wire field.
     */
    public static final class Builder {
        private String storeName;
        private String orderPattern;
        private String serviceTransPrefer;
        private AddressInfo addressInfo;

        private Builder() {
        }

        private Builder(StoreContent r) {
            storeName = r.storeName;
            orderPattern = r.orderPattern;
            serviceTransPrefer = r.serviceTransPrefer;
            addressInfo = r.addressInfo;
        }

        /**
         * Sets {@code store_name}: the store's new name.
         *
         * @param value the value of {@code store_name}
         * @return this builder
         */
        public Builder storeName(String value) {
            this.storeName = value;
            return this;
        }

        /**
         * Sets {@code order_pattern}: "1" price first or "2" carrier first, as text.
         *
         * @param value the value of {@code order_pattern}
         * @return this builder
         */
        public Builder orderPattern(String value) {
            this.orderPattern = value;
            return this;
        }

        /**
         * Sets {@code service_trans_prefer}: the preferred carrier, {@link ServiceTrans#DADA} or {@link ServiceTrans#SFTC}.
         *
         * @param value the value of {@code service_trans_prefer}
         * @return this builder
         */
        public Builder serviceTransPrefer(String value) {
            this.serviceTransPrefer = value;
            return this;
        }

        /**
         * Sets {@code address_info}: the store's new address.
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
        public StoreContent build() {
            return new StoreContent(storeName, orderPattern, serviceTransPrefer, addressInfo);
        }
    }
}
