package io.github.wxlogistics.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.AsyncLogisticsClient;
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.RetryPolicy;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.ValidationException;
import io.github.wxlogistics.event.ClaimResultEvent;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import io.github.wxlogistics.model.insurance.ApplyPayRequest;
import io.github.wxlogistics.model.insurance.ChargeIdRequest;
import io.github.wxlogistics.model.insurance.ChargeOrderStatus;
import io.github.wxlogistics.model.insurance.ClaimRequest;
import io.github.wxlogistics.model.insurance.InsuranceOrderRequest;
import io.github.wxlogistics.model.insurance.NotifyFundsRequest;
import io.github.wxlogistics.model.insurance.PayOrderListRequest;
import io.github.wxlogistics.model.insurance.Policy;
import io.github.wxlogistics.model.insurance.PolicyListRequest;
import io.github.wxlogistics.model.insurance.PolicyStatus;
import io.github.wxlogistics.model.insurance.SummaryRequest;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.PushEndpoint;
import io.github.wxlogistics.testkit.RecordedRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Freight insurance (无忧退货/运费险) over a transport, against the fake server on a real socket: the whole
 * flow (open, insure, claim, the {@code wxainsurance_claim_result} push received and typed by a
 * {@link PushReceiver}, the policy list) and the charge flow, blocking and async, with the method, path and
 * body that reached the server on every call; a request missing a required field never leaves the client,
 * and the fake refuses the same request sent raw with WeChat's code. An adapter module runs it through a
 * subclass that implements {@link #createTransport()}; Vert.x users reach these calls through
 * {@code client.async()}.
 */
public abstract class FreightInsuranceContract {

    private static final String PATH = "/wxa/business/insurance_freight/";
    private static final String PUSH_TOKEN = "InsurancePushToken";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final LinkedBlockingQueue<ClaimResultEvent> pushed = new LinkedBlockingQueue<>();
    private HttpServer merchant;
    private ExecutorService merchantThreads;
    private PushReceiver receiver;
    private FakeWeChatServer server;
    private HttpTransport transport;
    private LogisticsClient client;

    /** For subclasses. */
    protected FreightInsuranceContract() {
    }

    /**
     * A new transport for one test; the suite closes it after the test.
     *
     * @return the transport under test
     */
    protected abstract HttpTransport createTransport();

    @BeforeEach
    void start() throws IOException {
        receiver = PushReceiver.builder().token(PUSH_TOKEN).on(ClaimResultEvent.class, pushed::add).build();
        merchant = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        merchantThreads = Executors.newFixedThreadPool(2);
        merchant.setExecutor(merchantThreads);
        merchant.createContext("/push", exchange -> {
            try (exchange) {
                PushResponse answer = receiver.answer(PushRequest.fromRawQuery(exchange.getRequestMethod(),
                        exchange.getRequestURI().getRawQuery(), exchange.getRequestBody().readAllBytes()));
                answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
                if (answer.body().length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(answer.body());
                    }
                }
            }
        });
        merchant.start();
        URI url = URI.create("http://127.0.0.1:" + merchant.getAddress().getPort() + "/push");
        server = FakeWeChatServer.builder().merchantPush(PushEndpoint.builder(url).token(PUSH_TOKEN).build()).start();
        transport = createTransport();
        client = LogisticsClient.builder().credentials(server.appId(), server.appSecret()).baseUri(server.baseUri())
                .transport(transport).callTimeout(Duration.ofSeconds(5)).retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        transport.close();
        server.close();
        merchant.stop(0);
        merchantThreads.shutdownNow();
        receiver.close();
    }

    /** Runs a call blocking, or through {@code client.async()} and waits for its future. */
    private <T> T run(boolean async, Function<LogisticsClient, T> blocking,
            Function<AsyncLogisticsClient, CompletableFuture<T>> nonBlocking) {
        return Facades.run(client, WAIT, async, blocking, nonBlocking);
    }

    /** The last request for {@code call} reached the fake as {@code method} to its path with {@code json} (none for GET). */
    private void assertWire(String call, String method, String json) {
        String operation = "insurance_freight_" + call;
        List<RecordedRequest> sent = server.requests().stream().filter(r -> r.operation().equals(Optional.of(operation)))
                .toList();
        assertThat(sent).as(operation + " requests").isNotEmpty();
        RecordedRequest last = sent.get(sent.size() - 1);
        assertThat(last.method()).as(operation).isEqualTo(method);
        assertThat(last.path()).as(operation).isEqualTo(PATH + call);
        if (json == null) {
            assertThat(last.bodyText()).as(operation + " body").isEmpty();
        } else {
            assertThat(last.header("content-type")).as(operation).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(parse(last.bodyText())).as(operation + " body").isEqualTo(parse(json));
        }
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String orderJson(InsuranceOrderRequest r) {
        return "{\"openid\":\"oBuyer\",\"order_no\":\"" + r.orderNo() + "\",\"pay_time\":" + r.payTime()
                + ",\"pay_amount\":9900,\"delivery_no\":\"" + r.deliveryNo() + "\","
                + "\"delivery_place\":{\"province\":\"广东省\",\"city\":\"广州市\",\"county\":\"海珠区\",\"address\":\"新港中路1号\"},"
                + "\"receipt_place\":{\"province\":\"广东省\",\"city\":\"广州市\",\"county\":\"海珠区\",\"address\":\"新港中路1号\"},"
                + "\"product_info\":{\"order_path\":\"pages/o\",\"goods_list\":[{\"name\":\"衣服\",\"url\":\"u\"}]}}";
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void theInsuranceFlowInsuresClaimsIsPushedTheResultAndListsThePolicy(boolean async) throws InterruptedException {
        assertThat(run(async, c -> c.freightInsurance().queryOpen(), a -> a.freightInsurance().queryOpen()).opened()).isFalse();
        assertWire("query_open", "GET", null);
        run(async, c -> {
            c.freightInsurance().open();
            return null;
        }, a -> a.freightInsurance().open());
        assertWire("open", "GET", null);
        assertThatThrownBy(() -> run(async, c -> {
            c.freightInsurance().open();
            return null;
        }, a -> a.freightInsurance().open())).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.isInsuranceAlreadyOpened()).isTrue());

        String orderNo = async ? "4200000000000000000000000021" : "4200000000000000000000000020";
        InsuranceOrderRequest order = CallCatalog.insuredOrder(orderNo, "SF" + orderNo.substring(20));
        var policy = run(async, c -> c.freightInsurance().createOrder(order), a -> a.freightInsurance().createOrder(order));
        assertThat(policy.premium()).isPositive();
        assertThat(policy.policyNo()).isNotBlank();
        assertWire("createorder", "POST", orderJson(order));
        assertThatThrownBy(() -> run(async, c -> c.freightInsurance().createOrder(order),
                a -> a.freightInsurance().createOrder(order)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.isDuplicateWaybill()).isTrue());

        ClaimRequest claim = ClaimRequest.builder().openid("oBuyer").orderNo(orderNo).refundDeliveryNo("YT" + orderNo.substring(20))
                .refundCompany("圆通速递").build();
        var claimed = run(async, c -> c.freightInsurance().claim(claim), a -> a.freightInsurance().claim(claim));
        assertThat(claimed.reportNo()).isNotBlank();
        assertWire("claim", "POST", "{\"openid\":\"oBuyer\",\"order_no\":\"" + orderNo + "\",\"refund_delivery_no\":\"YT"
                + orderNo.substring(20) + "\",\"refund_company\":\"圆通速递\"}");

        ClaimResultEvent result = pushed.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(result).as("wxainsurance_claim_result within " + WAIT).isNotNull();
        assertThat(result.orderNo()).isEqualTo(orderNo);
        assertThat(result.succeeded()).isTrue();
        assertThat(result.finishTime()).isPositive();

        PolicyListRequest list = PolicyListRequest.builder().orderNo(orderNo).build();
        Policy listed = run(async, c -> c.freightInsurance().getOrderList(list), a -> a.freightInsurance().getOrderList(list))
                .list().get(0);
        assertThat(listed.status()).isEqualTo(PolicyStatus.CLAIM_SUCCEEDED);
        assertThat(listed.reportNo()).isEqualTo(claimed.reportNo());
        assertThat(listed.policyNo()).isEqualTo(policy.policyNo());
        assertWire("getorderlist", "POST", "{\"order_no\":\"" + orderNo + "\"}");
        assertThatThrownBy(() -> run(async, c -> c.freightInsurance().claim(claim), a -> a.freightInsurance().claim(claim)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.isAlreadyClaimed()).isTrue());
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void theFundsAreToppedUpSummedUpAndRefunded(boolean async) {
        run(async, c -> {
            c.freightInsurance().open();
            return null;
        }, a -> a.freightInsurance().open());
        long orderId = run(async, c -> c.freightInsurance().createChargeId(ChargeIdRequest.of(20000)),
                a -> a.freightInsurance().createChargeId(ChargeIdRequest.of(20000))).orderId();
        assertWire("createchargeid", "POST", "{\"quota\":20000}");
        String url = run(async, c -> c.freightInsurance().applyPay(ApplyPayRequest.of(orderId)),
                a -> a.freightInsurance().applyPay(ApplyPayRequest.of(orderId))).payUrl();
        assertThat(url).contains(Long.toString(orderId));
        assertWire("applypay", "POST", "{\"order_id\":\"" + orderId + "\"}");
        server.freightInsurance().pay(orderId);

        PayOrderListRequest paid = PayOrderListRequest.builder().statusList(ChargeOrderStatus.PAID).build();
        var orders = run(async, c -> c.freightInsurance().getPayOrderList(paid), a -> a.freightInsurance().getPayOrderList(paid));
        assertThat(orders.list()).singleElement().satisfies(o -> {
            assertThat(o.orderId()).isEqualTo(orderId);
            assertThat(o.totalPrice()).isEqualTo(20000);
        });
        assertWire("getpayorderlist", "POST", "{\"status_list\":[2]}");

        long now = Instant.now().getEpochSecond();
        SummaryRequest period = new SummaryRequest(now - 3600, now + 60);
        assertThat(run(async, c -> c.freightInsurance().getSummary(period), a -> a.freightInsurance().getSummary(period)).funds())
                .isEqualTo(20000);
        assertWire("getsummary", "POST", "{\"begin_time\":" + (now - 3600) + ",\"end_time\":" + (now + 60) + "}");

        run(async, c -> {
            c.freightInsurance().updateNotifyFunds(NotifyFundsRequest.of(500));
            return null;
        }, a -> a.freightInsurance().updateNotifyFunds(NotifyFundsRequest.of(500)));
        assertWire("update_notify_funds", "POST", "{\"notify_funds\":500}");
        run(async, c -> {
            c.freightInsurance().refund();
            return null;
        }, a -> a.freightInsurance().refund());
        assertWire("refund", "POST", "{}");
        assertThat(server.freightInsurance().funds()).isZero();
        assertThatThrownBy(() -> run(async, c -> c.freightInsurance().createChargeId(ChargeIdRequest.of(2_000_000)),
                a -> a.freightInsurance().createChargeId(ChargeIdRequest.of(2_000_000))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("quota");
    }

    @Test
    void aRequestMissingARequiredFieldNeverLeavesTheClientAndTheFakeRefusesItRaw() throws Exception {
        client.freightInsurance().open();
        InsuranceOrderRequest valid = CallCatalog.insuredOrder("4200000000000000000000000030", "SF30");
        InsuranceOrderRequest noOpenid = new InsuranceOrderRequest(null, valid.orderNo(), valid.payTime(), valid.payAmount(),
                valid.deliveryNo(), valid.deliveryPlace(), valid.receiptPlace(), valid.productInfo());
        assertThatThrownBy(() -> client.freightInsurance().createOrder(noOpenid)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.getMessage()).contains("openid"));
        assertThatThrownBy(() -> client.async().freightInsurance().createOrder(noOpenid).join())
                .hasCauseInstanceOf(ValidationException.class);
        assertThat(server.requests()).noneMatch(r -> r.operation().equals(Optional.of("insurance_freight_createorder")));

        String token = server.issueToken();
        byte[] raw = orderJson(noOpenid).replace("\"openid\":\"oBuyer\",", "").getBytes(StandardCharsets.UTF_8);
        TransportResponse refused = transport.send(TransportRequest.postJson(
                server.baseUri().resolve(PATH + "createorder?access_token=" + token), raw, Duration.ofSeconds(5)))
                .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(parse(refused.bodyText()).getInt("errcode")).isEqualTo(41009);
        TransportResponse noWaybill = transport.send(TransportRequest.postJson(
                server.baseUri().resolve(PATH + "claim?access_token=" + token),
                "{\"openid\":\"oBuyer\",\"order_no\":\"4200000000000000000000000030\",\"refund_company\":\"圆通\"}"
                        .getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(5)))
                .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(parse(noWaybill.bodyText()).getInt("errcode")).isEqualTo(2);
        ClaimRequest claim = ClaimRequest.builder().openid("oBuyer").orderNo("4200000000000000000000000030")
                .refundCompany("圆通").build();
        assertThatThrownBy(() -> client.freightInsurance().claim(claim)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.getMessage()).contains("refund_delivery_no"));
    }
}
