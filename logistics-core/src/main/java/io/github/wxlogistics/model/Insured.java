package io.github.wxlogistics.model;

/**
 * addOrder's {@code insured}: build it with {@link #none()} or {@link #of(long)}.
 *
 * <p>Official page:
 * <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_addorder.html">addOrder</a>.
 *
 * @param useInsured   0 no insurance, 1 insured
 * @param insuredValue declared value in fen (10000 = 100 CNY)
 */
public record Insured(int useInsured, long insuredValue) {

    /**
     * No insurance.
     *
     * @return {@code use_insured} 0 with no value
     */
    public static Insured none() {
        return new Insured(0, 0);
    }

    /**
     * Insured for this value in fen.
     *
     * @param valueInFen the declared value in fen (10000 = 100 CNY)
     * @return {@code use_insured} 1 with this value
     */
    public static Insured of(long valueInFen) {
        return new Insured(1, valueInFen);
    }
}
