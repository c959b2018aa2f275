package io.github.wxlogistics.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.RetryPolicy;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.Cargo;
import io.github.wxlogistics.model.CargoDetail;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.Insured;
import io.github.wxlogistics.model.OrderStatus;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.ServiceType;
import io.github.wxlogistics.model.Shop;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.FakeResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.RecordedRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of the whole client over a given transport, against the fake WeChat server with
 * its demo data: what an adapter can break once the client sits on it. GET and POST round trips
 * carrying Chinese text both ways; token rejection (40001, 42001) answered by one refresh and one
 * replay, and no second replay; WeChat errcodes as {@link ApiException}; a malformed body as {@link DecodeException};
 * a write (addOrder) sent at most once when the connection drops or the attempt times out; a read
 * retried after errcode -1, HTTP 5xx or a dropped connection. The fake server's own business
 * rules (accounts, printers, quotas, order states) are the testkit's to test, not the adapter's.
 *
 * <p>An adapter module runs it through a subclass that implements {@link #createTransport()}; a
 * case an adapter cannot support is overridden with a comment saying why.
 *
 * <pre>{@code
 * class JdkLogisticsClientTest extends LogisticsClientContract {
 *     protected HttpTransport createTransport() { return JdkHttpTransport.create(); }
 * }
 * }</pre>
 */
public abstract class LogisticsClientContract {

    private static final String ORDER_ID = "01234567890123456789";
    private static final String WAYBILL_ID = "123456789";
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(2);

    private FakeWeChatServer server;
    private HttpTransport transport;
    private LogisticsClient client;

    /** For subclasses. */
    protected LogisticsClientContract() {
    }

    /**
     * A new transport for one test; the suite closes it after the test.
     *
     * @return the transport under test
     */
    protected abstract HttpTransport createTransport();

    @BeforeEach
    void startServerAndClient() {
        server = FakeWeChatServer.builder().demoData().start();
        transport = createTransport();
        client = LogisticsClient.builder()
                .credentials(server.appId(), server.appSecret())
                .baseUri(server.baseUri())
                .transport(transport)
                .attemptTimeout(ATTEMPT_TIMEOUT)
                .callTimeout(Duration.ofSeconds(5))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)))
                .build();
    }

    @AfterEach
    void stopServerAndClient() {
        client.close();
        transport.close();
        server.close();
    }

    /**
     * The fake server of the current test, for subclasses that add cases.
     *
     * @return the server
     */
    protected final FakeWeChatServer server() {
        return server;
    }

    /**
     * The client under test, over {@link #createTransport()}'s transport, for subclasses that add cases.
     *
     * @return the client
     */
    protected final LogisticsClient client() {
        return client;
    }

    /** How many requests for {@code operation} the server has received so far. */
    private long sent(String operation) {
        return server.requests().stream().filter(r -> r.operation().equals(java.util.Optional.of(operation))).count();
    }

    private List<RecordedRequest> requests(String operation) {
        return server.requests().stream().filter(r -> r.operation().equals(java.util.Optional.of(operation))).toList();
    }

    private static AddOrderRequest order(String orderId) {
        return CallCatalog.order(orderId);
    }


    @Test
    void aGetRoundTripsChineseText() {
        var reply = client.merchant().getAllDelivery();

        var sf = reply.data().stream().filter(d -> d.deliveryId().equals("SF")).findFirst().orElseThrow();
        assertThat(sf.deliveryName()).isEqualTo("顺丰速运");
        assertThat(sf.serviceType()).contains(new ServiceType(0, "标准快递"));
        RecordedRequest sentRequest = requests("getAllDelivery").get(0);
        assertThat(sentRequest.method()).isEqualTo("GET");
        assertThat(sentRequest.body()).isEmpty();
        assertThat(sentRequest.queryParameter("access_token")).hasValueSatisfying(t -> assertThat(t).isNotBlank());
    }

    @Test
    void aPostRoundTripsChineseTextBothWays() {
        String message = "已签收，签收人：丽影邓丽君【18666666666】";
        String token = server.courierToken(WAYBILL_ID).orElseThrow();

        client.courier().updatePath(UpdatePathRequest.builder().token(token).waybillId(WAYBILL_ID)
                .actionTime(1533080000L).actionType(ActionType.SIGNED).actionMsg(message).build());
        var path = client.merchant().getPath(GetPathRequest.builder().orderId(ORDER_ID).deliveryId("SF")
                .waybillId(WAYBILL_ID).build());

        var last = path.pathItemList().get(path.pathItemList().size() - 1);
        assertThat(last.actionMsg()).isEqualTo(message);
        assertThat(last.actionType()).isEqualTo(ActionType.SIGNED);
        RecordedRequest update = requests("updatePath").get(0);
        assertThat(update.method()).isEqualTo("POST");
        assertThat(update.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(update.bodyText()).as("the body went out as UTF-8, unchanged").contains(message);
    }

    @Test
    void anExpiredTokenCausesOneRefreshAndOneReplay() {
        client.merchant().getAllAccount();
        server.expireAllTokens();

        assertThat(client.merchant().getAllAccount().count()).isPositive();

        assertThat(sent("getStableAccessToken")).isEqualTo(2);
        assertThat(sent("getAllAccount")).as("first call, rejected call, replay").isEqualTo(3);
    }

    @Test
    void aRevokedTokenCausesOneRefreshAndOneReplay() {
        client.merchant().getAllAccount();
        server.revokeAllTokens();

        assertThat(client.merchant().getAllAccount().count()).isPositive();

        assertThat(sent("getStableAccessToken")).isEqualTo(2);
        assertThat(sent("getAllAccount")).as("first call, rejected call (40001), replay").isEqualTo(3);
        List<RecordedRequest> calls = requests("getAllAccount");
        assertThat(calls.get(2).queryParameter("access_token")).as("the replay carries the new token")
                .isNotEqualTo(calls.get(1).queryParameter("access_token"));
    }

    @Test
    void aTokenRejectedAgainAfterTheRefreshIsNotReplayedTwice() {
        client.merchant().getAllAccount();
        server.revokeAllTokens();
        server.enqueue("getAllAccount", FakeResponse.proceed());       // the fake answers 40001
        server.enqueue("getAllAccount", FakeResponse.errcode(42001));  // and rejects the replay too

        assertThatThrownBy(() -> client.merchant().getAllAccount()).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.errcode()).isEqualTo(42001));

        assertThat(sent("getStableAccessToken")).isEqualTo(2);
        assertThat(sent("getAllAccount")).isEqualTo(3);
    }

    @Test
    void anErrcodeBecomesATypedApiException() {
        server.enqueue("getAllAccount", FakeResponse.errcode(45011));

        assertThatThrownBy(() -> client.merchant().getAllAccount()).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.errcode()).isEqualTo(45011);
            assertThat(e.errmsg()).isNotBlank();
            assertThat(e.operation()).isEqualTo("getAllAccount");
            assertThat(e.isRateLimited()).isTrue();
        });
        assertThat(sent("getAllAccount")).as("a rate limit is not retried").isEqualTo(1);
    }

    @Test
    void aMalformedBodyBecomesADecodeException() {
        server.enqueue("getOrder", FakeResponse.malformedJson());

        assertThatThrownBy(() -> client.merchant().getOrder(GetOrderRequest.builder().orderId(ORDER_ID).deliveryId("SF")
                .build()))
                .isInstanceOf(DecodeException.class);
    }

    @Test
    void addOrderIsSentAtMostOnceWhenTheConnectionDrops() {
        server.enqueue("addOrder", FakeResponse.dropConnectionMidBody());

        assertThatThrownBy(() -> client.merchant().addOrder(order("contract-lost")))
                .isInstanceOf(TransportException.class);

        assertThat(sent("addOrder")).isEqualTo(1);
        // The reply was lost, not the order: getOrder finds it.
        var landed = client.merchant().getOrder(GetOrderRequest.builder().orderId("contract-lost").deliveryId("SF")
                .build());
        assertThat(landed.orderStatus()).isEqualTo(OrderStatus.NORMAL);
        assertThat(landed.waybillId()).isNotBlank();
    }

    @Test
    void addOrderIsSentAtMostOnceWhenItTimesOut() {
        server.enqueue("addOrder", FakeResponse.stall());

        assertThatThrownBy(() -> client.merchant().addOrder(order("contract-slow")))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isTimeout()).isTrue());

        assertThat(sent("addOrder")).isEqualTo(1);
    }

    @Test
    void aReadIsRetriedAfterSystemBusy() {
        server.enqueue("getOrder", FakeResponse.errcode(-1));

        assertThat(client.merchant().getOrder(GetOrderRequest.builder().orderId(ORDER_ID).deliveryId("SF").build())
                .waybillId()).isEqualTo(WAYBILL_ID);

        assertThat(sent("getOrder")).isEqualTo(2);
    }

    @Test
    void aReadIsRetriedAfterAnHttp5xx() {
        server.enqueue("getOrder", FakeResponse.httpStatus(503));

        assertThat(client.merchant().getOrder(GetOrderRequest.builder().orderId(ORDER_ID).deliveryId("SF").build())
                .waybillId()).isEqualTo(WAYBILL_ID);

        assertThat(sent("getOrder")).isEqualTo(2);
    }

    @Test
    void aReadIsRetriedWhenTheConnectionDrops() {
        server.enqueue("getOrder", FakeResponse.dropConnectionMidBody());

        assertThat(client.merchant().getOrder(GetOrderRequest.builder().orderId(ORDER_ID).deliveryId("SF").build())
                .orderId()).isEqualTo(ORDER_ID);

        assertThat(sent("getOrder")).isEqualTo(2);
    }
}
