package io.github.wxlogistics.model.intracity;

import io.github.wxlogistics.model.PersonalData;
import java.math.BigDecimal;

/**
 * A store's address ({@code address_info}): where the rider picks up. Coordinates are decimal
 * degrees (GCJ-02, as Tencent and AMap maps give them), sent as JSON numbers exactly as given.
 *
 * @param province the province, such as 广东省 (required)
 * @param city     the city, such as 广州市 (required)
 * @param area     the district, such as 海珠区 (required)
 * @param street   the street (optional)
 * @param house    the house number and detail (required)
 * @param lat      latitude in decimal degrees, -90 to 90 (required)
 * @param lng      longitude in decimal degrees, -180 to 180 (required)
 * @param phone    the store's phone number (required)
 */
public record AddressInfo(String province, String city, String area, String street, String house, BigDecimal lat,
        BigDecimal lng, String phone) {

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
     * The fields, with personal data (names, phone numbers, addresses) masked.
     *
     * @return the fields, with personal data masked
     */
    @Override
    public String toString() {
        return "AddressInfo[" + "province=" + province + ", "
                + "city=" + city + ", "
                + "area=" + area + ", "
                + "street=" + PersonalData.address(street) + ", "
                + "house=" + PersonalData.address(house) + ", "
                + "lat=" + lat + ", "
                + "lng=" + lng + ", "
                + "phone=" + PersonalData.phone(phone) + "]";
    }

    /**
     * Builds {@link AddressInfo}s field by field; setter names are the record's component names.
     * Not thread-safe. {@link #build()} checks nothing: the client validates the request when it is
     * sent and names the offending wire field.
     */
    public static final class Builder {
        private String province;
        private String city;
        private String area;
        private String street;
        private String house;
        private BigDecimal lat;
        private BigDecimal lng;
        private String phone;

        private Builder() {
        }

        private Builder(AddressInfo r) {
            province = r.province;
            city = r.city;
            area = r.area;
            street = r.street;
            house = r.house;
            lat = r.lat;
            lng = r.lng;
            phone = r.phone;
        }

        /**
         * Sets {@code province}: the province, such as 广东省 (required).
         *
         * @param value the value of {@code province}
         * @return this builder
         */
        public Builder province(String value) {
            this.province = value;
            return this;
        }

        /**
         * Sets {@code city}: the city, such as 广州市 (required).
         *
         * @param value the value of {@code city}
         * @return this builder
         */
        public Builder city(String value) {
            this.city = value;
            return this;
        }

        /**
         * Sets {@code area}: the district, such as 海珠区 (required).
         *
         * @param value the value of {@code area}
         * @return this builder
         */
        public Builder area(String value) {
            this.area = value;
            return this;
        }

        /**
         * Sets {@code street}: the street (optional).
         *
         * @param value the value of {@code street}
         * @return this builder
         */
        public Builder street(String value) {
            this.street = value;
            return this;
        }

        /**
         * Sets {@code house}: the house number and detail (required).
         *
         * @param value the value of {@code house}
         * @return this builder
         */
        public Builder house(String value) {
            this.house = value;
            return this;
        }

        /**
         * Sets {@code lat}: latitude in decimal degrees, -90 to 90 (required).
         *
         * @param value the value of {@code lat}
         * @return this builder
         */
        public Builder lat(BigDecimal value) {
            this.lat = value;
            return this;
        }

        /**
         * Sets {@code lng}: longitude in decimal degrees, -180 to 180 (required).
         *
         * @param value the value of {@code lng}
         * @return this builder
         */
        public Builder lng(BigDecimal value) {
            this.lng = value;
            return this;
        }

        /**
         * Sets {@code phone}: the store's phone number (required).
         *
         * @param value the value of {@code phone}
         * @return this builder
         */
        public Builder phone(String value) {
            this.phone = value;
            return this;
        }

        /**
         * The record with the fields set so far; unset fields are {@code null}. Never throws.
         *
         * @return the record with the fields set so far
         */
        public AddressInfo build() {
            return new AddressInfo(province, city, area, street, house, lat, lng, phone);
        }
    }
}
