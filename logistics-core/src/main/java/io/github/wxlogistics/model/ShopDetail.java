package io.github.wxlogistics.model;

/**
 * One line of {@code shop.detail_list}, shown on the notification's landing page.
 *
 * @param goodsName   the goods' name
 * @param goodsImgUrl the goods' image URL
 * @param goodsDesc   the goods' description
 */
public record ShopDetail(String goodsName, String goodsImgUrl, String goodsDesc) {

    /** A goods line. */
    public static ShopDetail of(String goodsName, String goodsImgUrl, String goodsDesc) {
        return new ShopDetail(goodsName, goodsImgUrl, goodsDesc);
    }
}
