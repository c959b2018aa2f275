package io.github.wxlogistics.model.insurance;

import java.util.List;

/**
 * createorder's {@code product_info}: the order page and its products.
 *
 * @param orderPath {@code order_path}: the mini program page of the order (required)
 * @param goodsList {@code goods_list}: the products (required, at least one); copied
 */
public record InsuranceProductInfo(String orderPath, List<InsuranceGoods> goodsList) {

    /**
     * Copies {@code goodsList} ({@code null} stays {@code null}, so validation can name it).
     *
     * @param orderPath {@code order_path}: the mini program page of the order (required)
     * @param goodsList {@code goods_list}: the products (required, at least one); copied
     */
    public InsuranceProductInfo {
        goodsList = goodsList == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(goodsList));
    }

    /**
     * The order page and its products.
     *
     * @param orderPath the order's page, such as {@code pages/order/detail?id=1}
     * @param goods     the products
     * @return the product info
     */
    public static InsuranceProductInfo of(String orderPath, InsuranceGoods... goods) {
        return new InsuranceProductInfo(orderPath, List.of(goods));
    }
}
