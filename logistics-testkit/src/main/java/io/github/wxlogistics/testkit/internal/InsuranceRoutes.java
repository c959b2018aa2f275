package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonObject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The paths of freight insurance, beside {@link FakeRoutes}' own table: operation name (WeChat's
 * {@code insurance_freight_*}) to path and method, and each operation's handler. open and query_open
 * are GET, as their pages say; the rest POST. All need an access token.
 */
public final class InsuranceRoutes {

    private static final String PREFIX = "/wxa/business/insurance_freight/";
    private static final String[] CALLS = {"open", "query_open", "createorder", "claim", "createchargeid", "applypay",
        "getpayorderlist", "refund", "getsummary", "getorderlist", "update_notify_funds"};

    /** Operation name to path, in WeChat's index order. */
    public static final Map<String, String> PATHS = paths();

    private static Map<String, String> paths() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String call : CALLS) {
            m.put("insurance_freight_" + call, PREFIX + call);
        }
        return Collections.unmodifiableMap(m);
    }

    private final InsuranceCalls calls;

    /** Routes to these calls. */
    public InsuranceRoutes(InsuranceCalls calls) {
        this.calls = calls;
    }

    /** The method of an operation: GET for open and query_open, else POST. */
    public static String method(String operation) {
        return operation.endsWith("_open") ? "GET" : "POST";
    }

    /** Each operation's handler, by operation name. */
    public Map<String, Function<FakeRoutes.Call, JsonObject>> handlers() {
        Map<String, Function<FakeRoutes.Call, JsonObject>> m = new LinkedHashMap<>();
        m.put("insurance_freight_open", c -> calls.open());
        m.put("insurance_freight_query_open", c -> calls.queryOpen());
        m.put("insurance_freight_createorder", c -> calls.createOrder(c.body()));
        m.put("insurance_freight_claim", c -> calls.claim(c.body()));
        m.put("insurance_freight_createchargeid", c -> calls.createChargeId(c.body()));
        m.put("insurance_freight_applypay", c -> calls.applyPay(c.body()));
        m.put("insurance_freight_getpayorderlist", c -> calls.payOrderList(c.body()));
        m.put("insurance_freight_refund", c -> calls.refund());
        m.put("insurance_freight_getsummary", c -> calls.summary(c.body()));
        m.put("insurance_freight_getorderlist", c -> calls.orderList(c.body()));
        m.put("insurance_freight_update_notify_funds", c -> calls.updateNotifyFunds(c.body()));
        return m;
    }
}
