package io.github.wxlogistics.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * addOrder's {@code cargo}: what the courier carries. Weight and sizes are decimals, sent as
 * given (a {@link BigDecimal} keeps {@code 1.2} exact).
 *
 * @param count      number of parcels (positive)
 * @param weight     total weight in kg (required)
 * @param spaceX     length in cm (required)
 * @param spaceY     width in cm (required)
 * @param spaceZ     height in cm (required)
 * @param detailList the goods (at least one; WeChat rejects an empty list)
 */
public record Cargo(int count, BigDecimal weight, BigDecimal spaceX, BigDecimal spaceY, BigDecimal spaceZ,
        List<CargoDetail> detailList) {

    /** Copies {@code detailList}, reading {@code null} as empty. */
    public Cargo {
        // Null elements are kept so validation can name them (detailList[i]) instead of an NPE here.
        detailList = detailList == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(detailList));
    }

    /** One parcel of this weight and size holding these goods. */
    public static Cargo of(BigDecimal weight, BigDecimal spaceX, BigDecimal spaceY, BigDecimal spaceZ,
            List<CargoDetail> detailList) {
        return new Cargo(1, weight, spaceX, spaceY, spaceZ, detailList);
    }

    /** This cargo split into {@code value} parcels. */
    public Cargo withCount(int value) {
        return new Cargo(value, weight, spaceX, spaceY, spaceZ, detailList);
    }
}
