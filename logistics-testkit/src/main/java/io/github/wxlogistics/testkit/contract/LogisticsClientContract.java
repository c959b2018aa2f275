package io.github.wxlogistics.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.RetryPolicy;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.BindStatus;
import io.github.wxlogistics.model.GetContactRequest;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.OrderStatus;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.model.WaybillData;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.FakeResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of the whole client over a given transport, against the fake WeChat server with
 * its demo data. An adapter module runs it through a subclass that implements
 * {@link #createTransport()}; a case an adapter cannot support is overridden with a comment
 * saying why.
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
    private static final String GET_ORDER = "/cgi-bin/express/business/order/get";
    private static final String GET_ALL_ACCOUNT = "/cgi-bin/express/business/account/getall";
    private static final String UPDATE_PATH = "/cgi-bin/express/delivery/path/update";
    private static final String STABLE_TOKEN = "/cgi-bin/stable_token";

    private FakeWeChatServer server;
    private HttpTransport transport;
    private LogisticsClient client;

    /** A new transport for one test; the suite closes it after the test. */
    protected abstract HttpTransport createTransport();

    @BeforeEach
    void startServerAndClient() {
        server = FakeWeChatServer.builder().demoData().start();
        transport = createTransport();
        client = LogisticsClient.builder()
                .credentials(server.appId(), server.appSecret())
                .baseUri(server.baseUri())
                .transport(transport)
                .attemptTimeout(Duration.ofSeconds(2))
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

    /** The server, for subclasses that add cases. */
    protected final FakeWeChatServer server() {
        return server;
    }

    /** The client under test, for subclasses that add cases. */
    protected final LogisticsClient client() {
        return client;
    }

    @Test
    void getAllAccountRoundTrips() {
        var reply = client.merchant().getAllAccount();
        assertThat(reply.count()).isEqualTo(reply.list().size()).isPositive();
        var account = reply.list().stream().filter(a -> a.bizId().equals("123456789")).findFirst().orElseThrow();
        assertThat(account.deliveryId()).isEqualTo("YUNDA");
        assertThat(account.statusCode()).isEqualTo(BindStatus.BOUND);
        assertThat(account.quotaNum()).isEqualTo(55L);
    }

    @Test
    void getOrderRoundTrips() {
        var reply = client.merchant().getOrder(GetOrderRequest.of(ORDER_ID, "SF").withOpenid("oABC123456")
                .withWaybillId(WAYBILL_ID));
        assertThat(reply.orderId()).isEqualTo(ORDER_ID);
        assertThat(reply.waybillId()).isEqualTo(WAYBILL_ID);
        assertThat(reply.deliveryId()).isEqualTo("SF");
        assertThat(reply.orderStatus()).isEqualTo(OrderStatus.NORMAL);
        assertThat(reply.waybillData()).contains(new WaybillData("SF_bagAddr", "广州"));
        assertThat(reply.printHtml()).isNotBlank();
    }

    @Test
    void getPathRoundTripsWithTheUndocumentedActionType() {
        var reply = client.merchant().getPath(GetPathRequest.of(ORDER_ID, "SF", WAYBILL_ID));
        assertThat(reply.pathItemNum()).isEqualTo(reply.pathItemList().size()).isEqualTo(3);
        assertThat(reply.pathItemList()).extracting(p -> p.actionType())
                .containsExactly(ActionType.PICKED_UP, ActionType.IN_TRANSIT, ActionType.of(300001));
    }

    @Test
    void getContactRoundTrips() {
        var reply = client.courier().getContact(GetContactRequest.of("TOKEN", "12345678901234567890"));
        assertThat(reply.waybillId()).isEqualTo("12345678901234567890");
        assertThat(reply.sender().name()).isEqualTo("Jim");
        assertThat(reply.receiver().name()).isEqualTo("Wang Xiaomeng");
    }

    @Test
    void updatePathAppendsToWhatGetPathReturns() {
        String token = server.courierToken(WAYBILL_ID).orElseThrow();
        client.courier().updatePath(new UpdatePathRequest(token, WAYBILL_ID, 1533080000L, ActionType.SIGNED,
                "已签收，签收人：丽影邓丽君【18666666666】"));
        var path = client.merchant().getPath(GetPathRequest.of(ORDER_ID, "SF", WAYBILL_ID));
        assertThat(path.pathItemNum()).isEqualTo(4);
        var last = path.pathItemList().get(3);
        assertThat(last.actionType()).isEqualTo(ActionType.SIGNED);
        assertThat(last.actionMsg()).isEqualTo("已签收，签收人：丽影邓丽君【18666666666】");
        assertThat(last.actionTime()).isEqualTo(1533080000L);
    }

    @Test
    void anExpiredTokenCausesOneRefreshAndOneReplay() {
        client.merchant().getAllAccount();
        server.expireAllTokens();
        assertThat(client.merchant().getAllAccount().count()).isPositive();
        List<RecordedRequest> journal = drainJournal();
        assertThat(count(journal, STABLE_TOKEN)).isEqualTo(2);
        assertThat(count(journal, GET_ALL_ACCOUNT)).isEqualTo(3);
    }

    @Test
    void anErrcodeBecomesATypedApiException() {
        server.enqueue(GET_ALL_ACCOUNT, FakeResponse.errcode(45011));
        assertThatThrownBy(() -> client.merchant().getAllAccount()).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.errcode()).isEqualTo(45011);
            assertThat(e.errmsg()).isNotBlank();
            assertThat(e.operation()).isEqualTo("getAllAccount");
            assertThat(e.isRateLimited()).isTrue();
        });
    }

    @Test
    void aMalformedBodyBecomesADecodeException() {
        server.enqueue(GET_ORDER, FakeResponse.malformedJson());
        assertThatThrownBy(() -> client.merchant().getOrder(GetOrderRequest.of(ORDER_ID, "SF")))
                .isInstanceOf(DecodeException.class);
    }

    @Test
    void aWriteIsSentAtMostOnceWhenTheConnectionDrops() {
        String token = server.courierToken(WAYBILL_ID).orElseThrow();
        server.enqueue(UPDATE_PATH, FakeResponse.dropConnectionMidBody());
        assertThatThrownBy(() -> client.courier().updatePath(
                new UpdatePathRequest(token, WAYBILL_ID, 1533080000L, ActionType.SIGNED, "签收")))
                .isInstanceOf(TransportException.class);
        assertThat(count(drainJournal(), UPDATE_PATH)).isEqualTo(1);
    }

    @Test
    void aWriteIsSentAtMostOnceWhenItTimesOut() {
        String token = server.courierToken(WAYBILL_ID).orElseThrow();
        server.enqueue(UPDATE_PATH, FakeResponse.stall());
        assertThatThrownBy(() -> client.courier().updatePath(
                new UpdatePathRequest(token, WAYBILL_ID, 1533080000L, ActionType.SIGNED, "签收")))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isTimeout()).isTrue());
        assertThat(count(drainJournal(), UPDATE_PATH)).isEqualTo(1);
    }

    @Test
    void aReadIsRetriedWhenTheConnectionDrops() {
        server.enqueue(GET_ORDER, FakeResponse.dropConnectionMidBody());
        assertThat(client.merchant().getOrder(GetOrderRequest.of(ORDER_ID, "SF")).orderId()).isEqualTo(ORDER_ID);
        assertThat(count(drainJournal(), GET_ORDER)).isEqualTo(2);
    }

    private List<RecordedRequest> drainJournal() {
        List<RecordedRequest> all = new ArrayList<>();
        for (RecordedRequest r = server.takeRequest(Duration.ofMillis(200)); r != null;
                r = server.takeRequest(Duration.ofMillis(200))) {
            all.add(r);
        }
        return all;
    }

    private static long count(List<RecordedRequest> journal, String path) {
        return journal.stream().filter(r -> r.path().equals(path)).count();
    }
}
