package io.github.wxlogistics.model;

import java.time.Instant;

/**
 * updatePath's request (courier side): appends a node to a waybill's tracking path. Build it with
 * {@link #builder()}: three fields are Strings.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-provider/api_updatepath.html">updatePath</a>.
 *
 * @param token      the {@code Token} of the add_waybill push (required); hidden by {@link #toString()}
 * @param waybillId  the waybill ID (required)
 * @param actionTime Unix time in seconds (required, positive)
 * @param actionType the node type (required)
 * @param actionMsg  the text shown on the tracking page (required)
 */
public record UpdatePathRequest(String token, String waybillId, long actionTime, ActionType actionType,
        String actionMsg) {

    /**
     * A builder with {@code action_time} 0 and every other field unset.
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
        return "UpdatePathRequest[token=***, waybillId=" + waybillId + ", actionTime=" + actionTime
                + ", actionType=" + actionType + ", actionMsg=" + actionMsg + "]";
    }

    /**
     * Builds {@link UpdatePathRequest}s field by field; setter names are the record's component
     * names. Not thread-safe. {@link #build()} checks nothing: the client validates the request when
     * it is sent and names the offending wire field. The builder's own {@code toString()} shows no
     * field, so the token cannot leak through it either.
     */
    public static final class Builder {

        private String token;
        private String waybillId;
        private long actionTime;
        private ActionType actionType;
        private String actionMsg;

        private Builder() {
        }

        private Builder(UpdatePathRequest r) {
            token = r.token;
            waybillId = r.waybillId;
            actionTime = r.actionTime;
            actionType = r.actionType;
            actionMsg = r.actionMsg;
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
         * Sets {@code action_time} in Unix seconds (required, positive; 0 when unset).
         *
         * @param epochSeconds the value of {@code action_time}
         * @return this builder
         */
        public Builder actionTime(long epochSeconds) {
            this.actionTime = epochSeconds;
            return this;
        }

        /**
         * Sets {@code action_time} from an instant; whole seconds are sent (the fraction is dropped).
         * {@code null} leaves it 0, which the client rejects when the request is sent.
         *
         * @param value the value of {@code action_time}
         * @return this builder
         */
        public Builder actionTime(Instant value) {
            this.actionTime = value == null ? 0L : value.getEpochSecond();
            return this;
        }

        /**
         * Sets {@code action_type}, the node type (required).
         *
         * @param value the value of {@code action_type}
         * @return this builder
         */
        public Builder actionType(ActionType value) {
            this.actionType = value;
            return this;
        }

        /**
         * Sets {@code action_msg}, the text shown on the tracking page (required); write phone
         * numbers as plain 11 digits.
         *
         * @param value the value of {@code action_msg}
         * @return this builder
         */
        public Builder actionMsg(String value) {
            this.actionMsg = value;
            return this;
        }

        /**
         * The request with the fields set so far; unset fields are 0 or {@code null}. Never throws.
         *
         * @return the request with the fields set so far; unset fields are 0 or {@code null}
         */
        public UpdatePathRequest build() {
            return new UpdatePathRequest(token, waybillId, actionTime, actionType, actionMsg);
        }
    }
}
