package io.github.wxlogistics.model;

import java.util.List;

/**
 * addOrder's {@code shop}: what the buyer's notification and the waybill show. Give either
 * {@code detail_list} or all of {@code img_url}, {@code goods_name} and {@code goods_count}.
 * Build it with {@link #builder()} (three fields are Strings), or with {@link #ofDetails(List)}
 * for the recommended line-by-line form.
 *
 * <p>Official page:
 * <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_addorder.html">addOrder</a>.
 *
 * @param wxaPath    the merchant mini program page to open, ideally the order page
 * @param imgUrl     goods thumbnail URL; required without {@code detail_list}
 * @param goodsName  goods name (at most 128 UTF-8 bytes); required without {@code detail_list}
 * @param goodsCount goods count; required (positive) without {@code detail_list}
 * @param detailList the goods, one line each; {@code null} when not given
 */
public record Shop(String wxaPath, String imgUrl, String goodsName, Integer goodsCount, List<ShopDetail> detailList) {

    /**
     * Copies {@code detailList}; {@code null} stays {@code null} so that nothing is sent.
     *
     * @param wxaPath the merchant mini program page to open, ideally the order page
     * @param imgUrl goods thumbnail URL; required without {@code detail_list}
     * @param goodsName goods name (at most 128 UTF-8 bytes); required without {@code detail_list}
     * @param goodsCount goods count; required (positive) without {@code detail_list}
     * @param detailList the goods, one line each; {@code null} when not given
     */
    public Shop {
        // Null elements are kept so validation can name them (detailList[i]) instead of an NPE here.
        detailList = detailList == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(detailList));
    }

    /**
     * A shop block listing the goods line by line (the recommended form); other fields unset.
     *
     * @param detailList the goods, one line each; {@code null} when not given
     * @return a shop block listing the goods line by line (the recommended form); other fields unset
     */
    public static Shop ofDetails(List<ShopDetail> detailList) {
        return new Shop(null, null, null, null, detailList);
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
     * A builder holding every field of this shop block, to change some of them.
     *
     * @return a builder holding this record's fields
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link Shop}s field by field; setter names are the record's component names.
     * Not thread-safe. {@link #build()} checks nothing: the client validates the request when it is
     * sent and names the offending wire field (such as {@code shop.goods_name}).
     */
    public static final class Builder {

        private String wxaPath;
        private String imgUrl;
        private String goodsName;
        private Integer goodsCount;
        private List<ShopDetail> detailList;

        private Builder() {
        }

        private Builder(Shop s) {
            wxaPath = s.wxaPath;
            imgUrl = s.imgUrl;
            goodsName = s.goodsName;
            goodsCount = s.goodsCount;
            detailList = s.detailList;
        }

        /**
         * Sets {@code wxa_path}, the merchant mini program page to open, ideally the order page.
         *
         * @param value the value of {@code wxa_path}
         * @return this builder
         */
        public Builder wxaPath(String value) {
            this.wxaPath = value;
            return this;
        }

        /**
         * Sets {@code img_url}, the goods thumbnail URL; required without {@code detail_list}.
         *
         * @param value the value of {@code img_url}
         * @return this builder
         */
        public Builder imgUrl(String value) {
            this.imgUrl = value;
            return this;
        }

        /**
         * Sets {@code goods_name} (at most 128 UTF-8 bytes); required without {@code detail_list}.
         *
         * @param value the value of {@code goods_name}
         * @return this builder
         */
        public Builder goodsName(String value) {
            this.goodsName = value;
            return this;
        }

        /**
         * Sets {@code goods_count} (positive); required without {@code detail_list}.
         *
         * @param value the value of {@code goods_count}
         * @return this builder
         */
        public Builder goodsCount(Integer value) {
            this.goodsCount = value;
            return this;
        }

        /**
         * Sets {@code detail_list}, the goods one line each; {@link #build()} copies the list.
         *
         * @param value the value of {@code detail_list}
         * @return this builder
         */
        public Builder detailList(List<ShopDetail> value) {
            this.detailList = value;
            return this;
        }

        /**
         * The shop block with the fields set so far; unset fields are {@code null}. Never throws.
         *
         * @return the shop block with the fields set so far; unset fields are {@code null}
         */
        public Shop build() {
            return new Shop(wxaPath, imgUrl, goodsName, goodsCount, detailList);
        }
    }
}
