package io.github.wxlogistics.model;

/**
 * bindAccount's request: binds or unbinds a courier account. The review result of couriers that
 * review (EMS) arrives later as an event. Build it with {@link #builder()}: four fields are
 * Strings.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_bindaccount.html">bindAccount</a>.
 *
 * @param type          bind or unbind (required)
 * @param bizId         the courier customer code (required)
 * @param deliveryId    the courier ID (required)
 * @param password      the customer password (not needed for EMS, SF, JD); hidden by {@link #toString()}
 * @param remarkContent remark for the courier's review (EMS)
 */
public record BindAccountRequest(BindAction type, String bizId, String deliveryId, String password,
        String remarkContent) {

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

    @Override
    public String toString() {
        return "BindAccountRequest[type=" + type + ", bizId=" + bizId + ", deliveryId=" + deliveryId
                + ", password=" + (password == null ? "null" : "***") + ", remarkContent=" + remarkContent + "]";
    }

    /**
     * Builds {@link BindAccountRequest}s field by field; setter names are the record's component
     * names. Not thread-safe. {@link #build()} checks nothing: the client validates the request when
     * it is sent and names the offending wire field. The builder's own {@code toString()} shows no
     * field, so the password cannot leak through it either.
     */
    public static final class Builder {

        private BindAction type;
        private String bizId;
        private String deliveryId;
        private String password;
        private String remarkContent;

        private Builder() {
        }

        private Builder(BindAccountRequest r) {
            type = r.type;
            bizId = r.bizId;
            deliveryId = r.deliveryId;
            password = r.password;
            remarkContent = r.remarkContent;
        }

        /**
         * Sets {@code type}: {@link BindAction#BIND} or {@link BindAction#UNBIND} (required).
         *
         * @param value the value of {@code type}
         * @return this builder
         */
        public Builder type(BindAction value) {
            this.type = value;
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
         * Sets {@code password}, the customer password (not needed for EMS, SF, JD).
         *
         * @param value the value of {@code password}
         * @return this builder
         */
        public Builder password(String value) {
            this.password = value;
            return this;
        }

        /**
         * Sets {@code remark_content}, a remark for the courier's review (EMS).
         *
         * @param value the value of {@code remark_content}
         * @return this builder
         */
        public Builder remarkContent(String value) {
            this.remarkContent = value;
            return this;
        }

        /**
         * The request with the fields set so far; unset fields are {@code null}. Never throws.
         *
         * @return the request with the fields set so far; unset fields are {@code null}
         */
        public BindAccountRequest build() {
            return new BindAccountRequest(type, bizId, deliveryId, password, remarkContent);
        }
    }
}
