package io.github.wxlogistics.model.intracity;

/**
 * One item in an order's cargo ({@code item_list} in addorder).
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_addorder">intracity_addorder</a>.
 *
 * @param itemName   the item's name
 * @param itemPicUrl a picture of the item
 * @param count      how many
 */
public record Item(String itemName, String itemPicUrl, Integer count) {

    /**
     * An item.
     *
     * @param itemName   the item's name
     * @param itemPicUrl a picture of the item, or {@code null}
     * @param count      how many
     * @return the item
     */
    public static Item of(String itemName, String itemPicUrl, int count) {
        return new Item(itemName, itemPicUrl, count);
    }
}
