package io.github.wxlogistics.model;

/**
 * getContact's request (courier side). Build it with {@link #builder()}: both fields are Strings.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-provider/api_getcontact.html">getContact</a>.
 *
 * @param token     the {@code Token} of the add_waybill push (required); hidden by {@link #toString()}
 * @param waybillId the waybill ID (required)
 */
public record GetContactRequest(String token, String waybillId) {

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
        return "GetContactRequest[token=***, waybillId=" + waybillId + "]";
    }

    /**
     * Builds {@link GetContactRequest}s field by field; setter names are the record's component
     * names. Not thread-safe. {@link #build()} checks nothing: the client validates the request when
     * it is sent and names the offending wire field. The builder's own {@code toString()} shows no
     * field, so the token cannot leak through it either.
     */
    public static final class Builder {

        private String token;
        private String waybillId;

        private Builder() {
        }

        private Builder(GetContactRequest r) {
            token = r.token;
            waybillId = r.waybillId;
        }

        /**
         * Sets {@code token}, the {@code Token} of the add_waybill push (required).
         *
         * @param value the value of {@code token}
         * @return this builder
         */
        public Builder token(String value) {
            this.token = value;
            return this;
        }

        /**
         * Sets {@code waybill_id}, the waybill ID (required).
         *
         * @param value the value of {@code waybill_id}
         * @return this builder
         */
        public Builder waybillId(String value) {
            this.waybillId = value;
            return this;
        }

        /**
         * The request with the fields set so far; unset fields are {@code null}. Never throws.
         *
         * @return the request with the fields set so far; unset fields are {@code null}
         */
        public GetContactRequest build() {
            return new GetContactRequest(token, waybillId);
        }
    }
}
