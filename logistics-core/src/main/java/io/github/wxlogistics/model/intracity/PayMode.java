package io.github.wxlogistics.model.intracity;

import java.util.Objects;

/**
 * Whose balance pays for intracity orders ({@code pay_mode}): the store's own, the mini program's,
 * or the third-party platform's. Undocumented values still decode.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_setpaymode">intracity_setpaymode</a>.
 *
 * @param value the wire value, such as {@code PAY_MODE_STORE}
 */
public record PayMode(String value) {

    /** {@code PAY_MODE_STORE}: each store's own balance (the default). */
    public static final PayMode STORE = new PayMode("PAY_MODE_STORE");
    /** {@code PAY_MODE_APP}: the mini program's balance, shared by its stores. */
    public static final PayMode APP = new PayMode("PAY_MODE_APP");
    /** {@code PAY_MODE_COMPONENT}: the third-party platform's balance. */
    public static final PayMode COMPONENT = new PayMode("PAY_MODE_COMPONENT");

    /**
     * Checks the value is present.
     *
     * @param value the wire value
     */
    public PayMode {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The mode with this wire value, known or not.
     *
     * @param value the wire value
     * @return the mode
     */
    public static PayMode of(String value) {
        return new PayMode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
