package io.github.wxlogistics.model;

import java.util.List;

/**
 * The return component's add request: creates a return id the user then fills in (pickup or
 * self-ship) from a WeChat service notice. Build it with {@link #builder()}.
 *
 * <p>The current call ({@code no_worry_return/add}) needs {@code wx_pay_id}, the insured WeChat
 * Pay transaction; the legacy call ({@code return/add}) has no such field and the client refuses a
 * request that sets it there.
 *
 * <p>Official pages: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-return/api_addreturnid.html">no_worry_return/add</a>,
 * <a href="https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/industry/express-old/express_sale_return.html">return/add (legacy)</a>.
 *
 * @param shopOrderId {@code shop_order_id}: the merchant's return number, one return id each (required)
 * @param bizAddr     {@code biz_addr}: where the parcel goes back to (required; name, tel or mobile,
 *                    province, city, area and address, as an addOrder sender)
 * @param userAddr    {@code user_addr}: the user's original shipping address (optional; every field
 *                    optional, the byte limits checked)
 * @param openid      {@code openid}: the returning user (required)
 * @param orderPath   {@code order_path}: the order's page in the mini program (required)
 * @param goodsList   {@code goods_list}: the products returned (required, at least one)
 * @param orderPrice  {@code order_price}: the order's price in fen (required, positive)
 * @param wxPayId     {@code wx_pay_id}: the insured WeChat Pay transaction id (required by
 *                    no_worry_return/add, absent from the legacy call)
 */
public record AddReturnRequest(String shopOrderId, Person bizAddr, Person userAddr, String openid,
        String orderPath, List<ReturnGoods> goodsList, Long orderPrice, String wxPayId) {

    /**
     * Copies {@code goodsList}; {@code null} stays {@code null} so validation can name it.
     *
     * @param shopOrderId the merchant's return number
     * @param bizAddr     the merchant's return address
     * @param userAddr    the user's address
     * @param openid      the user
     * @param orderPath   the order's page
     * @param goodsList   the products
     * @param orderPrice  the price in fen
     * @param wxPayId     the insured WeChat Pay transaction id
     */
    public AddReturnRequest {
        goodsList = goodsList == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(goodsList));
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
     * Builds {@link AddReturnRequest}s; setter names are the record's component names. Not
     * thread-safe. {@link #build()} checks nothing: the client validates when sending.
     */
    public static final class Builder {
        private String shopOrderId;
        private Person bizAddr;
        private Person userAddr;
        private String openid;
        private String orderPath;
        private List<ReturnGoods> goodsList;
        private Long orderPrice;
        private String wxPayId;

        private Builder() {
        }

        /**
         * Sets {@code shop_order_id} (required; 9300522 when it was used before).
         *
         * @param value the merchant's return number
         * @return this builder
         */
        public Builder shopOrderId(String value) {
            this.shopOrderId = value;
            return this;
        }

        /**
         * Sets {@code biz_addr} (required).
         *
         * @param value the merchant's return address
         * @return this builder
         */
        public Builder bizAddr(Person value) {
            this.bizAddr = value;
            return this;
        }

        /**
         * Sets {@code user_addr} (optional).
         *
         * @param value the user's original shipping address
         * @return this builder
         */
        public Builder userAddr(Person value) {
            this.userAddr = value;
            return this;
        }

        /**
         * Sets {@code openid} (required).
         *
         * @param value the returning user's openid
         * @return this builder
         */
        public Builder openid(String value) {
            this.openid = value;
            return this;
        }

        /**
         * Sets {@code order_path} (required).
         *
         * @param value the order's page, such as {@code pages/order/detail?id=1}
         * @return this builder
         */
        public Builder orderPath(String value) {
            this.orderPath = value;
            return this;
        }

        /**
         * Sets {@code goods_list} (required, at least one).
         *
         * @param value the products returned
         * @return this builder
         */
        public Builder goodsList(List<ReturnGoods> value) {
            this.goodsList = value;
            return this;
        }

        /**
         * Sets {@code order_price} in fen (required, positive).
         *
         * @param fen the order's price in fen (1 yuan = 100 fen)
         * @return this builder
         */
        public Builder orderPrice(long fen) {
            this.orderPrice = fen;
            return this;
        }

        /**
         * Sets {@code wx_pay_id} (required by no_worry_return/add; leave unset for the legacy call).
         *
         * @param value the insured WeChat Pay transaction id
         * @return this builder
         */
        public Builder wxPayId(String value) {
            this.wxPayId = value;
            return this;
        }

        /**
         * The request with the fields set so far. Never throws.
         *
         * @return the request
         */
        public AddReturnRequest build() {
            return new AddReturnRequest(shopOrderId, bizAddr, userAddr, openid, orderPath, goodsList, orderPrice,
                    wxPayId);
        }
    }
}
