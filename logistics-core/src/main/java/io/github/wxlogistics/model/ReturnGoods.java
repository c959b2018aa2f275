package io.github.wxlogistics.model;

/**
 * One product of a return ({@code goods_list[]}).
 *
 * @param name {@code name}: the product name (required)
 * @param url  {@code url}: the product picture's URL (required)
 */
public record ReturnGoods(String name, String url) {

    /**
     * A product.
     *
     * @param name the product name
     * @param url  the picture's URL
     * @return the product
     */
    public static ReturnGoods of(String name, String url) {
        return new ReturnGoods(name, url);
    }
}
