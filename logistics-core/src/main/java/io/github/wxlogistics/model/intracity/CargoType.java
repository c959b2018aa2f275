package io.github.wxlogistics.model.intracity;

/**
 * The kind of goods ({@code cargo_type}) of an intracity order. Undocumented values still decode.
 *
 * <p>Official list: the {@code cargo_type} table of
 * <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_addorder">intracity_addorder</a>.
 *
 * @param code the wire value
 */
public record CargoType(int code) {

    /** 1: fast food (快餐). */
    public static final CargoType FAST_FOOD = new CargoType(1);
    /** 2: medicine (药品). */
    public static final CargoType MEDICINE = new CargoType(2);
    /** 3: general merchandise (百货). */
    public static final CargoType GENERAL = new CargoType(3);
    /** 6: fresh food (生鲜). */
    public static final CargoType FRESH = new CargoType(6);
    /** 8: alcohol (酒品). */
    public static final CargoType ALCOHOL = new CargoType(8);
    /** 12: documents (文件). */
    public static final CargoType DOCUMENTS = new CargoType(12);
    /** 13: cake (蛋糕). */
    public static final CargoType CAKE = new CargoType(13);
    /** 14: flowers (鲜花). */
    public static final CargoType FLOWERS = new CargoType(14);
    /** 15: electronics (数码). */
    public static final CargoType ELECTRONICS = new CargoType(15);
    /** 16: clothing (服装). */
    public static final CargoType CLOTHING = new CargoType(16);
    /** 17: car parts (汽配). */
    public static final CargoType CAR_PARTS = new CargoType(17);
    /** 18: jewellery (珠宝). */
    public static final CargoType JEWELLERY = new CargoType(18);
    /** 32: drinks (饮料). */
    public static final CargoType DRINKS = new CargoType(32);
    /** 36: certificates (证照). */
    public static final CargoType CERTIFICATES = new CargoType(36);
    /** 55: pet supplies (宠物用品). */
    public static final CargoType PET_SUPPLIES = new CargoType(55);
    /** 56: mother and baby (母婴用品). */
    public static final CargoType MOTHER_AND_BABY = new CargoType(56);
    /** 57: cosmetics (美妆用品). */
    public static final CargoType COSMETICS = new CargoType(57);
    /** 58: home and building materials (家居建材). */
    public static final CargoType HOME = new CargoType(58);
    /** 99: other (其他). */
    public static final CargoType OTHER = new CargoType(99);

    private static final java.util.Set<Integer> KNOWN = java.util.Set.of(1, 2, 3, 6, 8, 12, 13, 14, 15, 16, 17, 18, 32,
            36, 55, 56, 57, 58, 99);

    /**
     * The type with this wire value, known or not.
     *
     * @param code the wire value
     * @return the type with this wire value
     */
    public static CargoType of(int code) {
        return new CargoType(code);
    }

    /**
     * Whether the value is one of the documented ones.
     *
     * @return whether the value is documented
     */
    public boolean isKnown() {
        return KNOWN.contains(code);
    }

    @Override
    public String toString() {
        return code + (isKnown() ? "" : " (unknown)");
    }
}
