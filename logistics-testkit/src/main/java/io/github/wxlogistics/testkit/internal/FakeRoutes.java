package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonObject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The WeChat paths the fake serves: each with its operation name (WeChat's name for the call,
 * such as {@code getOrder}), method, whether an access token is needed, and handler. The
 * testkit's own table: it does not use the core's internal endpoint catalogue.
 */
public final class FakeRoutes {

    private static final String B = "/cgi-bin/express/business/";
    private static final String D = "/cgi-bin/express/delivery/";
    private static final String I = "/cgi-bin/express/intracity/";
    private static final String COMPONENT = "/cgi-bin/component/";
    private static final java.util.List<String> INTRACITY_CALLS = java.util.List.of("apply", "createstore", "querystore", "updatestore", "storecharge", "storerefund", "queryflow", "balancequery",
            "preaddorder", "addorder", "queryorder", "cancelorder", "setpaymode", "getpaymode", "getcity", "mocknotify");

    /**
     * Operation name to path, in WeChat's documentation order: the 2 token endpoints, the 16 calls, then
     * the 16 intracity calls (named as WeChat names them, such as {@code intracity_addorder}).
     */
    private static final Map<String, String> PATHS = pathTable();

    private static Map<String, String> pathTable() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("getAccessToken", "/cgi-bin/token");
        m.put("getStableAccessToken", "/cgi-bin/stable_token");
        m.put("addOrder", B + "order/add");
        m.put("batchGetOrder", B + "order/batchget");
        m.put("cancelOrder", B + "order/cancel");
        m.put("getOrder", B + "order/get");
        m.put("getPath", B + "path/get");
        m.put("testUpdateOrder", B + "test_update_order");
        m.put("getAllAccount", B + "account/getall");
        m.put("bindAccount", B + "account/bind");
        m.put("getAllDelivery", B + "delivery/getall");
        m.put("getPrinter", B + "printer/getall");
        m.put("updatePrinter", B + "printer/update");
        m.put("getQuota", B + "quota/get");
        m.put("getContact", D + "contact/get");
        m.put("updatePath", D + "path/update");
        m.put("previewTemplate", D + "template/preview");
        m.put("updateBusiness", D + "service/business/update");
        for (String call : INTRACITY_CALLS) {
            m.put("intracity_" + call, I + call);
        }
        m.putAll(ComponentRoutes.PATHS);
        m.putAll(InsuranceRoutes.PATHS);
        m.put("api_component_token", COMPONENT + "api_component_token");
        m.put("api_create_preauthcode", COMPONENT + "api_create_preauthcode");
        m.put("api_query_auth", COMPONENT + "api_query_auth");
        m.put("api_authorizer_token", COMPONENT + "api_authorizer_token");
        return Collections.unmodifiableMap(m);
    }

    private static final Map<String, String> OPERATIONS = operationTable();

    private static Map<String, String> operationTable() {
        Map<String, String> m = new LinkedHashMap<>();
        PATHS.forEach((operation, path) -> m.put(path, operation));
        return Collections.unmodifiableMap(m);
    }

    /** A request as a handler sees it: the query parameters and, for POST, the parsed body. */
    public record Call(Map<String, String> query, JsonObject body) {
    }

    /** One served path: its operation, method, whether it needs a token, and its handler. */
    public record Served(String operation, String method, boolean needsToken, Function<Call, JsonObject> handler) {
    }

    private final Map<String, Served> byPath;

    /** The table wired to these call implementations. */
    public FakeRoutes(TokenCalls token, OrderCalls orders, AccountCalls accounts, CourierCalls courier,
            IntracityCalls intracity, ComponentRoutes components, InsuranceRoutes insurance) {
        this(token, orders, accounts, courier, intracity, components, insurance, null);
    }

    /**
     * The table wired to these call implementations and, when {@code platform} is not null, to the
     * open platform it plays ({@code /cgi-bin/component/...}; without one those calls get 40013).
     */
    public FakeRoutes(TokenCalls token, OrderCalls orders, AccountCalls accounts, CourierCalls courier,
            IntracityCalls intracity, ComponentRoutes components, InsuranceRoutes insurance,
            OpenPlatformState platform) {
        Map<String, Served> m = new LinkedHashMap<>();
        put(m, "getAccessToken", "GET", false, c -> token.classic(c.query()));
        put(m, "getStableAccessToken", "POST", false, c -> token.stable(c.body()));
        put(m, "addOrder", "POST", true, c -> orders.addOrder(c.body()));
        put(m, "batchGetOrder", "POST", true, c -> orders.batchGetOrder(c.body()));
        put(m, "cancelOrder", "POST", true, c -> orders.cancelOrder(c.body()));
        put(m, "getOrder", "POST", true, c -> orders.getOrder(c.body()));
        put(m, "getPath", "POST", true, c -> orders.getPath(c.body()));
        put(m, "testUpdateOrder", "POST", true, c -> orders.testUpdateOrder(c.body()));
        put(m, "getAllAccount", "GET", true, c -> accounts.getAllAccount());
        put(m, "bindAccount", "POST", true, c -> accounts.bindAccount(c.body()));
        put(m, "getAllDelivery", "GET", true, c -> accounts.getAllDelivery());
        put(m, "getPrinter", "GET", true, c -> accounts.getPrinter());
        put(m, "updatePrinter", "POST", true, c -> accounts.updatePrinter(c.body()));
        put(m, "getQuota", "POST", true, c -> accounts.getQuota(c.body()));
        put(m, "getContact", "POST", true, c -> courier.getContact(c.body()));
        put(m, "updatePath", "POST", true, c -> courier.updatePath(c.body()));
        put(m, "previewTemplate", "POST", true, c -> courier.previewTemplate(c.body()));
        put(m, "updateBusiness", "POST", true, c -> courier.updateBusiness(c.body()));
        put(m, "intracity_apply", "POST", true, c -> intracity.apply(c.body()));
        put(m, "intracity_createstore", "POST", true, c -> intracity.createStore(c.body()));
        put(m, "intracity_querystore", "POST", true, c -> intracity.queryStore(c.body()));
        put(m, "intracity_updatestore", "POST", true, c -> intracity.updateStore(c.body()));
        put(m, "intracity_storecharge", "POST", true, c -> intracity.storeCharge(c.body()));
        put(m, "intracity_storerefund", "POST", true, c -> intracity.storeRefund(c.body()));
        put(m, "intracity_queryflow", "POST", true, c -> intracity.queryFlow(c.body()));
        put(m, "intracity_balancequery", "POST", true, c -> intracity.balanceQuery(c.body()));
        put(m, "intracity_preaddorder", "POST", true, c -> intracity.preAddOrder(c.body()));
        put(m, "intracity_addorder", "POST", true, c -> intracity.addOrder(c.body()));
        put(m, "intracity_queryorder", "POST", true, c -> intracity.queryOrder(c.body()));
        put(m, "intracity_cancelorder", "POST", true, c -> intracity.cancelOrder(c.body()));
        put(m, "intracity_setpaymode", "POST", true, c -> intracity.setPayMode(c.body()));
        put(m, "intracity_getpaymode", "POST", true, c -> intracity.getPayMode(c.body()));
        put(m, "intracity_getcity", "POST", true, c -> intracity.getCity(c.body()));
        put(m, "intracity_mocknotify", "POST", true, c -> intracity.mockNotify(c.body()));
        components.handlers().forEach((operation, handler) -> put(m, operation, "POST", true, handler));
        insurance.handlers().forEach((operation, handler) -> put(m, operation, InsuranceRoutes.method(operation), true,
                handler));
        // The open platform's own calls carry component_access_token (or nothing), checked by the platform.
        put(m, "api_component_token", "POST", false, c -> open(platform).componentToken(c.body()));
        put(m, "api_create_preauthcode", "POST", false, c -> open(platform).preAuthCode(c.query(), c.body()));
        put(m, "api_query_auth", "POST", false, c -> open(platform).queryAuth(c.query(), c.body()));
        put(m, "api_authorizer_token", "POST", false, c -> open(platform).authorizerToken(c.query(), c.body()));
        if (!m.keySet().equals(OPERATIONS.keySet())) {
            throw new IllegalStateException("the route table and the operation table disagree");
        }
        byPath = Collections.unmodifiableMap(m);
    }

    private static OpenPlatformState open(OpenPlatformState platform) {
        if (platform == null) {
            throw ApiError.withHint(40013, "no third-party platform is registered with this fake");
        }
        return platform;
    }

    private static void put(Map<String, Served> m, String operation, String method, boolean needsToken,
            Function<Call, JsonObject> handler) {
        m.put(PATHS.get(operation), new Served(operation, method, needsToken, handler));
    }

    /** The route serving {@code path}. */
    public Optional<Served> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The operation served at {@code path}, such as {@code getOrder}; empty for a path the fake does not serve. */
    public static Optional<String> operationOf(String path) {
        return Optional.ofNullable(OPERATIONS.get(path));
    }

    /** The path of an operation, such as {@code /cgi-bin/express/business/order/get} for {@code getOrder}. */
    public static Optional<String> pathOf(String operation) {
        return Optional.ofNullable(PATHS.get(operation));
    }

    /** Every operation name with its path, tokens first, in WeChat's documentation order. */
    public static Map<String, String> paths() {
        return PATHS;
    }
}
