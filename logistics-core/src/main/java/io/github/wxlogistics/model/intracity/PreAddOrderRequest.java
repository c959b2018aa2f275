package io.github.wxlogistics.model.intracity;

import io.github.wxlogistics.model.PersonalData;
import java.math.BigDecimal;

/**
 * intracity_preaddorder's request: what delivering to a receiver would cost, without
 * ordering. Coordinates in decimal degrees (GCJ-02). Set {@code use_sandbox} to 1 to price against
 * the sandbox; the SFTC sandbox only accepts its fixed receiver (see {@link ServiceTrans#SFTC}).
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_preaddorder">intracity_preaddorder</a>.
 *
 * @param wxStoreId   the store (required)
 * @param userName    the receiver's name (required)
 * @param userPhone   the receiver's phone (required)
 * @param userLng     the receiver's longitude (required, -180 to 180)
 * @param userLat     the receiver's latitude (required, -90 to 90)
 * @param userAddress the receiver's address (required)
 * @param cargo       the goods (required)
 * @param useSandbox  1: the sandbox; {@code null} or 0: production
 */
public record PreAddOrderRequest(String wxStoreId, String userName, String userPhone, BigDecimal userLng,
        BigDecimal userLat, String userAddress, IntracityCargo cargo, Integer useSandbox) {

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
        return "PreAddOrderRequest[" + "wxStoreId=" + wxStoreId + ", "
                + "userName=" + PersonalData.name(userName) + ", "
                + "userPhone=" + PersonalData.phone(userPhone) + ", "
                + "userLng=" + userLng + ", "
                + "userLat=" + userLat + ", "
                + "userAddress=" + PersonalData.address(userAddress) + ", "
                + "cargo=" + cargo + ", "
                + "useSandbox=" + useSandbox + "]";
    }

    /**
     * Builds {@link PreAddOrderRequest}s field by field; setter names are the record's component names.
     * Not thread-safe. {@link #build()} checks nothing: the client validates the request when it is
     * sent and names the offending wire field.
     */
    public static final class Builder {
        private String wxStoreId;
        private String userName;
        private String userPhone;
        private BigDecimal userLng;
        private BigDecimal userLat;
        private String userAddress;
        private IntracityCargo cargo;
        private Integer useSandbox;

        private Builder() {
        }

        private Builder(PreAddOrderRequest r) {
            wxStoreId = r.wxStoreId;
            userName = r.userName;
            userPhone = r.userPhone;
            userLng = r.userLng;
            userLat = r.userLat;
            userAddress = r.userAddress;
            cargo = r.cargo;
            useSandbox = r.useSandbox;
        }

        /**
         * Sets {@code wx_store_id}: the store (required).
         *
         * @param value the value of {@code wx_store_id}
         * @return this builder
         */
        public Builder wxStoreId(String value) {
            this.wxStoreId = value;
            return this;
        }

        /**
         * Sets {@code user_name}: the receiver's name (required).
         *
         * @param value the value of {@code user_name}
         * @return this builder
         */
        public Builder userName(String value) {
            this.userName = value;
            return this;
        }

        /**
         * Sets {@code user_phone}: the receiver's phone (required).
         *
         * @param value the value of {@code user_phone}
         * @return this builder
         */
        public Builder userPhone(String value) {
            this.userPhone = value;
            return this;
        }

        /**
         * Sets {@code user_lng}: the receiver's longitude (required, -180 to 180).
         *
         * @param value the value of {@code user_lng}
         * @return this builder
         */
        public Builder userLng(BigDecimal value) {
            this.userLng = value;
            return this;
        }

        /**
         * Sets {@code user_lat}: the receiver's latitude (required, -90 to 90).
         *
         * @param value the value of {@code user_lat}
         * @return this builder
         */
        public Builder userLat(BigDecimal value) {
            this.userLat = value;
            return this;
        }

        /**
         * Sets {@code user_address}: the receiver's address (required).
         *
         * @param value the value of {@code user_address}
         * @return this builder
         */
        public Builder userAddress(String value) {
            this.userAddress = value;
            return this;
        }

        /**
         * Sets {@code cargo}: the goods (required).
         *
         * @param value the value of {@code cargo}
         * @return this builder
         */
        public Builder cargo(IntracityCargo value) {
            this.cargo = value;
            return this;
        }

        /**
         * Sets {@code use_sandbox}: 1: the sandbox; {@code null} or 0: production.
         *
         * @param value the value of {@code use_sandbox}
         * @return this builder
         */
        public Builder useSandbox(Integer value) {
            this.useSandbox = value;
            return this;
        }

        /**
         * The record with the fields set so far; unset fields are {@code null}. Never throws.
         *
         * @return the record with the fields set so far
         */
        public PreAddOrderRequest build() {
            return new PreAddOrderRequest(wxStoreId, userName, userPhone, userLng, userLat, userAddress, cargo, useSandbox);
        }
    }
}
