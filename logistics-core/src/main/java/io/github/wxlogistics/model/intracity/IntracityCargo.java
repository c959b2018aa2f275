package io.github.wxlogistics.model.intracity;

import java.util.List;

/**
 * The goods of an intracity order ({@code cargo} in preaddorder and addorder). Weight in grams,
 * price in fen.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_addorder">intracity_addorder</a>.
 *
 * @param cargoName   what is carried (required)
 * @param cargoWeight the weight in grams (required, positive)
 * @param cargoPrice  the value in fen (required, not negative)
 * @param cargoType   the kind of goods (required)
 * @param cargoNum    how many pieces (required, positive)
 * @param itemList    the items, shown to the rider (addorder only)
 */
public record IntracityCargo(String cargoName, Long cargoWeight, Long cargoPrice, CargoType cargoType,
        Integer cargoNum, List<Item> itemList) {

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every field of this record, to change some of them.
     *
     * @return a builder holding this record's fields
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link IntracityCargo}s field by field; setter names are the record's component names.
     * Not thread-safe. {@link #build()} checks nothing: the client validates the request when it is
     * sent and names the offending wire field.
     */
    public static final class Builder {
        private String cargoName;
        private Long cargoWeight;
        private Long cargoPrice;
        private CargoType cargoType;
        private Integer cargoNum;
        private List<Item> itemList;

        private Builder() {
        }

        private Builder(IntracityCargo r) {
            cargoName = r.cargoName;
            cargoWeight = r.cargoWeight;
            cargoPrice = r.cargoPrice;
            cargoType = r.cargoType;
            cargoNum = r.cargoNum;
            itemList = r.itemList;
        }

        /**
         * Sets {@code cargo_name}: what is carried (required).
         *
         * @param value the value of {@code cargo_name}
         * @return this builder
         */
        public Builder cargoName(String value) {
            this.cargoName = value;
            return this;
        }

        /**
         * Sets {@code cargo_weight}: the weight in grams (required, positive).
         *
         * @param value the value of {@code cargo_weight}
         * @return this builder
         */
        public Builder cargoWeight(Long value) {
            this.cargoWeight = value;
            return this;
        }

        /**
         * Sets {@code cargo_price}: the value in fen (required, not negative).
         *
         * @param value the value of {@code cargo_price}
         * @return this builder
         */
        public Builder cargoPrice(Long value) {
            this.cargoPrice = value;
            return this;
        }

        /**
         * Sets {@code cargo_type}: the kind of goods (required).
         *
         * @param value the value of {@code cargo_type}
         * @return this builder
         */
        public Builder cargoType(CargoType value) {
            this.cargoType = value;
            return this;
        }

        /**
         * Sets {@code cargo_num}: how many pieces (required, positive).
         *
         * @param value the value of {@code cargo_num}
         * @return this builder
         */
        public Builder cargoNum(Integer value) {
            this.cargoNum = value;
            return this;
        }

        /**
         * Sets {@code item_list}: the items, shown to the rider (addorder only).
         *
         * @param value the value of {@code item_list}
         * @return this builder
         */
        public Builder itemList(List<Item> value) {
            this.itemList = value;
            return this;
        }

        /**
         * The record with the fields set so far; unset fields are {@code null}. Never throws.
         *
         * @return the record with the fields set so far
         */
        public IntracityCargo build() {
            return new IntracityCargo(cargoName, cargoWeight, cargoPrice, cargoType, cargoNum, itemList);
        }
    }
}
