package io.github.wxlogistics.model;

/**
 * One line of {@code shop.detail_list}, shown on the notification's landing page. Build it with
 * {@link #builder()}: all three fields are Strings.
 *
 * <p>Official page:
 * <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_addorder.html">addOrder</a>.
 *
 * @param goodsName   the goods' name
 * @param goodsImgUrl the goods' image URL
 * @param goodsDesc   the goods' description
 */
public record ShopDetail(String goodsName, String goodsImgUrl, String goodsDesc) {

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every field of this line, to change some of them.
     *
     * @return a builder holding this record's fields
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link ShopDetail}s field by field; setter names are the record's component names.
     * Not thread-safe. {@link #build()} checks nothing: the client validates the request when it is
     * sent.
     */
    public static final class Builder {

        private String goodsName;
        private String goodsImgUrl;
        private String goodsDesc;

        private Builder() {
        }

        private Builder(ShopDetail d) {
            goodsName = d.goodsName;
            goodsImgUrl = d.goodsImgUrl;
            goodsDesc = d.goodsDesc;
        }

        /**
         * Sets {@code goods_name}, the goods' name.
         *
         * @param value the value of {@code goods_name}
         * @return this builder
         */
        public Builder goodsName(String value) {
            this.goodsName = value;
            return this;
        }

        /**
         * Sets {@code goods_img_url}, the goods' image URL.
         *
         * @param value the value of {@code goods_img_url}
         * @return this builder
         */
        public Builder goodsImgUrl(String value) {
            this.goodsImgUrl = value;
            return this;
        }

        /**
         * Sets {@code goods_desc}, the goods' description.
         *
         * @param value the value of {@code goods_desc}
         * @return this builder
         */
        public Builder goodsDesc(String value) {
            this.goodsDesc = value;
            return this;
        }

        /**
         * The line with the fields set so far; unset fields are {@code null}. Never throws.
         *
         * @return the line with the fields set so far; unset fields are {@code null}
         */
        public ShopDetail build() {
            return new ShopDetail(goodsName, goodsImgUrl, goodsDesc);
        }
    }
}
