package io.github.wxlogistics.model;

/**
 * updateBusiness's request (courier side): the result of reviewing a merchant's account. Build it
 * with {@link #builder()}: three fields are Strings.
 *
 * <p>Official page:
 * <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-provider/api_updatebusiness.html">updateBusiness</a>.
 *
 * @param shopAppId  the merchant's AppID, the {@code ShopAppID} of the check_biz push (required)
 * @param bizId      the merchant's account (required)
 * @param resultCode 0 approved, anything else rejected
 * @param resultMsg  the reason, when rejected
 */
public record UpdateBusinessRequest(String shopAppId, String bizId, int resultCode, String resultMsg) {

    /**
     * A builder with {@code result_code} 0 (approved) and every other field unset.
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
     * Builds {@link UpdateBusinessRequest}s field by field; setter names are the record's component
     * names. Not thread-safe. {@link #build()} checks nothing: the client validates the request when
     * it is sent and names the offending wire field.
     */
    public static final class Builder {

        private String shopAppId;
        private String bizId;
        private int resultCode;
        private String resultMsg;

        private Builder() {
        }

        private Builder(UpdateBusinessRequest r) {
            shopAppId = r.shopAppId;
            bizId = r.bizId;
            resultCode = r.resultCode;
            resultMsg = r.resultMsg;
        }

        /**
         * Sets {@code shop_app_id}, the merchant's AppID from the check_biz push (required).
         *
         * @param value the value of {@code shop_app_id}
         * @return this builder
         */
        public Builder shopAppId(String value) {
            this.shopAppId = value;
            return this;
        }

        /**
         * Sets {@code biz_id}, the merchant's account (required).
         *
         * @param value the value of {@code biz_id}
         * @return this builder
         */
        public Builder bizId(String value) {
            this.bizId = value;
            return this;
        }

        /**
         * Sets {@code result_code}: 0 approved (the default), anything else rejected (1 is usual).
         *
         * @param value the value of {@code result_code}
         * @return this builder
         */
        public Builder resultCode(int value) {
            this.resultCode = value;
            return this;
        }

        /**
         * Sets {@code result_msg}, the reason for a rejection.
         *
         * @param value the value of {@code result_msg}
         * @return this builder
         */
        public Builder resultMsg(String value) {
            this.resultMsg = value;
            return this;
        }

        /**
         * The request with the fields set so far; unset fields are 0 or {@code null}. Never throws.
         *
         * @return the request with the fields set so far; unset fields are 0 or {@code null}
         */
        public UpdateBusinessRequest build() {
            return new UpdateBusinessRequest(shopAppId, bizId, resultCode, resultMsg);
        }
    }
}
