package io.github.wxlogistics.model;

/**
 * One line of {@code cargo.detail_list}.
 *
 * @param name  the goods' name (required, at most 128 bytes)
 * @param count how many (positive)
 */
public record CargoDetail(String name, int count) {

    /** A goods line. */
    public static CargoDetail of(String name, int count) {
        return new CargoDetail(name, count);
    }
}
