package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Optional;

/** The table of WeChat paths the fake serves: method, whether an access token is needed, handler. */
public final class Endpoints {

    /** A request as a handler sees it: the query parameters and, for POST, the parsed body. */
    public record Call(Map<String, String> query, JsonObject body) {
    }

    /** One served path. */
    public record Endpoint(String method, boolean needsToken, java.util.function.Function<Call, JsonObject> handler) {
    }

    private final Map<String, Endpoint> byPath;

    /** The table wired to these call implementations. */
    public Endpoints(TokenCalls token, OrderCalls orders, AccountCalls accounts, CourierCalls courier) {
        String b = "/cgi-bin/express/business/";
        String d = "/cgi-bin/express/delivery/";
        byPath = Map.ofEntries(
                Map.entry("/cgi-bin/token", new Endpoint("GET", false, c -> token.classic(c.query()))),
                Map.entry("/cgi-bin/stable_token", new Endpoint("POST", false, c -> token.stable(c.body()))),
                Map.entry(b + "order/add", post(c -> orders.addOrder(c.body()))),
                Map.entry(b + "order/batchget", post(c -> orders.batchGetOrder(c.body()))),
                Map.entry(b + "order/cancel", post(c -> orders.cancelOrder(c.body()))),
                Map.entry(b + "order/get", post(c -> orders.getOrder(c.body()))),
                Map.entry(b + "path/get", post(c -> orders.getPath(c.body()))),
                Map.entry(b + "test_update_order", post(c -> orders.testUpdateOrder(c.body()))),
                Map.entry(b + "account/getall", get(c -> accounts.getAllAccount())),
                Map.entry(b + "account/bind", post(c -> accounts.bindAccount(c.body()))),
                Map.entry(b + "delivery/getall", get(c -> accounts.getAllDelivery())),
                Map.entry(b + "printer/getall", get(c -> accounts.getPrinter())),
                Map.entry(b + "printer/update", post(c -> accounts.updatePrinter(c.body()))),
                Map.entry(b + "quota/get", post(c -> accounts.getQuota(c.body()))),
                Map.entry(d + "contact/get", post(c -> courier.getContact(c.body()))),
                Map.entry(d + "path/update", post(c -> courier.updatePath(c.body()))),
                Map.entry(d + "template/preview", post(c -> courier.previewTemplate(c.body()))),
                Map.entry(d + "service/business/update", post(c -> courier.updateBusiness(c.body()))));
    }

    private static Endpoint post(java.util.function.Function<Call, JsonObject> handler) {
        return new Endpoint("POST", true, handler);
    }

    private static Endpoint get(java.util.function.Function<Call, JsonObject> handler) {
        return new Endpoint("GET", true, handler);
    }

    /** The endpoint serving {@code path}. */
    public Optional<Endpoint> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }
}
