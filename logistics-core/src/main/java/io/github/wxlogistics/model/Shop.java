package io.github.wxlogistics.model;

import java.util.List;

/**
 * addOrder's {@code shop}: what the buyer's notification and the waybill show. Give either
 * {@code detail_list} or all of {@code img_url}, {@code goods_name} and {@code goods_count}.
 *
 * @param wxaPath    the merchant mini program page to open, ideally the order page
 * @param imgUrl     goods thumbnail URL; required without {@code detail_list}
 * @param goodsName  goods name (at most 128 bytes); required without {@code detail_list}
 * @param goodsCount goods count; required (positive) without {@code detail_list}
 * @param detailList the goods, one line each; {@code null} when not given
 */
public record Shop(String wxaPath, String imgUrl, String goodsName, Integer goodsCount, List<ShopDetail> detailList) {

    /** Copies {@code detailList}; {@code null} stays {@code null} so that nothing is sent. */
    public Shop {
        // Null elements are kept so validation can name them (detailList[i]) instead of an NPE here.
        detailList = detailList == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(detailList));
    }

    /** A shop block with one thumbnail, name and count. */
    public static Shop of(String imgUrl, String goodsName, int goodsCount) {
        return new Shop(null, imgUrl, goodsName, goodsCount, null);
    }

    /** A shop block listing the goods line by line (the recommended form). */
    public static Shop ofDetails(List<ShopDetail> detailList) {
        return new Shop(null, null, null, null, detailList);
    }

    /** This shop block with the mini program page to open. */
    public Shop withWxaPath(String value) {
        return new Shop(value, imgUrl, goodsName, goodsCount, detailList);
    }
}
