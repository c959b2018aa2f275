package io.github.wxlogistics.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.AsyncLogisticsClient;
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.RetryPolicy;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.model.AddReturnRequest;
import io.github.wxlogistics.model.GetReturnResponse;
import io.github.wxlogistics.model.GoodsDetail;
import io.github.wxlogistics.model.GoodsInfo;
import io.github.wxlogistics.model.QueryTraceRequest;
import io.github.wxlogistics.model.QueryTraceResponse;
import io.github.wxlogistics.model.ReturnIdRequest;
import io.github.wxlogistics.model.ReturnMethod;
import io.github.wxlogistics.model.ReturnOrderStatus;
import io.github.wxlogistics.model.TraceStatus;
import io.github.wxlogistics.model.UpdateWaybillGoodsRequest;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.RecordedRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tracking, message and return components over a transport, against the fake server on a real
 * socket: each family's whole flow, blocking and async, and on every call the method, path and body
 * that reached the server. An adapter module runs it through a subclass that implements
 * {@link #createTransport()}; Vert.x users reach these calls through {@code client.async()}.
 */
public abstract class ComponentCallsContract {

    private static final String OPEN_MSG = "/cgi-bin/express/delivery/open_msg/";
    private static final String PAY_ID = "4200000000000000000000000001";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeWeChatServer server;
    private HttpTransport transport;
    private LogisticsClient client;

    /** For subclasses. */
    protected ComponentCallsContract() {
    }

    /**
     * A new transport for one test; the suite closes it after the test.
     *
     * @return the transport under test
     */
    protected abstract HttpTransport createTransport();

    @BeforeEach
    void start() {
        server = FakeWeChatServer.builder().demoData().start();
        transport = createTransport();
        client = LogisticsClient.builder().credentials(server.appId(), server.appSecret()).baseUri(server.baseUri())
                .transport(transport).callTimeout(Duration.ofSeconds(5)).retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        transport.close();
        server.close();
    }

    /** Runs a call blocking, or through {@code client.async()} and waits for its future. */
    private <T> T run(boolean async, Function<LogisticsClient, T> blocking,
            Function<AsyncLogisticsClient, CompletableFuture<T>> nonBlocking) {
        return Facades.run(client, WAIT, async, blocking, nonBlocking);
    }

    /** The last request the server got for {@code operation} was a POST to {@code path} carrying {@code json}. */
    private void assertWire(String operation, String path, String json) {
        List<RecordedRequest> sent = server.requests().stream().filter(r -> r.operation().equals(java.util.Optional.of(operation))).toList();
        assertThat(sent).as(operation + " requests").isNotEmpty();
        RecordedRequest last = sent.get(sent.size() - 1);
        assertThat(last.method()).as(operation).isEqualTo("POST");
        assertThat(last.path()).as(operation).isEqualTo(path);
        assertThat(last.header("content-type")).as(operation).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(parse(last.bodyText())).as(operation + " body").isEqualTo(parse(json));
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String traceJson(String waybillId) {
        return "{\"openid\":\"oBuyer\",\"receiver_phone\":\"13800000000\",\"waybill_id\":\"" + waybillId + "\","
                + "\"trans_id\":\"4200000001\",\"delivery_id\":\"YTO\",\"goods_info\":{\"detail_list\":"
                + "[{\"goods_name\":\"衣服\",\"goods_img_url\":\"https://example.com/a.png\"}]}}";
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void theTrackingFlowTracesQueriesAndUpdatesTheGoods(boolean async) {
        var carriers = run(async, c -> c.tracking().getDeliveryList(), a -> a.tracking().getDeliveryList());
        assertThat(carriers.deliveryList()).extracting(c -> c.deliveryId()).contains("SF", "YTO", "ZTO", "JTSD");
        assertWire("getDeliveryList", OPEN_MSG + "get_delivery_list", "{}");

        String token = run(async, c -> c.tracking().traceWaybill(CallCatalog.trace("YT100")), a -> a.tracking().traceWaybill(CallCatalog.trace("YT100")))
                .waybillToken();
        assertWire("traceWaybill", OPEN_MSG + "trace_waybill", traceJson("YT100"));

        server.tracking().setStatus("YT100", 2);
        QueryTraceResponse first = run(async, c -> c.tracking().queryTrace(QueryTraceRequest.of(token)),
                a -> a.tracking().queryTrace(QueryTraceRequest.of(token)));
        assertThat(first.waybillInfo().status()).isEqualTo(TraceStatus.IN_TRANSIT);
        assertThat(first.deliveryInfo().deliveryName()).isEqualTo("圆通速递");
        assertWire("queryTrace", OPEN_MSG + "query_trace", "{\"waybill_token\":\"" + token + "\"}");

        UpdateWaybillGoodsRequest update = UpdateWaybillGoodsRequest.of(token, GoodsInfo.of(GoodsDetail.of("鞋", "https://example.com/b.png")));
        run(async, c -> {
            c.tracking().updateWaybillGoods(update);
            return null;
        }, a -> a.tracking().updateWaybillGoods(update));
        assertWire("updateWaybillGoods", OPEN_MSG + "update_waybill_goods", "{\"waybill_token\":\"" + token
                + "\",\"goods_info\":{\"detail_list\":[{\"goods_name\":\"鞋\",\"goods_img_url\":\"https://example.com/b.png\"}]}}");

        server.tracking().setStatus("YT100", 4);
        QueryTraceResponse after = run(async, c -> c.tracking().queryTrace(QueryTraceRequest.of(token)),
                a -> a.tracking().queryTrace(QueryTraceRequest.of(token)));
        assertThat(after.shopInfo().goodsInfo().detailList()).extracting(GoodsDetail::goodsName).containsExactly("鞋");
        assertThat(after.waybillInfo().status().isSigned()).isTrue();

        assertThatThrownBy(() -> run(async, c -> c.tracking().queryTrace(QueryTraceRequest.of("nope")),
                a -> a.tracking().queryTrace(QueryTraceRequest.of("nope"))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.isInvalidToken()).isTrue());
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    @SuppressWarnings("deprecation")
    void theDeprecatedMessageComponentFollowsQueriesAndUpdates(boolean async) {
        String token = run(async, c -> c.tracking().followWaybill(CallCatalog.trace("YT200")), a -> a.tracking().followWaybill(CallCatalog.trace("YT200")))
                .waybillToken();
        assertWire("followWaybill", OPEN_MSG + "follow_waybill", traceJson("YT200"));
        QueryTraceResponse reply = run(async, c -> c.tracking().queryFollowTrace(QueryTraceRequest.of(token)),
                a -> a.tracking().queryFollowTrace(QueryTraceRequest.of(token)));
        assertThat(reply.waybillInfo().waybillId()).isEqualTo("YT200");
        assertWire("queryFollowTrace", OPEN_MSG + "query_follow_trace", "{\"waybill_token\":\"" + token + "\"}");
        UpdateWaybillGoodsRequest update = UpdateWaybillGoodsRequest.of(token, GoodsInfo.of(new GoodsDetail("鞋", "u", "白色")));
        run(async, c -> {
            c.tracking().updateFollowWaybillGoods(update);
            return null;
        }, a -> a.tracking().updateFollowWaybillGoods(update));
        assertWire("updateFollowWaybillGoods", OPEN_MSG + "update_follow_waybill_goods", "{\"waybill_token\":\"" + token
                + "\",\"goods_info\":{\"detail_list\":[{\"goods_name\":\"鞋\",\"goods_img_url\":\"u\",\"goods_desc\":\"白色\"}]}}");
    }

    private static String addReturnJson(String shopOrderId, String wxPayId) {
        return "{\"shop_order_id\":\"" + shopOrderId + "\",\"openid\":\"oBuyer\",\"order_path\":\"pages/o\",\"order_price\":9900,"
                + (wxPayId == null ? "" : "\"wx_pay_id\":\"" + wxPayId + "\",")
                + "\"biz_addr\":{\"name\":\"仓库\",\"mobile\":\"13800000000\",\"province\":\"广东省\",\"city\":\"广州市\","
                + "\"area\":\"海珠区\",\"address\":\"新港中路1号\"},\"goods_list\":[{\"name\":\"衣服\",\"url\":\"u\"}]}";
    }

    @ParameterizedTest(name = "legacy={0}")
    @ValueSource(booleans = {false, true})
    void theReturnFlowAddsReadsAndUnbindsBlocking(boolean legacy) {
        returnFlow(legacy, false);
    }

    @ParameterizedTest(name = "legacy={0}")
    @ValueSource(booleans = {false, true})
    void theReturnFlowAddsReadsAndUnbindsAsync(boolean legacy) {
        returnFlow(legacy, true);
    }

    private void returnFlow(boolean legacy, boolean async) {
        String base = "/cgi-bin/express/delivery/" + (legacy ? "return/" : "no_worry_return/");
        String add = legacy ? "addReturn" : "addReturnId";
        String get = legacy ? "getReturn" : "getReturnId";
        String unbind = legacy ? "unbindReturn" : "unbindReturnId";
        String payId = legacy ? null : PAY_ID;
        AddReturnRequest request = CallCatalog.addReturn("R-" + async, payId);
        String returnId = run(async, c -> legacy ? c.returns().addReturn(request) : c.returns().addReturnId(request),
                a -> legacy ? a.returns().addReturn(request) : a.returns().addReturnId(request)).returnId();
        assertWire(add, base + "add", addReturnJson("R-" + async, payId));

        ReturnIdRequest id = ReturnIdRequest.of(returnId);
        Function<LogisticsClient, GetReturnResponse> getBlocking = c -> legacy ? c.returns().getReturn(id) : c.returns().getReturnId(id);
        Function<AsyncLogisticsClient, CompletableFuture<GetReturnResponse>> getAsync =
                a -> legacy ? a.returns().getReturn(id) : a.returns().getReturnId(id);
        // The fake sends status as text on the current path and as a number on the legacy one.
        assertThat(run(async, getBlocking, getAsync).status()).isEqualTo(ReturnMethod.NOT_FILLED);
        assertWire(get, base + "get", "{\"return_id\":\"" + returnId + "\"}");

        Function<LogisticsClient, Void> unbindBlocking = c -> {
            if (legacy) {
                c.returns().unbindReturn(id);
            } else {
                c.returns().unbindReturnId(id);
            }
            return null;
        };
        Function<AsyncLogisticsClient, CompletableFuture<Void>> unbindAsync =
                a -> legacy ? a.returns().unbindReturn(id) : a.returns().unbindReturnId(id);
        assertThatThrownBy(() -> run(async, unbindBlocking, unbindAsync)).as("unbind before a self-ship waybill")
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(40097));

        server.returns().shipBack(returnId, "YTO", "YT300");
        server.returns().advance(returnId);
        GetReturnResponse shipped = run(async, getBlocking, getAsync);
        assertThat(shipped.status()).isEqualTo(ReturnMethod.SELF_SHIP);
        assertThat(shipped.waybillId()).isEqualTo("YT300");
        assertThat(shipped.orderStatus()).isEqualTo(ReturnOrderStatus.PICKED_UP);

        run(async, unbindBlocking, unbindAsync);
        assertWire(unbind, base + "unbind", "{\"return_id\":\"" + returnId + "\"}");
        assertThatThrownBy(() -> run(async, getBlocking, getAsync))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.isNotFound()).isTrue());
        assertThatThrownBy(() -> run(async, c -> legacy ? c.returns().addReturn(request) : c.returns().addReturnId(request),
                a -> legacy ? a.returns().addReturn(request) : a.returns().addReturnId(request)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.isAlreadyExists()).isTrue());
    }
}
