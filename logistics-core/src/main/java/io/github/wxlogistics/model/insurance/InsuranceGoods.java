package io.github.wxlogistics.model.insurance;

/**
 * One product of an insured order ({@code product_info.goods_list[]}).
 *
 * @param name {@code name}: the product's name (required)
 * @param url  {@code url}: the product picture's URL (required)
 */
public record InsuranceGoods(String name, String url) {

    /**
     * A product.
     *
     * @param name the product's name
     * @param url  the product picture's URL
     * @return the product
     */
    public static InsuranceGoods of(String name, String url) {
        return new InsuranceGoods(name, url);
    }
}
