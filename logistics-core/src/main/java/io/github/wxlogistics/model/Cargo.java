package io.github.wxlogistics.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * addOrder's {@code cargo}: what the courier carries. Weight and sizes are decimals, sent as
 * given (a {@link BigDecimal} keeps {@code 1.2} exact). Build it with {@link #builder()}: four
 * fields are BigDecimals.
 *
 * <p>Official page:
 * <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_addorder.html">addOrder</a>.
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

    /**
     * Copies {@code detailList}, reading {@code null} as empty.
     *
     * @param count number of parcels (positive)
     * @param weight total weight in kg (required)
     * @param spaceX length in cm (required)
     * @param spaceY width in cm (required)
     * @param spaceZ height in cm (required)
     * @param detailList the goods (at least one; WeChat rejects an empty list)
     */
    public Cargo {
        // Null elements are kept so validation can name them (detailList[i]) instead of an NPE here.
        detailList = detailList == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(detailList));
    }

    /**
     * A builder with {@code count} set to 1 and every other field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every field of this cargo, to change some of them.
     *
     * @return a builder holding this record's fields
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link Cargo}s field by field; setter names are the record's component names.
     * Not thread-safe. {@link #build()} checks nothing: the client validates the request when it is
     * sent and names the offending wire field (such as {@code cargo.space_x}).
     */
    public static final class Builder {

        private int count = 1;
        private BigDecimal weight;
        private BigDecimal spaceX;
        private BigDecimal spaceY;
        private BigDecimal spaceZ;
        private List<CargoDetail> detailList;

        private Builder() {
        }

        private Builder(Cargo c) {
            count = c.count;
            weight = c.weight;
            spaceX = c.spaceX;
            spaceY = c.spaceY;
            spaceZ = c.spaceZ;
            detailList = c.detailList;
        }

        /**
         * Sets {@code count}, the number of parcels (positive; 1 by default).
         *
         * @param value the value of {@code count}
         * @return this builder
         */
        public Builder count(int value) {
            this.count = value;
            return this;
        }

        /**
         * Sets {@code weight}, the total weight in kg (required).
         *
         * @param kg the value of {@code weight}
         * @return this builder
         */
        public Builder weight(BigDecimal kg) {
            this.weight = kg;
            return this;
        }

        /**
         * Sets {@code space_x}, the length in cm (required).
         *
         * @param cm the value of {@code space_x}
         * @return this builder
         */
        public Builder spaceX(BigDecimal cm) {
            this.spaceX = cm;
            return this;
        }

        /**
         * Sets {@code space_y}, the width in cm (required).
         *
         * @param cm the value of {@code space_y}
         * @return this builder
         */
        public Builder spaceY(BigDecimal cm) {
            this.spaceY = cm;
            return this;
        }

        /**
         * Sets {@code space_z}, the height in cm (required).
         *
         * @param cm the value of {@code space_z}
         * @return this builder
         */
        public Builder spaceZ(BigDecimal cm) {
            this.spaceZ = cm;
            return this;
        }

        /**
         * Sets {@code detail_list}, the goods (at least one); {@link #build()} copies the list.
         *
         * @param value the value of {@code detail_list}
         * @return this builder
         */
        public Builder detailList(List<CargoDetail> value) {
            this.detailList = value;
            return this;
        }

        /**
         * The cargo with the fields set so far; {@code count} defaults to 1, an unset
         * {@code detail_list} is empty, other unset fields are {@code null}. Never throws.
         *
         * @return the cargo with the fields set so far; {@code count} defaults to 1, an unset {@code
         *     detail_list} is empty, other unset fields are {@code null}
         */
        public Cargo build() {
            return new Cargo(count, weight, spaceX, spaceY, spaceZ, detailList);
        }
    }
}
