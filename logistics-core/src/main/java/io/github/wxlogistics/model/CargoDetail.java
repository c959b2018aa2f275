package io.github.wxlogistics.model;

/**
 * One line of {@code cargo.detail_list}. Its two fields have different types, so
 * {@link #of(String, int)} cannot swap them.
 *
 * <p>Official page:
 * <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_addorder.html">addOrder</a>.
 *
 * @param name  the goods' name (required, at most 128 UTF-8 bytes)
 * @param count how many (positive)
 */
public record CargoDetail(String name, int count) {

    /**
     * A goods line: {@code count} of the goods called {@code name}.
     *
     * @param name the goods' name (required, at most 128 UTF-8 bytes)
     * @param count how many (positive)
     * @return a goods line: {@code count} of the goods called {@code name}
     */
    public static CargoDetail of(String name, int count) {
        return new CargoDetail(name, count);
    }
}
