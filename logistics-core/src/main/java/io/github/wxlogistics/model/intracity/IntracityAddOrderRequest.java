package io.github.wxlogistics.model.intracity;

import io.github.wxlogistics.model.PersonalData;
import java.math.BigDecimal;

/**
 * intracity_addorder's request: orders a delivery from a store to a receiver, paid from the
 * store's balance (or free in the sandbox). Coordinates in decimal degrees (GCJ-02).
 *
 * <p>WeChat makes the call idempotent by {@code store_order_id} ("相同的订单号会重入"): sending
 * the same request again returns the order created the first time, without a second fee. The
 * client still never re-sends it on its own (see the facade).
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_addorder">intracity_addorder</a>.
 *
 * @param wxStoreId       the store (required)
 * @param storeOrderId    the store's own order number, unique per store (required); the key that makes the call repeatable
 * @param userOpenid      the receiver's openid (required)
 * @param userLng         the receiver's longitude (required, -180 to 180)
 * @param userLat         the receiver's latitude (required, -90 to 90)
 * @param userAddress     the receiver's address (required)
 * @param userName        the receiver's name (required)
 * @param userPhone       the receiver's phone, 11 digits or a landline with area code (required)
 * @param orderSeq        a short sequence number the rider matches goods by
 * @param verifyCodeType  "0" none, "1" pickup code, "2" delivery code, "3" both (a string on the wire)
 * @param orderDetailPath the mini program page of the order, opened from the tracking page (required)
 * @param callbackUrl     where WeChat POSTs the order's status changes (see IntracityCallbackReceiver)
 * @param useSandbox      1: the sandbox (no balance needed); {@code null} or 0: production
 * @param cargo           the goods
 */
public record IntracityAddOrderRequest(String wxStoreId, String storeOrderId, String userOpenid, BigDecimal userLng,
        BigDecimal userLat, String userAddress, String userName, String userPhone, String orderSeq,
        String verifyCodeType, String orderDetailPath, String callbackUrl, Integer useSandbox,
        IntracityCargo cargo) {

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
        return "IntracityAddOrderRequest[" + "wxStoreId=" + wxStoreId + ", "
                + "storeOrderId=" + storeOrderId + ", "
                + "userOpenid=" + userOpenid + ", "
                + "userLng=" + userLng + ", "
                + "userLat=" + userLat + ", "
                + "userAddress=" + PersonalData.address(userAddress) + ", "
                + "userName=" + PersonalData.name(userName) + ", "
                + "userPhone=" + PersonalData.phone(userPhone) + ", "
                + "orderSeq=" + orderSeq + ", "
                + "verifyCodeType=" + verifyCodeType + ", "
                + "orderDetailPath=" + orderDetailPath + ", "
                + "callbackUrl=" + callbackUrl + ", "
                + "useSandbox=" + useSandbox + ", "
                + "cargo=" + cargo + "]";
    }

    /**
     * Builds {@link IntracityAddOrderRequest}s field by field; setter names are the record's component names.
     * Not thread-safe. {@link #build()} checks nothing: the client validates the request when it is
     * sent and names the offending wire field.
     */
    public static final class Builder {
        private String wxStoreId;
        private String storeOrderId;
        private String userOpenid;
        private BigDecimal userLng;
        private BigDecimal userLat;
        private String userAddress;
        private String userName;
        private String userPhone;
        private String orderSeq;
        private String verifyCodeType;
        private String orderDetailPath;
        private String callbackUrl;
        private Integer useSandbox;
        private IntracityCargo cargo;

        private Builder() {
        }

        private Builder(IntracityAddOrderRequest r) {
            wxStoreId = r.wxStoreId;
            storeOrderId = r.storeOrderId;
            userOpenid = r.userOpenid;
            userLng = r.userLng;
            userLat = r.userLat;
            userAddress = r.userAddress;
            userName = r.userName;
            userPhone = r.userPhone;
            orderSeq = r.orderSeq;
            verifyCodeType = r.verifyCodeType;
            orderDetailPath = r.orderDetailPath;
            callbackUrl = r.callbackUrl;
            useSandbox = r.useSandbox;
            cargo = r.cargo;
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
         * Sets {@code store_order_id}: the store's own order number, unique per store (required); the key that makes the call repeatable.
         *
         * @param value the value of {@code store_order_id}
         * @return this builder
         */
        public Builder storeOrderId(String value) {
            this.storeOrderId = value;
            return this;
        }

        /**
         * Sets {@code user_openid}: the receiver's openid (required).
         *
         * @param value the value of {@code user_openid}
         * @return this builder
         */
        public Builder userOpenid(String value) {
            this.userOpenid = value;
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
         * Sets {@code user_phone}: the receiver's phone, 11 digits or a landline with area code (required).
         *
         * @param value the value of {@code user_phone}
         * @return this builder
         */
        public Builder userPhone(String value) {
            this.userPhone = value;
            return this;
        }

        /**
         * Sets {@code order_seq}: a short sequence number the rider matches goods by.
         *
         * @param value the value of {@code order_seq}
         * @return this builder
         */
        public Builder orderSeq(String value) {
            this.orderSeq = value;
            return this;
        }

        /**
         * Sets {@code verify_code_type}: "0" none, "1" pickup code, "2" delivery code, "3" both (a string on the wire).
         *
         * @param value the value of {@code verify_code_type}
         * @return this builder
         */
        public Builder verifyCodeType(String value) {
            this.verifyCodeType = value;
            return this;
        }

        /**
         * Sets {@code order_detail_path}: the mini program page of the order, opened from the tracking page (required).
         *
         * @param value the value of {@code order_detail_path}
         * @return this builder
         */
        public Builder orderDetailPath(String value) {
            this.orderDetailPath = value;
            return this;
        }

        /**
         * Sets {@code callback_url}: where WeChat POSTs the order's status changes (see IntracityCallbackReceiver).
         *
         * @param value the value of {@code callback_url}
         * @return this builder
         */
        public Builder callbackUrl(String value) {
            this.callbackUrl = value;
            return this;
        }

        /**
         * Sets {@code use_sandbox}: 1: the sandbox (no balance needed); {@code null} or 0: production.
         *
         * @param value the value of {@code use_sandbox}
         * @return this builder
         */
        public Builder useSandbox(Integer value) {
            this.useSandbox = value;
            return this;
        }

        /**
         * Sets {@code cargo}: the goods.
         *
         * @param value the value of {@code cargo}
         * @return this builder
         */
        public Builder cargo(IntracityCargo value) {
            this.cargo = value;
            return this;
        }

        /**
         * The record with the fields set so far; unset fields are {@code null}. Never throws.
         *
         * @return the record with the fields set so far
         */
        public IntracityAddOrderRequest build() {
            return new IntracityAddOrderRequest(wxStoreId, storeOrderId, userOpenid, userLng, userLat, userAddress, userName, userPhone, orderSeq, verifyCodeType, orderDetailPath, callbackUrl, useSandbox, cargo);
        }
    }
}
