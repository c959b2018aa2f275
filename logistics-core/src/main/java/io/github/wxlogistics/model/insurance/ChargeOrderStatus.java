package io.github.wxlogistics.model.insurance;

/**
 * A charge order's status ({@code order_status}, and the values of getpayorderlist's
 * {@code status_list}): 1 awaiting payment, 2 paid, 3 in use, 4 used up, 5 refunding, 6 refunded,
 * 10 payment timed out. Undocumented values still decode.
 *
 * @param code the wire value
 */
public record ChargeOrderStatus(int code) {

    /** 1: awaiting payment (待支付). */
    public static final ChargeOrderStatus AWAITING_PAYMENT = new ChargeOrderStatus(1);
    /** 2: paid (支付成功). */
    public static final ChargeOrderStatus PAID = new ChargeOrderStatus(2);
    /** 3: in use (使用中). */
    public static final ChargeOrderStatus IN_USE = new ChargeOrderStatus(3);
    /** 4: used up (已用完). */
    public static final ChargeOrderStatus USED_UP = new ChargeOrderStatus(4);
    /** 5: being refunded (退款中). */
    public static final ChargeOrderStatus REFUNDING = new ChargeOrderStatus(5);
    /** 6: refunded (已退款). */
    public static final ChargeOrderStatus REFUNDED = new ChargeOrderStatus(6);
    /** 10: payment timed out (支付超时). */
    public static final ChargeOrderStatus PAYMENT_TIMED_OUT = new ChargeOrderStatus(10);

    /**
     * The status with this wire value, known or not.
     *
     * @param code the wire value
     * @return the status
     */
    public static ChargeOrderStatus of(int code) {
        return new ChargeOrderStatus(code);
    }

    @Override
    public String toString() {
        String name = switch (code) {
            case 1 -> "awaiting payment";
            case 2 -> "paid";
            case 3 -> "in use";
            case 4 -> "used up";
            case 5 -> "refunding";
            case 6 -> "refunded";
            case 10 -> "payment timed out";
            default -> "unknown";
        };
        return code + " (" + name + ")";
    }
}
