package io.github.wxlogistics.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.RetryPolicy;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.intracity.IntracityCallbackReceiver;
import io.github.wxlogistics.model.intracity.IntracityAddOrderRequest;
import io.github.wxlogistics.model.intracity.AddressInfo;
import io.github.wxlogistics.model.intracity.BalanceQueryRequest;
import io.github.wxlogistics.model.intracity.IntracityCancelOrderRequest;
import io.github.wxlogistics.model.intracity.CargoType;
import io.github.wxlogistics.model.intracity.CreateStoreRequest;
import io.github.wxlogistics.model.intracity.GetCityRequest;
import io.github.wxlogistics.model.intracity.GetPayModeRequest;
import io.github.wxlogistics.model.intracity.IntracityCallback;
import io.github.wxlogistics.model.intracity.IntracityCargo;
import io.github.wxlogistics.model.intracity.IntracityStatus;
import io.github.wxlogistics.model.intracity.MockNotifyRequest;
import io.github.wxlogistics.model.intracity.PayMode;
import io.github.wxlogistics.model.intracity.PreAddOrderRequest;
import io.github.wxlogistics.model.intracity.QueryFlowRequest;
import io.github.wxlogistics.model.intracity.QueryOrderRequest;
import io.github.wxlogistics.model.intracity.QueryStoreRequest;
import io.github.wxlogistics.model.intracity.ServiceTrans;
import io.github.wxlogistics.model.intracity.SetPayModeRequest;
import io.github.wxlogistics.model.intracity.StoreChargeRequest;
import io.github.wxlogistics.model.intracity.StoreContent;
import io.github.wxlogistics.model.intracity.StoreKeys;
import io.github.wxlogistics.model.intracity.StoreRefundRequest;
import io.github.wxlogistics.model.intracity.UpdateStoreRequest;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fake's intracity rules, through the real client with API security on: stores, balances, fees,
 * idempotent addorder, progress with callbacks, cancellation fees, the SFTC sandbox rule, and the
 * errcodes each rule produces.
 */
class FakeIntracityTest {

    private static final AddressInfo GUANGZHOU = AddressInfo.builder().province("广东省").city("广州市").area("海珠区")
            .house("新港中路397号").lat(new BigDecimal("23.096105")).lng(new BigDecimal("113.324520")).phone("13800000000").build();
    private static final IntracityCargo CAKE = IntracityCargo.builder().cargoName("蛋糕").cargoWeight(1500L).cargoPrice(9900L)
            .cargoType(CargoType.CAKE).cargoNum(1).build();

    private final FakeWeChatServer server = FakeWeChatServer.builder().apiSecurity().start();
    private final TinyJdkTransport transport = new TinyJdkTransport();
    private final LogisticsClient client = client(true);
    private HttpServer callbackServer;

    private LogisticsClient client(boolean secured) {
        LogisticsClient.Builder b = LogisticsClient.builder().credentials(server.appId(), server.appSecret())
                .baseUri(server.baseUri()).transport(transport).attemptTimeout(Duration.ofSeconds(5))
                .callTimeout(Duration.ofSeconds(10)).retryPolicy(new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10)));
        return secured ? b.apiSecurity(server.apiSecurity()).build() : b.build();
    }

    @AfterEach
    void close() {
        client.close();
        transport.close();
        server.close();
        if (callbackServer != null) {
            callbackServer.stop(0);
        }
    }

    /** A callback URL that answers 200 to anything; the bodies are checked from the fake's record. */
    private String callbackUrl() throws Exception {
        callbackServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        callbackServer.createContext("/cb", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        callbackServer.start();
        return "http://127.0.0.1:" + callbackServer.getAddress().getPort() + "/cb";
    }

    /** The callbacks sent, each through a receiver checking the fake's signature. */
    private List<IntracityCallback> receivedThroughTheVerifier(int count) {
        List<IntracityCallback> received = new ArrayList<>();
        IntracityCallbackReceiver receiver = IntracityCallbackReceiver.builder()
                .verifier(server.intracity().callbackVerifier()).handler(received::add).build();
        for (FakeIntracity.SentCallback sent : server.intracity().awaitCallbacks(count, Duration.ofSeconds(10))) {
            assertThat(sent.status()).isEqualTo(200);
            assertThat(receiver.handle("POST", sent.body().getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
            String forged = sent.body().replaceFirst("\"sign\":\"[0-9a-f]+\"", "\"sign\":\"00\"");
            assertThat(receiver.handle("POST", forged.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(401);
        }
        return received;
    }

    private String store(String outStoreId) {
        return client.intracity().createStore(CreateStoreRequest.builder().outStoreId(outStoreId).storeName("海珠店")
                .addressInfo(GUANGZHOU).build()).wxStoreId();
    }

    private IntracityAddOrderRequest.Builder order(String wxStoreId, String storeOrderId) {
        return IntracityAddOrderRequest.builder().wxStoreId(wxStoreId).storeOrderId(storeOrderId).userOpenid("oUSER")
                .userLat(new BigDecimal("23.120000")).userLng(new BigDecimal("113.330000")).userAddress("广州市海珠区某路1号")
                .userName("王小蒙").userPhone("13900000000").orderDetailPath("pages/order").cargo(CAKE);
    }

    private static void assertErrcode(Runnable call, int errcode) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(errcode));
    }

    @Test
    void storesAreUniqueByOutStoreIdAndFoundByEitherId() {
        String wxStoreId = store("S1");
        assertErrcode(() -> store("S1"), 934010);
        assertThat(client.intracity().queryStore(QueryStoreRequest.byOutStoreId("S1")).storeList())
                .singleElement().satisfies(s -> {
                    assertThat(s.wxStoreId()).isEqualTo(wxStoreId);
                    assertThat(s.cityId()).isEqualTo("440100");
                });
        client.intracity().updateStore(UpdateStoreRequest.of(StoreKeys.byOutStoreId("S1"),
                StoreContent.builder().storeName("新名字").build()));
        assertThat(client.intracity().queryStore(QueryStoreRequest.byWxStoreId(wxStoreId)).storeList().get(0).storeName())
                .isEqualTo("新名字");
        assertErrcode(() -> client.intracity().queryStore(QueryStoreRequest.byWxStoreId("404")), 934021);
        assertErrcode(() -> client.intracity().updateStore(UpdateStoreRequest.of(StoreKeys.byOutStoreId("none"),
                StoreContent.builder().storeName("x").build())), 934021);
        assertErrcode(() -> client.intracity().createStore(CreateStoreRequest.builder().outStoreId("S2").storeName("x")
                .addressInfo(GUANGZHOU.toBuilder().city("拉萨市").build()).build()), 934009);
        assertThat(client.intracity().queryStore(QueryStoreRequest.all()).total()).isEqualTo(1);
    }

    @Test
    void chargeAddsAddOrderDeductsItsFeeAndAShortBalanceIs934013() {
        String wxStoreId = store("S1");
        var quote = client.intracity().preAddOrder(PreAddOrderRequest.builder().wxStoreId(wxStoreId).userName("王小蒙")
                .userPhone("13900000000").userLat(new BigDecimal("23.120000")).userLng(new BigDecimal("113.330000"))
                .userAddress("广州市海珠区某路1号").cargo(CAKE).build());
        assertThat(quote.serviceTransId()).isEqualTo(ServiceTrans.DADA);
        assertThat(quote.distance()).isBetween(2500L, 3000L);
        assertThat(quote.estFee()).isEqualTo(800L);
        assertErrcode(() -> client.intracity().addOrder(order(wxStoreId, "O-1").build()), 934013);
        client.intracity().storeCharge(StoreChargeRequest.builder().wxStoreId(wxStoreId).serviceTransId(ServiceTrans.DADA)
                .amount(5000L).build());
        var created = client.intracity().addOrder(order(wxStoreId, "O-1").build());
        assertThat(created.fee()).isEqualTo(quote.estFee());
        assertThat(client.intracity().balanceQuery(BalanceQueryRequest.of(wxStoreId, ServiceTrans.DADA)).allBalance())
                .isEqualTo(5000L - 800L);
        assertThat(client.intracity().queryFlow(QueryFlowRequest.builder().wxStoreId(wxStoreId)
                .flowType(QueryFlowRequest.CONSUME).payMode(PayMode.STORE).build()).flowList())
                .singleElement().satisfies(f -> assertThat(f.billId()).isEqualTo(created.wxOrderId()));
        assertErrcode(() -> client.intracity().storeRefund(StoreRefundRequest.of(wxStoreId, ServiceTrans.DADA)), 934006);
    }

    @Test
    void addOrderIsIdempotentByStoreOrderIdAndRefusesADifferentOrderUnderTheSameNumber() {
        String wxStoreId = store("S1");
        client.intracity().storeCharge(StoreChargeRequest.builder().wxStoreId(wxStoreId).serviceTransId(ServiceTrans.DADA)
                .amount(5000L).build());
        var first = client.intracity().addOrder(order(wxStoreId, "O-1").build());
        var again = client.intracity().addOrder(order(wxStoreId, "O-1").build());
        assertThat(again.wxOrderId()).isEqualTo(first.wxOrderId());
        assertThat(server.intracity().balance(wxStoreId, ServiceTrans.DADA)).isEqualTo(5000L - first.fee());
        assertErrcode(() -> client.intracity().addOrder(order(wxStoreId, "O-1").userName("别人").build()), 934002);
    }

    @Test
    void ordersMoveToDeliveredWithASignedCallbackPerStatus() throws Exception {
        String url = callbackUrl();
        String wxStoreId = store("S1");
        client.intracity().storeCharge(StoreChargeRequest.builder().wxStoreId(wxStoreId).serviceTransId(ServiceTrans.DADA)
                .amount(5000L).build());
        String wxOrderId = client.intracity().addOrder(order(wxStoreId, "O-1").callbackUrl(url).build()).wxOrderId();
        List<IntracityStatus> steps = List.of(server.intracity().advance(wxOrderId), server.intracity().advance(wxOrderId),
                server.intracity().advance(wxOrderId), server.intracity().advance(wxOrderId));
        assertThat(steps).containsExactly(IntracityStatus.ACCEPTED, IntracityStatus.ARRIVED_AT_STORE,
                IntracityStatus.DELIVERING, IntracityStatus.DELIVERED);
        assertThatThrownBy(() -> server.intracity().advance(wxOrderId)).isInstanceOf(IllegalStateException.class);
        List<IntracityCallback> received = receivedThroughTheVerifier(5);
        assertThat(received).extracting(c -> c.orderStatus().code()).containsExactly(10000, 30000, 40000, 50000, 70000);
        assertThat(received).allSatisfy(c -> {
            assertThat(c.wxOrderId()).isEqualTo(wxOrderId);
            assertThat(c.storeOrderId()).isEqualTo("O-1");
            assertThat(c.appid()).isEqualTo(server.appId());
        });
        var state = client.intracity().queryOrder(QueryOrderRequest.byWxOrderId(wxOrderId));
        assertThat(state.orderStatus()).isEqualTo(IntracityStatus.DELIVERED);
        assertThat(state.finishTime()).isPositive();
        assertThat(state.transporterInfo()).isNotNull();
        assertErrcode(() -> client.intracity().cancelOrder(IntracityCancelOrderRequest.byWxOrderId(wxOrderId)), 934017);
    }

    @Test
    void cancellingCostsNothingBeforeARiderAnd200FenAfterAndTheRestReturnsToTheBalance() {
        String wxStoreId = store("S1");
        client.intracity().storeCharge(StoreChargeRequest.builder().wxStoreId(wxStoreId).serviceTransId(ServiceTrans.DADA)
                .amount(5000L).build());
        String early = client.intracity().addOrder(order(wxStoreId, "O-1").build()).wxOrderId();
        assertThat(client.intracity().cancelOrder(IntracityCancelOrderRequest.byWxOrderId(early)).deductfee()).isZero();
        assertThat(server.intracity().balance(wxStoreId, ServiceTrans.DADA)).isEqualTo(5000L);
        assertErrcode(() -> client.intracity().cancelOrder(IntracityCancelOrderRequest.byWxOrderId(early)), 934018);
        String late = client.intracity().addOrder(order(wxStoreId, "O-2").build()).wxOrderId();
        server.intracity().advance(late);
        var cancelled = client.intracity().cancelOrder(IntracityCancelOrderRequest.byStoreOrder(wxStoreId, "O-2"));
        assertThat(cancelled.deductfee()).isEqualTo(200L);
        assertThat(cancelled.orderStatus()).isEqualTo(IntracityStatus.CANCELLED_BY_MERCHANT);
        assertThat(server.intracity().balance(wxStoreId, ServiceTrans.DADA)).isEqualTo(5000L - 200L);
        assertErrcode(() -> client.intracity().queryOrder(QueryOrderRequest.byWxOrderId("WX404")), 934016);
    }

    @Test
    void theSftcSandboxDeliversOnlyToItsFixedReceiverAndNeedsNoBalance() {
        String beijing = client.intracity().createStore(CreateStoreRequest.builder().outStoreId("BJ").storeName("学清店")
                .orderPattern(CreateStoreRequest.CARRIER_FIRST).serviceTransPrefer(ServiceTrans.SFTC)
                .addressInfo(GUANGZHOU.toBuilder().province("北京市").city("北京市").area("海淀区")
                        .lat(new BigDecimal("40.027000")).lng(new BigDecimal("116.355000")).build()).build()).wxStoreId();
        IntracityAddOrderRequest.Builder sandbox = order(beijing, "SB-1").useSandbox(1).userLat(new BigDecimal("40.030000"))
                .userLng(new BigDecimal("116.350000"));
        assertErrcode(() -> client.intracity().addOrder(sandbox.build()), 934019);
        var created = client.intracity().addOrder(sandbox.userName(ServiceTrans.SFTC_SANDBOX_NAME)
                .userPhone(ServiceTrans.SFTC_SANDBOX_PHONE).userAddress(ServiceTrans.SFTC_SANDBOX_ADDRESS).build());
        assertThat(created.serviceTransId()).isEqualTo(ServiceTrans.SFTC);
        client.intracity().mockNotify(MockNotifyRequest.of(created.wxOrderId(), IntracityStatus.DELIVERING));
        assertThat(client.intracity().queryOrder(QueryOrderRequest.byWxOrderId(created.wxOrderId())).orderStatus())
                .isEqualTo(IntracityStatus.DELIVERING);
    }

    @Test
    void rangeWeightPayModeAndMockNotifyRules() {
        String wxStoreId = store("S1");
        client.intracity().storeCharge(StoreChargeRequest.builder().wxStoreId(wxStoreId).serviceTransId(ServiceTrans.DADA)
                .amount(5000L).build());
        assertErrcode(() -> client.intracity().addOrder(order(wxStoreId, "FAR").userLat(new BigDecimal("23.500000")).build()), 934019);
        assertErrcode(() -> client.intracity().addOrder(order(wxStoreId, "HEAVY").cargo(CAKE.toBuilder().cargoWeight(31_000L).build())
                .build()), 934020);
        String real = client.intracity().addOrder(order(wxStoreId, "O-1").build()).wxOrderId();
        assertErrcode(() -> client.intracity().mockNotify(MockNotifyRequest.of(real, IntracityStatus.DELIVERED)), 934000);
        assertErrcode(() -> client.intracity().setPayMode(SetPayModeRequest.of("wxother", PayMode.APP)), 934012);
        client.intracity().setPayMode(SetPayModeRequest.of(server.appId(), PayMode.APP));
        assertThat(client.intracity().getPayMode(GetPayModeRequest.of(server.appId())).payMode()).isEqualTo(PayMode.APP);
        var cities = client.intracity().getCity(GetCityRequest.all()).supportList();
        assertThat(cities).extracting(c -> c.serviceTransId()).containsExactly("DADA", "SFTC");
        assertThat(cities.get(1).cityList()).extracting(c -> c.cityName()).contains("北京市", "成都市");
    }

    @Test
    void intracityCallsAreScriptedByWeChatsOperationNames() {
        server.enqueue("intracity_getcity", FakeResponse.errcode(48001));
        assertThatThrownBy(() -> client.intracity().getCity(GetCityRequest.all()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.isPermissionDenied()).isTrue());
        assertThat(server.requests()).extracting(r -> r.operation().orElse("")).contains("intracity_getcity");
    }

    @Test
    void withoutApiSecurityTheFakeRefusesIntracityWith934011ButApplyWorks() {
        try (FakeWeChatServer plain = FakeWeChatServer.builder().start()) {
            try (LogisticsClient unsecured = LogisticsClient.builder().credentials(plain.appId(), plain.appSecret())
                    .baseUri(plain.baseUri()).transport(transport).build()) {
                unsecured.intracity().apply();
            }
            WeChatCalls raw = new WeChatCalls(plain);
            assertThat(WeChatCalls.errcode(raw.post("/cgi-bin/express/intracity/queryorder", "{\"wx_order_id\":\"W1\"}")))
                    .isEqualTo(934011);
            assertThat(WeChatCalls.errcode(raw.post("/cgi-bin/express/intracity/apply", "{}"))).isZero();
        }
    }
}
