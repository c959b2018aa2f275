package io.github.wxlogistics.model;

import java.util.List;
import java.util.Objects;

/**
 * previewTemplate's request (courier side): renders a waybill template with an order's data.
 * Build it with {@link #builder()}: three fields are Strings.
 *
 * <p>Official page:
 * <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-provider/api_previewtemplate.html">previewTemplate</a>.
 *
 * @param waybillId       the waybill ID (required)
 * @param waybillTemplate the HTML template, Base64-encoded (required)
 * @param waybillData     the {@code ##key##value##} string a courier answers add_waybill with (required)
 * @param custom          a full addOrder request whose fields the template reads as {@code custom.*} (required)
 */
public record PreviewTemplateRequest(String waybillId, String waybillTemplate, String waybillData,
        AddOrderRequest custom) {

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
     * Formats entries as the {@code waybill_data} string: {@code ##key##value##key##value##}.
     *
     * @param entries the key-value pairs, in order
     * @return the pairs as one {@code waybill_data} string
     * @throws IllegalArgumentException if an entry, key or value is null, a key is empty, or a key
     *     or value contains {@code #}, which would shift the pairs
     */
    public static String formatWaybillData(List<WaybillData> entries) {
        StringBuilder out = new StringBuilder("##");
        int i = 0;
        for (WaybillData entry : Objects.requireNonNull(entries, "entries")) {
            if (entry == null || entry.key() == null || entry.value() == null || entry.key().isEmpty()) {
                throw new IllegalArgumentException("waybill_data entry " + i + " needs a non-empty key and a value");
            }
            if (entry.key().indexOf('#') >= 0 || entry.value().indexOf('#') >= 0) {
                throw new IllegalArgumentException("waybill_data entry " + entry.key() + " contains #");
            }
            out.append(entry.key()).append("##").append(entry.value()).append("##");
            i++;
        }
        return out.toString();
    }

    /**
     * Builds {@link PreviewTemplateRequest}s field by field; setter names are the record's component
     * names. Not thread-safe. {@link #build()} checks nothing: the client validates the request when
     * it is sent and names the offending wire field.
     */
    public static final class Builder {

        private String waybillId;
        private String waybillTemplate;
        private String waybillData;
        private AddOrderRequest custom;

        private Builder() {
        }

        private Builder(PreviewTemplateRequest r) {
            waybillId = r.waybillId;
            waybillTemplate = r.waybillTemplate;
            waybillData = r.waybillData;
            custom = r.custom;
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
         * Sets {@code waybill_template}, the HTML template Base64-encoded (required).
         *
         * @param base64 the value of {@code waybill_template}
         * @return this builder
         */
        public Builder waybillTemplate(String base64) {
            this.waybillTemplate = base64;
            return this;
        }

        /**
         * Sets {@code waybill_data}, the {@code ##key##value##} string (required); see
         * {@link PreviewTemplateRequest#formatWaybillData(List)}.
         *
         * @param value the value of {@code waybill_data}
         * @return this builder
         */
        public Builder waybillData(String value) {
            this.waybillData = value;
            return this;
        }

        /**
         * Sets {@code custom}, the addOrder request whose fields the template reads as
         * {@code custom.*} (required).
         *
         * @param value the value of {@code custom}
         * @return this builder
         */
        public Builder custom(AddOrderRequest value) {
            this.custom = value;
            return this;
        }

        /**
         * The request with the fields set so far; unset fields are {@code null}. Never throws.
         *
         * @return the request with the fields set so far; unset fields are {@code null}
         */
        public PreviewTemplateRequest build() {
            return new PreviewTemplateRequest(waybillId, waybillTemplate, waybillData, custom);
        }
    }
}
