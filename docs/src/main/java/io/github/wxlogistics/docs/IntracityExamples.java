package io.github.wxlogistics.docs;

// tag::imports[]
import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.intracity.IntracityCallbackReceiver;
import io.github.wxlogistics.intracity.IntracityCallbackVerifier;
import io.github.wxlogistics.model.intracity.IntracityAddOrderRequest;
import io.github.wxlogistics.model.intracity.IntracityAddOrderResponse;
import io.github.wxlogistics.model.intracity.AddressInfo;
import io.github.wxlogistics.model.intracity.IntracityCancelOrderRequest;
import io.github.wxlogistics.model.intracity.IntracityCancelOrderResponse;
import io.github.wxlogistics.model.intracity.CargoType;
import io.github.wxlogistics.model.intracity.CreateStoreRequest;
import io.github.wxlogistics.model.intracity.IntracityCallback;
import io.github.wxlogistics.model.intracity.IntracityCargo;
import io.github.wxlogistics.model.intracity.PreAddOrderRequest;
import io.github.wxlogistics.model.intracity.PreAddOrderResponse;
import io.github.wxlogistics.model.intracity.QueryOrderRequest;
import io.github.wxlogistics.model.intracity.QueryOrderResponse;
import io.github.wxlogistics.model.intracity.ServiceTrans;
import io.github.wxlogistics.model.intracity.StoreChargeRequest;
import io.github.wxlogistics.security.ApiSecurity;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import io.github.wxlogistics.transport.jdk.JdkIntracityCallbackHandler;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;
// end::imports[]

/** The examples docs/intracity.md quotes; IntracityExamplesTest runs each against the fake server. */
public final class IntracityExamples {

    private IntracityExamples() {
    }

    /** A client for intracity calls: API security is required. */
    public static LogisticsClient client(URI baseUri, String appId, String appSecret, ApiSecurity security,
            JdkHttpTransport transport) {
        // tag::client[]
        LogisticsClient client = LogisticsClient.builder()
                .credentials(appId, appSecret)
                .apiSecurity(security)                      // without it every intracity call but apply fails unsent
                .transport(transport)
                .baseUri(baseUri)
                .callTimeout(Duration.ofSeconds(15))
                .build();
        // end::client[]
        return client;
    }

    /** Registers a store and tops up its DADA balance; returns its wx_store_id. */
    public static String openStore(LogisticsClient client) {
        // tag::store[]
        String wxStoreId = client.intracity().createStore(CreateStoreRequest.builder()
                .outStoreId("haizhu-01")                    // your own ID; a second createstore with it is 934010
                .storeName("海珠店")
                .addressInfo(AddressInfo.builder()
                        .province("广东省").city("广州市").area("海珠区").house("新港中路397号")
                        .lat(new BigDecimal("23.096105")).lng(new BigDecimal("113.324520"))   // GCJ-02, as given
                        .phone("020-84110000").build())
                .build()).wxStoreId();
        client.intracity().storeCharge(StoreChargeRequest.builder()
                .wxStoreId(wxStoreId).serviceTransId(ServiceTrans.DADA)
                .amount(10_000L)                            // fen: 100 yuan; at least 5000
                .build());                                  // the reply's payurl is where the merchant pays
        // end::store[]
        return wxStoreId;
    }

    /** Prices and places an order whose status changes are POSTed to {@code callbackUrl}. */
    public static IntracityAddOrderResponse placeOrder(LogisticsClient client, String wxStoreId, String storeOrderId,
            String callbackUrl) {
        // tag::order[]
        IntracityCargo cake = IntracityCargo.builder().cargoName("芒果蛋糕").cargoType(CargoType.CAKE)
                .cargoWeight(1500L)                         // grams
                .cargoPrice(9900L)                          // fen
                .cargoNum(1).build();
        PreAddOrderResponse quote = client.intracity().preAddOrder(PreAddOrderRequest.builder()
                .wxStoreId(wxStoreId).userName("王小蒙").userPhone("13900000000")
                .userLat(new BigDecimal("23.120000")).userLng(new BigDecimal("113.330000"))
                .userAddress("广州市海珠区某路1号").cargo(cake).build());
        System.out.printf("%s would take it: %d m for %d fen%n", quote.serviceTransId(), quote.distance(), quote.estFee());
        IntracityAddOrderRequest order = IntracityAddOrderRequest.builder()
                .wxStoreId(wxStoreId)
                .storeOrderId(storeOrderId)                 // WeChat's key: the same request again returns this order
                .userOpenid("oBuyer").userName("王小蒙").userPhone("13900000000")
                .userLat(new BigDecimal("23.120000")).userLng(new BigDecimal("113.330000"))
                .userAddress("广州市海珠区某路1号")
                .orderDetailPath("pages/order/detail?id=" + storeOrderId)
                .callbackUrl(callbackUrl)
                .cargo(cake).build();
        IntracityAddOrderResponse placed;
        try {
            placed = client.intracity().addOrder(order);
        } catch (ApiException e) {
            if (e.isInsufficientBalance()) {        // 934013: top up with storeCharge, then send the same order again
                throw new IllegalStateException("store " + wxStoreId + " needs a top-up", e);
            }
            throw e;
        }
        // end::order[]
        return placed;
    }

    /** Serves the order-status callbacks on a JDK server at /wechat/intracity; the caller stops it. */
    public static HttpServer receiveCallbacks(HttpServer server, LogisticsClient client, Consumer<QueryOrderResponse> onStatus) {
        // tag::callbacks[]
        // WeChat does not document how the callback's sign is made: treat a callback as a prompt to
        // look, and act on what queryorder says (acceptAll() is the explicit opt-out of a check).
        IntracityCallbackReceiver receiver = IntracityCallbackReceiver.builder()
                .verifier(IntracityCallbackVerifier.acceptAll())
                .handler((IntracityCallback callback) -> onStatus.accept(client.intracity()
                        .queryOrder(QueryOrderRequest.byWxOrderId(callback.wxOrderId()))))
                .build();
        server.createContext("/wechat/intracity", JdkIntracityCallbackHandler.of(receiver));
        // end::callbacks[]
        return server;
    }

    /** Cancels an order; returns the cancellation fee in fen. */
    public static long cancel(LogisticsClient client, String wxOrderId) {
        // tag::cancel[]
        IntracityCancelOrderResponse cancelled = client.intracity().cancelOrder(IntracityCancelOrderRequest.byWxOrderId(wxOrderId)
                .withReason(IntracityCancelOrderRequest.NOT_NEEDED, null));
        long fee = cancelled.deductfee();                   // fen kept once a rider took it; the rest is refunded
        // end::cancel[]
        return fee;
    }
}
