package io.github.wxlogistics.model;

import java.util.List;

/**
 * updatePrinter's request: binds or unbinds a waybill printer. Build it with {@link #builder()}:
 * two fields are Strings.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_updateprinter.html">updatePrinter</a>.
 *
 * @param openid     the printer's openid (required)
 * @param updateType bind or unbind (required)
 * @param tagidList  platform apps only: tag IDs separated by commas, no spaces, at most 10
 */
public record UpdatePrinterRequest(String openid, BindAction updateType, String tagidList) {

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
     * Builds {@link UpdatePrinterRequest}s field by field; setter names are the record's component
     * names. Not thread-safe. {@link #build()} checks nothing: the client validates the request when
     * it is sent and names the offending wire field.
     */
    public static final class Builder {

        private String openid;
        private BindAction updateType;
        private String tagidList;

        private Builder() {
        }

        private Builder(UpdatePrinterRequest r) {
            openid = r.openid;
            updateType = r.updateType;
            tagidList = r.tagidList;
        }

        /**
         * Sets {@code openid}, the printer's openid (required).
         *
         * @param value the value of {@code openid}
         * @return this builder
         */
        public Builder openid(String value) {
            this.openid = value;
            return this;
        }

        /**
         * Sets {@code update_type}: {@link BindAction#BIND} or {@link BindAction#UNBIND} (required).
         *
         * @param value the value of {@code update_type}
         * @return this builder
         */
        public Builder updateType(BindAction value) {
            this.updateType = value;
            return this;
        }

        /**
         * Sets {@code tagid_list} as the wire wants it: numeric tag IDs separated by commas, no
         * spaces, at most 10 (platform apps only); {@code null} sends none.
         *
         * @param commaSeparated the value of {@code tagid_list}
         * @return this builder
         */
        public Builder tagidList(String commaSeparated) {
            this.tagidList = commaSeparated;
            return this;
        }

        /**
         * Sets {@code tagid_list} from tag IDs, joined with commas; an empty list or {@code null}
         * sends none.
         *
         * @param tagids the value of {@code tagid_list}
         * @return this builder
         */
        public Builder tagidList(List<String> tagids) {
            this.tagidList = tagids == null || tagids.isEmpty() ? null : String.join(",", tagids);
            return this;
        }

        /**
         * The request with the fields set so far; unset fields are {@code null}. Never throws.
         *
         * @return the request with the fields set so far; unset fields are {@code null}
         */
        public UpdatePrinterRequest build() {
            return new UpdatePrinterRequest(openid, updateType, tagidList);
        }
    }
}
