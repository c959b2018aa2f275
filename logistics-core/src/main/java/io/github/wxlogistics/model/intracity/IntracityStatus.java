package io.github.wxlogistics.model.intracity;

/**
 * An intracity order's {@code order_status} (also a flow's {@code delivery_status}): 10000 created,
 * 20000 cancelled by the merchant, 20001 cancelled by the carrier, 30000 a rider took it, 40000 the
 * rider is at the store, 50000 on the way, 60000 the rider gave it back, 70000 delivered, 90000
 * delivery failed. Undocumented values still decode.
 *
 * <p>Official list: the "订单状态列表" of
 * <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_mocknotify">intracity_mocknotify</a>.
 *
 * @param code the wire value
 */
public record IntracityStatus(int code) {

    /** 10000: the order was created. */
    public static final IntracityStatus CREATED = new IntracityStatus(10000);
    /** 20000: the merchant cancelled the order. */
    public static final IntracityStatus CANCELLED_BY_MERCHANT = new IntracityStatus(20000);
    /** 20001: the carrier cancelled the order. */
    public static final IntracityStatus CANCELLED_BY_CARRIER = new IntracityStatus(20001);
    /** 30000: a rider took the order. */
    public static final IntracityStatus ACCEPTED = new IntracityStatus(30000);
    /** 40000: the rider arrived at the store. */
    public static final IntracityStatus ARRIVED_AT_STORE = new IntracityStatus(40000);
    /** 50000: the rider picked the goods up and is on the way. */
    public static final IntracityStatus DELIVERING = new IntracityStatus(50000);
    /** 60000: the rider gave the order back. */
    public static final IntracityStatus WITHDRAWN_BY_RIDER = new IntracityStatus(60000);
    /** 70000: delivered. */
    public static final IntracityStatus DELIVERED = new IntracityStatus(70000);
    /** 90000: the delivery failed. */
    public static final IntracityStatus FAILED = new IntracityStatus(90000);

    /**
     * The status with this wire value, known or not.
     *
     * @param code the wire value
     * @return the status with this wire value, known or not
     */
    public static IntracityStatus of(int code) {
        return new IntracityStatus(code);
    }

    /**
     * Whether the value is one of the nine documented ones.
     *
     * @return whether the value is documented
     */
    public boolean isKnown() {
        return !name().isEmpty();
    }

    /**
     * Whether the order will not move any more: cancelled (20000, 20001), delivered (70000) or failed (90000).
     *
     * @return whether the status is final
     */
    public boolean isFinal() {
        return code == 20000 || code == 20001 || code == 70000 || code == 90000;
    }

    private String name() {
        return switch (code) {
            case 10000 -> "created";
            case 20000 -> "cancelled by the merchant";
            case 20001 -> "cancelled by the carrier";
            case 30000 -> "accepted by a rider";
            case 40000 -> "rider at the store";
            case 50000 -> "on the way";
            case 60000 -> "withdrawn by the rider";
            case 70000 -> "delivered";
            case 90000 -> "failed";
            default -> "";
        };
    }

    @Override
    public String toString() {
        String name = name();
        return code + (name.isEmpty() ? " (unknown)" : " (" + name + ")");
    }
}
