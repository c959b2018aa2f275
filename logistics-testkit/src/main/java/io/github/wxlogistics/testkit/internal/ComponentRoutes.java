package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonObject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The paths of the tracking, message and return components, beside {@link FakeRoutes}' own table:
 * operation name to path, and each operation's handler. All POST, all with an access token.
 */
public final class ComponentRoutes {

    private static final String OPEN_MSG = "/cgi-bin/express/delivery/open_msg/";
    private static final String CURRENT = "/cgi-bin/express/delivery/no_worry_return/";
    private static final String LEGACY = "/cgi-bin/express/delivery/return/";

    /** Operation name to path, in WeChat's documentation order. */
    public static final Map<String, String> PATHS = paths();

    private static Map<String, String> paths() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("traceWaybill", OPEN_MSG + "trace_waybill");
        m.put("queryTrace", OPEN_MSG + "query_trace");
        m.put("updateWaybillGoods", OPEN_MSG + "update_waybill_goods");
        m.put("getDeliveryList", OPEN_MSG + "get_delivery_list");
        m.put("followWaybill", OPEN_MSG + "follow_waybill");
        m.put("queryFollowTrace", OPEN_MSG + "query_follow_trace");
        m.put("updateFollowWaybillGoods", OPEN_MSG + "update_follow_waybill_goods");
        m.put("addReturnId", CURRENT + "add");
        m.put("getReturnId", CURRENT + "get");
        m.put("unbindReturnId", CURRENT + "unbind");
        m.put("addReturn", LEGACY + "add");
        m.put("getReturn", LEGACY + "get");
        m.put("unbindReturn", LEGACY + "unbind");
        m.put("applyMsgPlugin", OPEN_MSG + "open_openmsg");
        m.put("applyQueryPlugin", OPEN_MSG + "open_query_plugin");
        m.put("applyReturnPlugin", LEGACY + "open_return");
        return Collections.unmodifiableMap(m);
    }

    private final TrackingCalls tracking;
    private final ReturnCalls returns;
    private final OpenPlatformState platform;

    /** Routes to these calls, without an open platform (every "apply to open" call gets 933004). */
    public ComponentRoutes(TrackingCalls tracking, ReturnCalls returns) {
        this(tracking, returns, null);
    }

    /** Routes to these calls; the "apply to open" calls are served for {@code platform}'s merchants (may be null). */
    public ComponentRoutes(TrackingCalls tracking, ReturnCalls returns, OpenPlatformState platform) {
        this.tracking = tracking;
        this.returns = returns;
        this.platform = platform;
    }

    /** Each operation's handler, by operation name. */
    public Map<String, Function<FakeRoutes.Call, JsonObject>> handlers() {
        Map<String, Function<FakeRoutes.Call, JsonObject>> m = new LinkedHashMap<>();
        m.put("traceWaybill", c -> tracking.traceWaybill(c.body(), "query"));
        m.put("queryTrace", c -> tracking.queryTrace(c.body(), "query"));
        m.put("updateWaybillGoods", c -> tracking.updateWaybillGoods(c.body(), "query"));
        m.put("getDeliveryList", c -> tracking.getDeliveryList());
        m.put("followWaybill", c -> tracking.traceWaybill(c.body(), "msg"));
        m.put("queryFollowTrace", c -> tracking.queryTrace(c.body(), "msg"));
        m.put("updateFollowWaybillGoods", c -> tracking.updateWaybillGoods(c.body(), "msg"));
        m.put("addReturnId", c -> returns.add(c.body(), ReturnCalls.CURRENT));
        m.put("getReturnId", c -> returns.get(c.body(), ReturnCalls.CURRENT));
        m.put("unbindReturnId", c -> returns.unbind(c.body(), ReturnCalls.CURRENT));
        m.put("addReturn", c -> returns.add(c.body(), ReturnCalls.LEGACY));
        m.put("getReturn", c -> returns.get(c.body(), ReturnCalls.LEGACY));
        m.put("unbindReturn", c -> returns.unbind(c.body(), ReturnCalls.LEGACY));
        for (String apply : java.util.List.of("applyMsgPlugin", "applyQueryPlugin", "applyReturnPlugin")) {
            // Only a service provider's authorizer token may apply: the mini program's own token gets 933004.
            m.put(apply, c -> {
                if (platform == null) {
                    throw ApiError.of(933004);
                }
                return platform.applyPlugin(c.query().get("access_token"), apply);
            });
        }
        return m;
    }
}
