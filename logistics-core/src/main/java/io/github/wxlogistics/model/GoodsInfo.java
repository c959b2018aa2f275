package io.github.wxlogistics.model;

import java.util.List;

/**
 * {@code goods_info}: the products of a traced waybill. WeChat's field table types
 * {@code detail_list} as an object, but its samples and every reply seen send an array; it is an
 * array here, both ways.
 *
 * @param detailList {@code detail_list}: the products, at least one
 */
public record GoodsInfo(List<GoodsDetail> detailList) {

    /**
     * Copies {@code detailList}; {@code null} stays {@code null} so validation can name it.
     *
     * @param detailList the products
     */
    public GoodsInfo {
        detailList = detailList == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(detailList));
    }

    /**
     * Goods made of these products.
     *
     * @param products the products, at least one
     * @return the goods
     */
    public static GoodsInfo of(GoodsDetail... products) {
        return new GoodsInfo(List.of(products));
    }
}
