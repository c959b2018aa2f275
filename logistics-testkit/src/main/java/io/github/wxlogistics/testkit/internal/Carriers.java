package io.github.wxlogistics.testkit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fake's get_delivery_list: the carriers merchants ship with most, with the ids WeChat Pay's
 * shipping-info upload uses ({@code express_company}). The real list has about 1,500 entries.
 */
public final class Carriers {

    /** Carrier id to name, in the order get_delivery_list returns them. */
    public static final Map<String, String> ALL = table();

    private Carriers() {
    }

    private static Map<String, String> table() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("SF", "顺丰速运");
        m.put("YTO", "圆通速递");
        m.put("ZTO", "中通快递");
        m.put("STO", "申通快递");
        m.put("YD", "韵达速递");
        m.put("JTSD", "极兔速递");
        m.put("EMS", "EMS");
        m.put("YZPY", "邮政快递包裹");
        m.put("JD", "京东快递");
        m.put("DBL", "德邦快递");
        m.put("ZJS", "宅急送");
        m.put("HTKY", "百世快递");
        m.put("UC", "优速快递");
        m.put("ANE", "安能物流");
        m.put("KYSY", "跨越速运");
        m.put("ZTOKY", "中通快运");
        m.put("SX", "顺心捷达");
        m.put("DNWL", "丹鸟");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The carrier's name. */
    public static Optional<String> name(String deliveryId) {
        return Optional.ofNullable(ALL.get(deliveryId));
    }
}
