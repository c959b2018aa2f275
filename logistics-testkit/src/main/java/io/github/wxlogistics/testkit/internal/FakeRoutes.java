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

    /** Operation name to path, in WeChat's documentation order: the 2 token endpoints, then the 16 calls. */
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
        m.putAll(ComponentRoutes.PATHS);
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
            ComponentRoutes components) {
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
        components.handlers().forEach((operation, handler) -> put(m, operation, "POST", true, handler));
        if (!m.keySet().equals(OPERATIONS.keySet())) {
            throw new IllegalStateException("the route table and the operation table disagree");
        }
        byPath = Collections.unmodifiableMap(m);
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
