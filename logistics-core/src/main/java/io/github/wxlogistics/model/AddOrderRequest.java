package io.github.wxlogistics.model;

import java.time.Instant;

/**
 * addOrder's request: creates a waybill (see the linked page). Also the {@code custom} object of
 * previewTemplate. Build it with {@link #builder()}: it has six String fields, so a positional
 * factory could swap them silently.
 *
 * <p>Official page:
 * <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_addorder.html">addOrder</a>.
 *
 * @param addSource    where the order was placed (required); {@code wx_appid} is required for App/H5
 * @param wxAppid      the App or H5 appid; required when {@code add_source} is 2
 * @param orderId      the merchant's order ID, unique per order (required, at most 512 UTF-8 bytes)
 * @param openid       the buyer's openid; required unless {@code add_source} is 2
 * @param deliveryId   the courier ID (required)
 * @param bizId        the courier customer code or cash code such as {@code SF_CASH} (required)
 * @param customRemark remark printed on the waybill (at most 1024 UTF-8 bytes)
 * @param tagid        tenant tag, for platform-type mini programs only
 * @param sender       the sender (required)
 * @param receiver     the receiver (required)
 * @param cargo        the cargo (required)
 * @param shop         the goods shown to the buyer (required)
 * @param insured      the insurance (required)
 * @param service      the courier service (required)
 * @param expectTime   expected pickup time, Unix seconds; 0 means agreed beforehand; required for SF cash orders
 * @param takeMode     settlement mode (YTO only)
 */
public record AddOrderRequest(AddSource addSource, String wxAppid, String orderId, String openid, String deliveryId,
        String bizId, String customRemark, Integer tagid, Person sender, Person receiver, Cargo cargo, Shop shop,
        Insured insured, ServiceType service, Long expectTime, TakeMode takeMode) {

    /**
     * A builder with {@code add_source} set to {@link AddSource#MINI_PROGRAM} and every other field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every field of this request, to change some of them.
     *
     * @return a builder holding this record's fields
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link AddOrderRequest}s field by field; setter names are the record's component names.
     * Not thread-safe. {@link #build()} checks nothing: the client validates the request when it is
     * sent and names the offending wire field.
     */
    public static final class Builder {

        private AddSource addSource = AddSource.MINI_PROGRAM;
        private String wxAppid;
        private String orderId;
        private String openid;
        private String deliveryId;
        private String bizId;
        private String customRemark;
        private Integer tagid;
        private Person sender;
        private Person receiver;
        private Cargo cargo;
        private Shop shop;
        private Insured insured;
        private ServiceType service;
        private Long expectTime;
        private TakeMode takeMode;

        private Builder() {
        }

        private Builder(AddOrderRequest r) {
            addSource = r.addSource;
            wxAppid = r.wxAppid;
            orderId = r.orderId;
            openid = r.openid;
            deliveryId = r.deliveryId;
            bizId = r.bizId;
            customRemark = r.customRemark;
            tagid = r.tagid;
            sender = r.sender;
            receiver = r.receiver;
            cargo = r.cargo;
            shop = r.shop;
            insured = r.insured;
            service = r.service;
            expectTime = r.expectTime;
            takeMode = r.takeMode;
        }

        /**
         * Sets {@code add_source}: {@link AddSource#MINI_PROGRAM} (the default) or
         * {@link AddSource#APP_OR_H5}, which also needs {@link #wxAppid(String)} and no openid.
         *
         * @param value the value of {@code add_source}
         * @return this builder
         */
        public Builder addSource(AddSource value) {
            this.addSource = value;
            return this;
        }

        /**
         * Sets {@code wx_appid}, the App or H5 appid; required when {@code add_source} is 2.
         *
         * @param value the value of {@code wx_appid}
         * @return this builder
         */
        public Builder wxAppid(String value) {
            this.wxAppid = value;
            return this;
        }

        /**
         * Sets {@code order_id}, the merchant's order ID, unique per order (required, at most 512 UTF-8 bytes).
         *
         * @param value the value of {@code order_id}
         * @return this builder
         */
        public Builder orderId(String value) {
            this.orderId = value;
            return this;
        }

        /**
         * Sets {@code openid}, the buyer's openid; required unless {@code add_source} is 2.
         *
         * @param value the value of {@code openid}
         * @return this builder
         */
        public Builder openid(String value) {
            this.openid = value;
            return this;
        }

        /**
         * Sets {@code delivery_id}, the courier ID such as {@code SF} (required).
         *
         * @param value the value of {@code delivery_id}
         * @return this builder
         */
        public Builder deliveryId(String value) {
            this.deliveryId = value;
            return this;
        }

        /**
         * Sets {@code biz_id}, the courier customer code or a cash code such as {@code SF_CASH} (required).
         *
         * @param value the value of {@code biz_id}
         * @return this builder
         */
        public Builder bizId(String value) {
            this.bizId = value;
            return this;
        }

        /**
         * Sets {@code custom_remark}, printed on the waybill (at most 1024 UTF-8 bytes).
         *
         * @param value the value of {@code custom_remark}
         * @return this builder
         */
        public Builder customRemark(String value) {
            this.customRemark = value;
            return this;
        }

        /**
         * Sets {@code tagid}, the tenant tag of platform-type mini programs; {@code null} sends none.
         *
         * @param value the value of {@code tagid}
         * @return this builder
         */
        public Builder tagid(Integer value) {
            this.tagid = value;
            return this;
        }

        /**
         * Sets {@code sender} (required).
         *
         * @param value the value of {@code sender}
         * @return this builder
         */
        public Builder sender(Person value) {
            this.sender = value;
            return this;
        }

        /**
         * Sets {@code receiver} (required).
         *
         * @param value the value of {@code receiver}
         * @return this builder
         */
        public Builder receiver(Person value) {
            this.receiver = value;
            return this;
        }

        /**
         * Sets {@code cargo} (required).
         *
         * @param value the value of {@code cargo}
         * @return this builder
         */
        public Builder cargo(Cargo value) {
            this.cargo = value;
            return this;
        }

        /**
         * Sets {@code shop}, the goods shown to the buyer (required).
         *
         * @param value the value of {@code shop}
         * @return this builder
         */
        public Builder shop(Shop value) {
            this.shop = value;
            return this;
        }

        /**
         * Sets {@code insured} (required); {@link Insured#none()} for no insurance.
         *
         * @param value the value of {@code insured}
         * @return this builder
         */
        public Builder insured(Insured value) {
            this.insured = value;
            return this;
        }

        /**
         * Sets {@code service}, the courier service (required).
         *
         * @param value the value of {@code service}
         * @return this builder
         */
        public Builder service(ServiceType value) {
            this.service = value;
            return this;
        }

        /**
         * Sets {@code expect_time}, the expected pickup time in Unix seconds; 0 means agreed
         * beforehand; required for SF cash orders; {@code null} sends none.
         *
         * @param epochSeconds the value of {@code expect_time}
         * @return this builder
         */
        public Builder expectTime(Long epochSeconds) {
            this.expectTime = epochSeconds;
            return this;
        }

        /**
         * Sets {@code expect_time} from an instant; whole seconds are sent (the fraction is dropped).
         * {@code null} sends none.
         *
         * @param value the value of {@code expect_time}
         * @return this builder
         */
        public Builder expectTime(Instant value) {
            this.expectTime = value == null ? null : value.getEpochSecond();
            return this;
        }

        /**
         * Sets {@code take_mode}, the settlement mode (YTO only); {@code null} sends none.
         *
         * @param value the value of {@code take_mode}
         * @return this builder
         */
        public Builder takeMode(TakeMode value) {
            this.takeMode = value;
            return this;
        }

        /**
         * The request with the fields set so far; {@code add_source} defaults to 0, other unset
         * fields are {@code null}. Never throws.
         *
         * @return the request with the fields set so far; {@code add_source} defaults to 0, other unset fields
         *     are {@code null}
         */
        public AddOrderRequest build() {
            return new AddOrderRequest(addSource, wxAppid, orderId, openid, deliveryId, bizId, customRemark, tagid,
                    sender, receiver, cargo, shop, insured, service, expectTime, takeMode);
        }
    }
}
