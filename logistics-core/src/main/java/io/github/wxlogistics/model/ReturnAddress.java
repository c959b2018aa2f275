package io.github.wxlogistics.model;

/**
 * An address of the return component: the merchant's return address ({@code biz_addr}) or the
 * user's original shipping address ({@code user_addr}). Build it with {@link #builder()}: all ten
 * fields are Strings. The field table marks every field required while its text makes tel and mobile
 * alternatives; the client requires name, tel or mobile, province, city, area and address in
 * {@code biz_addr}, nothing in {@code user_addr}, and checks every byte limit in both.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-return/api_addreturnid.html">no_worry_return/add</a>.
 *
 * @param name      {@code name}: the contact's name (required, at most 64 bytes)
 * @param tel       {@code tel}: a landline (at most 32 bytes; tel or mobile is required)
 * @param mobile    {@code mobile}: a mobile (at most 32 bytes; tel or mobile is required)
 * @param company   {@code company}: the company (optional, at most 64 bytes)
 * @param postCode  {@code post_code}: the post code (optional, at most 10 bytes)
 * @param country   {@code country}: the country (optional, at most 64 bytes)
 * @param province  {@code province}: the province, such as 广东省 (required, at most 64 bytes)
 * @param city      {@code city}: the city (required, at most 64 bytes)
 * @param area      {@code area}: the district (required, at most 64 bytes)
 * @param address   {@code address}: the street address (required, at most 512 bytes)
 */
public record ReturnAddress(String name, String tel, String mobile, String company, String postCode, String country, String province, String city, String area, String address) {

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link ReturnAddress}es; setter names are the record's component names. Not
     * thread-safe. {@link #build()} checks nothing: the client validates when sending.
     */
    public static final class Builder {
        private String name;
        private String tel;
        private String mobile;
        private String company;
        private String postCode;
        private String country;
        private String province;
        private String city;
        private String area;
        private String address;

        private Builder() {
        }

        /**
         * Sets {@code name}: the contact's name (required, at most 64 bytes).
         *
         * @param value the value of {@code name}
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets {@code tel}: a landline (at most 32 bytes; tel or mobile is required).
         *
         * @param value the value of {@code tel}
         * @return this builder
         */
        public Builder tel(String value) {
            this.tel = value;
            return this;
        }

        /**
         * Sets {@code mobile}: a mobile (at most 32 bytes; tel or mobile is required).
         *
         * @param value the value of {@code mobile}
         * @return this builder
         */
        public Builder mobile(String value) {
            this.mobile = value;
            return this;
        }

        /**
         * Sets {@code company}: the company (optional, at most 64 bytes).
         *
         * @param value the value of {@code company}
         * @return this builder
         */
        public Builder company(String value) {
            this.company = value;
            return this;
        }

        /**
         * Sets {@code post_code}: the post code (optional, at most 10 bytes).
         *
         * @param value the value of {@code post_code}
         * @return this builder
         */
        public Builder postCode(String value) {
            this.postCode = value;
            return this;
        }

        /**
         * Sets {@code country}: the country (optional, at most 64 bytes).
         *
         * @param value the value of {@code country}
         * @return this builder
         */
        public Builder country(String value) {
            this.country = value;
            return this;
        }

        /**
         * Sets {@code province}: the province, such as 广东省 (required, at most 64 bytes).
         *
         * @param value the value of {@code province}
         * @return this builder
         */
        public Builder province(String value) {
            this.province = value;
            return this;
        }

        /**
         * Sets {@code city}: the city (required, at most 64 bytes).
         *
         * @param value the value of {@code city}
         * @return this builder
         */
        public Builder city(String value) {
            this.city = value;
            return this;
        }

        /**
         * Sets {@code area}: the district (required, at most 64 bytes).
         *
         * @param value the value of {@code area}
         * @return this builder
         */
        public Builder area(String value) {
            this.area = value;
            return this;
        }

        /**
         * Sets {@code address}: the street address (required, at most 512 bytes).
         *
         * @param value the value of {@code address}
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
        public ReturnAddress build() {
            return new ReturnAddress(name, tel, mobile, company, postCode, country, province, city, area, address);
        }
    }
}
