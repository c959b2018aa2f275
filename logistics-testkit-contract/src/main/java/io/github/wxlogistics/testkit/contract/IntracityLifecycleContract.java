package io.github.wxlogistics.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.ApiSecurityException;
import io.github.wxlogistics.intracity.IntracityCallbackReceiver;
import io.github.wxlogistics.intracity.IntracityCallbackResponse;
import io.github.wxlogistics.model.intracity.IntracityAddOrderRequest;
import io.github.wxlogistics.model.intracity.IntracityAddOrderResponse;
import io.github.wxlogistics.model.intracity.AddressInfo;
import io.github.wxlogistics.model.intracity.BalanceQueryRequest;
import io.github.wxlogistics.model.intracity.BalanceQueryResponse;
import io.github.wxlogistics.model.intracity.IntracityCancelOrderRequest;
import io.github.wxlogistics.model.intracity.IntracityCancelOrderResponse;
import io.github.wxlogistics.model.intracity.CargoType;
import io.github.wxlogistics.model.intracity.CreateStoreRequest;
import io.github.wxlogistics.model.intracity.CreateStoreResponse;
import io.github.wxlogistics.model.intracity.GetCityRequest;
import io.github.wxlogistics.model.intracity.GetCityResponse;
import io.github.wxlogistics.model.intracity.GetPayModeRequest;
import io.github.wxlogistics.model.intracity.GetPayModeResponse;
import io.github.wxlogistics.model.intracity.IntracityCallback;
import io.github.wxlogistics.model.intracity.IntracityCargo;
import io.github.wxlogistics.model.intracity.IntracityStatus;
import io.github.wxlogistics.model.intracity.MockNotifyRequest;
import io.github.wxlogistics.model.intracity.PayMode;
import io.github.wxlogistics.model.intracity.PreAddOrderRequest;
import io.github.wxlogistics.model.intracity.PreAddOrderResponse;
import io.github.wxlogistics.model.intracity.QueryFlowRequest;
import io.github.wxlogistics.model.intracity.QueryFlowResponse;
import io.github.wxlogistics.model.intracity.QueryOrderRequest;
import io.github.wxlogistics.model.intracity.QueryOrderResponse;
import io.github.wxlogistics.model.intracity.QueryStoreRequest;
import io.github.wxlogistics.model.intracity.QueryStoreResponse;
import io.github.wxlogistics.model.intracity.ServiceTrans;
import io.github.wxlogistics.model.intracity.SetPayModeRequest;
import io.github.wxlogistics.model.intracity.StoreChargeRequest;
import io.github.wxlogistics.model.intracity.StoreChargeResponse;
import io.github.wxlogistics.model.intracity.StoreContent;
import io.github.wxlogistics.model.intracity.StoreKeys;
import io.github.wxlogistics.model.intracity.StoreRefundRequest;
import io.github.wxlogistics.model.intracity.StoreRefundResponse;
import io.github.wxlogistics.model.intracity.UpdateStoreRequest;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Intracity delivery end to end over a transport and real sockets, against the fake server with
 * API security on: an order's whole life (create store → charge → preaddorder → addorder →
 * callbacks through to 70000 → queryorder) and a cancellation with its fee, then every one of the
 * 16 calls, blocking and async; and every call but apply refused before sending when the client
 * has no API security. The callbacks go to an {@link IntracityCallbackReceiver} behind a real HTTP
 * server ({@link #serveCallbacks}, which an adapter module may override with its own handler).
 *
 * <p>An adapter module runs it through a subclass that implements {@link #createTransport()}; a
 * module with another call style (Vert.x) runs {@link #wholeLife} and {@link #everyCall} through
 * {@link #calls(Invoker)} with its own {@link Invoker}.
 */
public abstract class IntracityLifecycleContract {

    /** How long a call or the callbacks may take. */
    protected static final Duration WAIT = Duration.ofSeconds(15);
    private static final AddressInfo STORE_ADDRESS = AddressInfo.builder().province("广东省").city("广州市").area("海珠区")
            .house("新港中路397号").lat(new BigDecimal("23.096105")).lng(new BigDecimal("113.324520"))
            .phone("13800000000").build();
    private static final IntracityCargo CARGO = IntracityCargo.builder().cargoName("蛋糕").cargoWeight(1500L)
            .cargoPrice(9900L).cargoType(CargoType.CAKE).cargoNum(1).build();

    /** The fake server, with API security on. */
    protected FakeWeChatServer server;
    /** The client under test, with the fake's API-security keys. */
    protected LogisticsClient client;
    private HttpTransport transport;
    private AutoCloseable callbackServer;
    private String callbackUrl;
    private final List<IntracityCallback> received = new CopyOnWriteArrayList<>();

    /** For subclasses. */
    protected IntracityLifecycleContract() {
    }

    /**
     * A new transport for one test; the suite closes it.
     *
     * @return the transport under test
     */
    protected abstract HttpTransport createTransport();

    /**
     * Serves {@code receiver} on a loopback HTTP server; by default the JDK's, handing each request's
     * method and body to {@link IntracityCallbackReceiver#handle}. An adapter module overrides it
     * with its own callback handler.
     *
     * @param receiver the receiver of the callbacks
     * @return the URL to give as {@code callback_url}, and what closes the server
     * @throws Exception if the server cannot start
     */
    protected CallbackServer serveCallbacks(IntracityCallbackReceiver receiver) throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        http.setExecutor(threads);
        http.createContext("/intracity/callback", exchange -> {
            try {
                IntracityCallbackResponse r = receiver.handle(exchange.getRequestMethod(), exchange.getRequestBody().readAllBytes());
                exchange.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
                if (r.body().length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(r.body());
                    }
                }
            } finally {
                exchange.close();
            }
        });
        http.start();
        return new CallbackServer("http://127.0.0.1:" + http.getAddress().getPort() + "/intracity/callback", () -> {
            http.stop(0);
            threads.shutdownNow();
        });
    }

    /**
     * A callback server: its URL and how to stop it.
     *
     * @param url   the callback URL
     * @param close stops the server
     */
    public record CallbackServer(String url, AutoCloseable close) {
    }

    @BeforeEach
    void start() throws Exception {
        server = FakeWeChatServer.builder().apiSecurity().start();
        transport = createTransport();
        client = LogisticsClient.builder().credentials(server.appId(), server.appSecret()).baseUri(server.baseUri())
                .transport(transport).apiSecurity(server.apiSecurity()).callTimeout(WAIT).build();
        CallbackServer callbacks = serveCallbacks(IntracityCallbackReceiver.builder()
                .verifier(server.intracity().callbackVerifier()).handler(received::add).build());
        callbackUrl = callbacks.url();
        callbackServer = callbacks.close();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        transport.close();
        server.close();
        callbackServer.close();
    }

    /**
     * The 16 calls, with the blocking client's signatures, made through some call style.
     */
    public interface Calls {
        /** intracity_apply. */
        void apply();

        /**
         * intracity_createstore.
         *
         * @param r the request
         * @return the reply
         */
        CreateStoreResponse createStore(CreateStoreRequest r);

        /**
         * intracity_querystore.
         *
         * @param r the request
         * @return the reply
         */
        QueryStoreResponse queryStore(QueryStoreRequest r);

        /**
         * intracity_updatestore.
         *
         * @param r the request
         */
        void updateStore(UpdateStoreRequest r);

        /**
         * intracity_storecharge.
         *
         * @param r the request
         * @return the reply
         */
        StoreChargeResponse storeCharge(StoreChargeRequest r);

        /**
         * intracity_storerefund.
         *
         * @param r the request
         * @return the reply
         */
        StoreRefundResponse storeRefund(StoreRefundRequest r);

        /**
         * intracity_queryflow.
         *
         * @param r the request
         * @return the reply
         */
        QueryFlowResponse queryFlow(QueryFlowRequest r);

        /**
         * intracity_balancequery.
         *
         * @param r the request
         * @return the reply
         */
        BalanceQueryResponse balanceQuery(BalanceQueryRequest r);

        /**
         * intracity_preaddorder.
         *
         * @param r the request
         * @return the reply
         */
        PreAddOrderResponse preAddOrder(PreAddOrderRequest r);

        /**
         * intracity_addorder.
         *
         * @param r the request
         * @return the reply
         */
        IntracityAddOrderResponse addOrder(IntracityAddOrderRequest r);

        /**
         * intracity_queryorder.
         *
         * @param r the request
         * @return the reply
         */
        QueryOrderResponse queryOrder(QueryOrderRequest r);

        /**
         * intracity_cancelorder.
         *
         * @param r the request
         * @return the reply
         */
        IntracityCancelOrderResponse cancelOrder(IntracityCancelOrderRequest r);

        /**
         * intracity_setpaymode.
         *
         * @param r the request
         */
        void setPayMode(SetPayModeRequest r);

        /**
         * intracity_getpaymode.
         *
         * @param r the request
         * @return the reply
         */
        GetPayModeResponse getPayMode(GetPayModeRequest r);

        /**
         * intracity_getcity.
         *
         * @param r the request
         * @return the reply
         */
        GetCityResponse getCity(GetCityRequest r);

        /**
         * intracity_mocknotify.
         *
         * @param r the request
         */
        void mockNotify(MockNotifyRequest r);
    }

    /** Makes one call, by the name and arguments of {@link Calls}' method, in some call style. */
    @FunctionalInterface
    public interface Invoker {
        /**
         * Makes the call and waits for its result.
         *
         * @param method the {@link Calls} method
         * @param args   its arguments, or {@code null}
         * @return the call's result, {@code null} for a call returning nothing
         * @throws Throwable the call's failure, unwrapped
         */
        Object invoke(Method method, Object[] args) throws Throwable;
    }

    /**
     * The calls made through {@code invoker}.
     *
     * @param invoker makes each call
     * @return the calls
     */
    protected static Calls calls(Invoker invoker) {
        return (Calls) Proxy.newProxyInstance(Calls.class.getClassLoader(),
                new Class<?>[] {Calls.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("toString") ? "Calls" : method.invoke(invoker, args);
                    }
                    return invoker.invoke(method, args);
                });
    }

    /**
     * Invokes the method of the same name on {@code facade}.
     *
     * @param facade the blocking or async intracity client
     * @param method the {@link Calls} method
     * @param args   its arguments, or {@code null}
     * @return what the facade's method returned
     * @throws Throwable its failure, unwrapped
     */
    protected static Object same(Object facade, Method method, Object[] args) throws Throwable {
        try {
            return facade.getClass().getMethod(method.getName(), method.getParameterTypes()).invoke(facade, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * Waits for a future at most {@link #WAIT}, unwrapping its failure.
     *
     * @param future the call's future
     * @return its value
     * @throws Throwable its failure
     */
    protected static Object await(CompletableFuture<?> future) throws Throwable {
        try {
            return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause();
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        }
    }

    private Calls blocking() {
        return calls((method, args) -> same(client.intracity(), method, args));
    }

    private Calls async() {
        return calls((method, args) -> await((CompletableFuture<?>) same(client.async().intracity(), method, args)));
    }

    @Test
    void wholeLifeBlocking() {
        wholeLife(blocking());
    }

    @Test
    void wholeLifeAsync() {
        wholeLife(async());
    }

    @Test
    void everyCallBlocking() {
        everyCall(blocking());
    }

    @Test
    void everyCallAsync() {
        everyCall(async());
    }

    /**
     * Create store → charge → preaddorder → addorder → callbacks 10000 to 70000 → queryorder; then a
     * second order cancelled once a rider took it, with its 200 fen fee and the rest back in the balance.
     *
     * @param calls the calls, in the style under test
     */
    protected void wholeLife(Calls calls) {
        String wxStoreId = calls.createStore(CreateStoreRequest.builder().outStoreId("S1").storeName("海珠店")
                .addressInfo(STORE_ADDRESS).build()).wxStoreId();
        calls.storeCharge(StoreChargeRequest.builder().wxStoreId(wxStoreId).serviceTransId(ServiceTrans.DADA)
                .amount(10_000L).build());
        PreAddOrderResponse quote = calls.preAddOrder(PreAddOrderRequest.builder().wxStoreId(wxStoreId).userName("王小蒙")
                .userPhone("13900000000").userLat(new BigDecimal("23.120000")).userLng(new BigDecimal("113.330000"))
                .userAddress("广州市海珠区某路1号").cargo(CARGO).build());
        IntracityAddOrderResponse order = calls.addOrder(order(wxStoreId, "O-1"));
        assertThat(order.fee()).isEqualTo(quote.estFee()).isPositive();
        assertThat(order.distance()).isEqualTo(quote.distance());
        for (int i = 0; i < 4; i++) {
            server.intracity().advance(order.wxOrderId());
        }
        assertThat(server.intracity().awaitCallbacks(5, WAIT)).allSatisfy(c -> assertThat(c.status()).isEqualTo(200));
        assertThat(received).extracting(c -> c.orderStatus()).containsExactly(IntracityStatus.CREATED,
                IntracityStatus.ACCEPTED, IntracityStatus.ARRIVED_AT_STORE, IntracityStatus.DELIVERING, IntracityStatus.DELIVERED);
        QueryOrderResponse delivered = calls.queryOrder(QueryOrderRequest.byWxOrderId(order.wxOrderId()));
        assertThat(delivered.orderStatus()).isEqualTo(IntracityStatus.DELIVERED);
        assertThat(delivered.actualfee()).isEqualTo(order.fee());
        long balance = calls.balanceQuery(BalanceQueryRequest.of(wxStoreId, ServiceTrans.DADA)).allBalance();
        assertThat(balance).isEqualTo(10_000L - order.fee());

        IntracityAddOrderResponse second = calls.addOrder(order(wxStoreId, "O-2"));
        server.intracity().advance(second.wxOrderId());
        IntracityCancelOrderResponse cancelled = calls.cancelOrder(IntracityCancelOrderRequest.byStoreOrder(wxStoreId, "O-2")
                .withReason(IntracityCancelOrderRequest.NOT_NEEDED, null));
        assertThat(cancelled.deductfee()).isEqualTo(200L);
        assertThat(cancelled.orderStatus()).isEqualTo(IntracityStatus.CANCELLED_BY_MERCHANT);
        assertThat(calls.balanceQuery(BalanceQueryRequest.of(wxStoreId, ServiceTrans.DADA)).allBalance())
                .isEqualTo(balance - 200L);
        server.intracity().awaitCallbacks(8, WAIT);
        assertThat(received).last().satisfies(c -> {
            assertThat(c.wxOrderId()).isEqualTo(second.wxOrderId());
            assertThat(c.orderStatus()).isEqualTo(IntracityStatus.CANCELLED_BY_MERCHANT);
        });
    }

    /**
     * Each of the 16 calls once, with the fake's answer checked.
     *
     * @param calls the calls, in the style under test
     */
    protected void everyCall(Calls calls) {
        calls.apply();
        String wxStoreId = calls.createStore(CreateStoreRequest.builder().outStoreId("S9").storeName("店")
                .addressInfo(STORE_ADDRESS).build()).wxStoreId();
        assertThat(calls.queryStore(QueryStoreRequest.byOutStoreId("S9")).storeList()).hasSize(1);
        calls.updateStore(UpdateStoreRequest.of(StoreKeys.byWxStoreId(wxStoreId), StoreContent.builder().orderPattern("1").build()));
        assertThat(calls.storeCharge(StoreChargeRequest.builder().wxStoreId(wxStoreId).serviceTransId(ServiceTrans.DADA)
                .amount(5000L).build()).payurl()).startsWith("https://");
        assertThat(calls.queryFlow(QueryFlowRequest.builder().wxStoreId(wxStoreId).flowType(QueryFlowRequest.RECHARGE)
                .payMode(PayMode.STORE).build()).totalPayAmt()).isEqualTo(5000L);
        assertThat(calls.storeRefund(StoreRefundRequest.of(wxStoreId, ServiceTrans.DADA)).refundAmount()).isEqualTo(5000L);
        assertThat(calls.balanceQuery(BalanceQueryRequest.of(wxStoreId)).allBalance()).isZero();
        assertThat(calls.preAddOrder(PreAddOrderRequest.builder().wxStoreId(wxStoreId).userName("王小蒙")
                .userPhone("13900000000").userLat(new BigDecimal("23.120000")).userLng(new BigDecimal("113.330000"))
                .userAddress("广州市海珠区某路1号").cargo(CARGO).useSandbox(1).build()).estFee()).isPositive();
        IntracityAddOrderResponse sandbox = calls.addOrder(order(wxStoreId, "SB-1").toBuilder().useSandbox(1).build());
        calls.mockNotify(MockNotifyRequest.of(sandbox.wxOrderId(), IntracityStatus.ACCEPTED));
        assertThat(calls.queryOrder(QueryOrderRequest.byStoreOrder(wxStoreId, "SB-1")).orderStatus())
                .isEqualTo(IntracityStatus.ACCEPTED);
        assertThat(calls.cancelOrder(IntracityCancelOrderRequest.byWxOrderId(sandbox.wxOrderId())).deductfee()).isEqualTo(200L);
        calls.setPayMode(SetPayModeRequest.of(server.appId(), PayMode.STORE));
        assertThat(calls.getPayMode(GetPayModeRequest.of(server.appId())).payMode()).isEqualTo(PayMode.STORE);
        assertThat(calls.getCity(GetCityRequest.of(ServiceTrans.SFTC)).supportList()).singleElement()
                .satisfies(s -> assertThat(s.cityList()).isNotEmpty());
        assertThatThrownBy(() -> calls.cancelOrder(IntracityCancelOrderRequest.byWxOrderId(sandbox.wxOrderId())))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.isNotCancellable()).isTrue());
    }

    @Test
    void withoutApiSecurityEveryCallButApplyFailsBeforeSending() {
        try (LogisticsClient unsecured = LogisticsClient.builder().credentials(server.appId(), server.appSecret())
                .baseUri(server.baseUri()).transport(transport).callTimeout(WAIT).build()) {
            int before = server.requests().size();
            assertThatThrownBy(() -> unsecured.intracity().addOrder(order("4000", "O-1")))
                    .isInstanceOfSatisfying(ApiSecurityException.class, e -> assertThat(e.isNotSent()).isTrue())
                    .hasMessageContaining("apiSecurity(");
            assertThatThrownBy(() -> unsecured.async().intracity().getCity(GetCityRequest.all()).get(WAIT.toMillis(),
                    TimeUnit.MILLISECONDS)).hasCauseInstanceOf(ApiSecurityException.class);
            assertThat(server.requests().size()).isEqualTo(before);
        }
    }

    private IntracityAddOrderRequest order(String wxStoreId, String storeOrderId) {
        return IntracityAddOrderRequest.builder().wxStoreId(wxStoreId).storeOrderId(storeOrderId).userOpenid("oUSER")
                .userLat(new BigDecimal("23.120000")).userLng(new BigDecimal("113.330000")).userAddress("广州市海珠区某路1号")
                .userName("王小蒙").userPhone("13900000000").orderDetailPath("pages/order").callbackUrl(callbackUrl)
                .cargo(CARGO).build();
    }
}
