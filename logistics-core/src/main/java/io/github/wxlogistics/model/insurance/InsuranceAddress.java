package io.github.wxlogistics.model.insurance;

/**
 * A place of createorder ({@code delivery_place}, where the parcel ships from, and
 * {@code receipt_place}, where it goes): every member is required.
 *
 * @param province {@code province}
 * @param city     {@code city}
 * @param county   {@code county}: the district
 * @param address  {@code address}: the street address
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_createorder.html">insurance_freight_createorder</a>
 */
public record InsuranceAddress(String province, String city, String county, String address) {

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link InsuranceAddress}es; not thread-safe; {@link #build()} checks nothing. */
    public static final class Builder {
        private String province;
        private String city;
        private String county;
        private String address;

        private Builder() {
        }

        /**
         * Sets {@code province}.
         *
         * @param value the province, such as {@code 广东省}
         * @return this builder
         */
        public Builder province(String value) {
            this.province = value;
            return this;
        }

        /**
         * Sets {@code city}.
         *
         * @param value the city, such as {@code 广州市}
         * @return this builder
         */
        public Builder city(String value) {
            this.city = value;
            return this;
        }

        /**
         * Sets {@code county}.
         *
         * @param value the district, such as {@code 海珠区}
         * @return this builder
         */
        public Builder county(String value) {
            this.county = value;
            return this;
        }

        /**
         * Sets {@code address}.
         *
         * @param value the street address
         * @return this builder
         */
        public Builder address(String value) {
            this.address = value;
            return this;
        }

        /**
         * The address with the fields set so far. Never throws.
         *
         * @return the address
         */
        public InsuranceAddress build() {
            return new InsuranceAddress(province, city, county, address);
        }
    }
}
