package io.github.wxlogistics.model;

/**
 * getQuota's request. Build it with {@link #builder()}: both fields are Strings.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_getquota.html">getQuota</a>.
 *
 * @param deliveryId the courier ID (required)
 * @param bizId      the courier customer code (required)
 */
public record GetQuotaRequest(String deliveryId, String bizId) {

    /**
     * A builder with every field unset.
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
     * Builds {@link GetQuotaRequest}s field by field; setter names are the record's component names.
     * Not thread-safe. {@link #build()} checks nothing: the client validates the request when it is
     * sent and names the offending wire field.
     */
    public static final class Builder {

        private String deliveryId;
        private String bizId;

        private Builder() {
        }

        private Builder(GetQuotaRequest r) {
            deliveryId = r.deliveryId;
            bizId = r.bizId;
        }

        /**
         * Sets {@code delivery_id}, the courier ID such as {@code YUNDA} (required).
         *
         * @param value the value of {@code delivery_id}
         * @return this builder
         */
        public Builder deliveryId(String value) {
            this.deliveryId = value;
            return this;
        }

        /**
         * Sets {@code biz_id}, the courier customer code (required).
         *
         * @param value the value of {@code biz_id}
         * @return this builder
         */
        public Builder bizId(String value) {
            this.bizId = value;
            return this;
        }

        /**
         * The request with the fields set so far; unset fields are {@code null}. Never throws.
         *
         * @return the request with the fields set so far; unset fields are {@code null}
         */
        public GetQuotaRequest build() {
            return new GetQuotaRequest(deliveryId, bizId);
        }
    }
}
