package io.github.wxlogistics.model;

/**
 * A sender or receiver of addOrder ({@code sender}, {@code receiver}), and an address of the return
 * component ({@code biz_addr}, {@code user_addr}: the same ten fields and limits). The client requires
 * name, province, city, area, address, and tel or mobile, as couriers refuse incomplete addresses. Build it with
 * {@link #builder()}: all ten fields are Strings. Byte limits count UTF-8 bytes (a Chinese
 * character is 3).
 *
 * <p>Official page:
 * <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_addorder.html">addOrder</a>.
 *
 * @param name     the person's name (at most 64 bytes)
 * @param tel      landline (at most 32 bytes); tel or mobile is required
 * @param mobile   mobile number (at most 32 bytes); tel or mobile is required
 * @param company  company (at most 64 bytes)
 * @param postCode postcode (at most 10 bytes)
 * @param country  country (at most 64 bytes); WeChat assumes 中国 when absent
 * @param province province, such as 广东省 (at most 64 bytes)
 * @param city     city, such as 广州市 (at most 64 bytes)
 * @param area     district, such as 海珠区 (at most 64 bytes)
 * @param address  street address (at most 512 bytes)
 */
public record Person(String name, String tel, String mobile, String company, String postCode, String country,
        String province, String city, String area, String address) {

    /**
     * The fields with the personal ones masked (name to its first character, phone numbers to
     * their first three and last four digits, the street address to its length), so that logging
     * an order does not log its people; province, city and area are shown.
     *
     * @return a description safe to log
     */
    @Override
    public String toString() {
        return "Person[name=" + PersonalData.name(name) + ", tel=" + PersonalData.phone(tel) + ", mobile="
                + PersonalData.phone(mobile) + ", company=" + company + ", postCode=" + postCode + ", country=" + country
                + ", province=" + province + ", city=" + city + ", area=" + area + ", address="
                + PersonalData.address(address) + "]";
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every field of this person, to change some of them.
     *
     * @return a builder holding this record's fields
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link Person}s field by field; setter names are the record's component names.
     * Not thread-safe. {@link #build()} checks nothing: the client validates the request when it is
     * sent and names the offending wire field (such as {@code sender.mobile}).
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

        private Builder(Person p) {
            name = p.name;
            tel = p.tel;
            mobile = p.mobile;
            company = p.company;
            postCode = p.postCode;
            country = p.country;
            province = p.province;
            city = p.city;
            area = p.area;
            address = p.address;
        }

        /**
         * Sets {@code name} (required, at most 64 UTF-8 bytes).
         *
         * @param value the value of {@code name}
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets {@code tel}, a landline (at most 32 UTF-8 bytes); tel or mobile is required.
         *
         * @param value the value of {@code tel}
         * @return this builder
         */
        public Builder tel(String value) {
            this.tel = value;
            return this;
        }

        /**
         * Sets {@code mobile}, a mobile number (at most 32 UTF-8 bytes); tel or mobile is required.
         *
         * @param value the value of {@code mobile}
         * @return this builder
         */
        public Builder mobile(String value) {
            this.mobile = value;
            return this;
        }

        /**
         * Sets {@code company} (at most 64 UTF-8 bytes).
         *
         * @param value the value of {@code company}
         * @return this builder
         */
        public Builder company(String value) {
            this.company = value;
            return this;
        }

        /**
         * Sets {@code post_code}, the postcode (at most 10 UTF-8 bytes).
         *
         * @param value the value of {@code post_code}
         * @return this builder
         */
        public Builder postCode(String value) {
            this.postCode = value;
            return this;
        }

        /**
         * Sets {@code country} (at most 64 UTF-8 bytes); WeChat assumes 中国 when absent.
         *
         * @param value the value of {@code country}
         * @return this builder
         */
        public Builder country(String value) {
            this.country = value;
            return this;
        }

        /**
         * Sets {@code province}, such as 广东省 (required, at most 64 UTF-8 bytes).
         *
         * @param value the value of {@code province}
         * @return this builder
         */
        public Builder province(String value) {
            this.province = value;
            return this;
        }

        /**
         * Sets {@code city}, such as 广州市 (required, at most 64 UTF-8 bytes).
         *
         * @param value the value of {@code city}
         * @return this builder
         */
        public Builder city(String value) {
            this.city = value;
            return this;
        }

        /**
         * Sets {@code area}, the district such as 海珠区 (required, at most 64 UTF-8 bytes).
         *
         * @param value the value of {@code area}
         * @return this builder
         */
        public Builder area(String value) {
            this.area = value;
            return this;
        }

        /**
         * Sets {@code address}, the street address (required, at most 512 UTF-8 bytes).
         *
         * @param value the value of {@code address}
         * @return this builder
         */
        public Builder address(String value) {
            this.address = value;
            return this;
        }

        /**
         * The person with the fields set so far; unset fields are {@code null}. Never throws.
         *
         * @return the person with the fields set so far; unset fields are {@code null}
         */
        public Person build() {
            return new Person(name, tel, mobile, company, postCode, country, province, city, area, address);
        }
    }
}
