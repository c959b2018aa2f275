package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.error.HttpStatusException;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.internal.call.Endpoint;
import io.github.wxlogistics.internal.call.Endpoints;
import io.github.wxlogistics.internal.call.Safety;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.PreviewTemplateRequest;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.spi.TransportResponse;
import io.github.wxlogistics.support.Orders;
import io.github.wxlogistics.support.ScriptedTransport;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryAndDeadlineTest {

    private static final String ORDER_PATH = "/cgi-bin/express/business/order/get";
    private static final GetOrderRequest ORDER = GetOrderRequest.builder().orderId("o1").deliveryId("SF").build();
    private static final String UPDATE_PATH = "/cgi-bin/express/delivery/path/update";

    private final ScriptedTransport transport = new ScriptedTransport()
            .otherwise(r -> ScriptedTransport.json(200, "{\"order_id\":\"o1\",\"count\":0}"));
    private final LogisticsClient client = LogisticsClient.builder().accessToken("T").transport(transport)
            .retryPolicy(new RetryPolicy(3, Duration.ZERO, Duration.ZERO)).build();

    @AfterEach
    void close() {
        client.close();
    }

    private static UpdatePathRequest update() {
        return UpdatePathRequest.builder().token("tok").waybillId("w1").actionTime(1533052800L)
                .actionType(ActionType.SIGNED).actionMsg("签收").build();
    }

    @Test
    void readsAreRetriedOnSystemBusy5xxAndTransportFailures() {
        transport.enqueue(200, "{\"errcode\":-1,\"errmsg\":\"system error\"}").enqueue(503, "busy");
        assertThat(client.merchant().getOrder(ORDER).orderId()).isEqualTo("o1");
        assertThat(transport.count(ORDER_PATH)).isEqualTo(3);

        transport.enqueueFailure();
        assertThat(client.merchant().getOrder(ORDER).orderId()).isEqualTo("o1");
        assertThat(transport.count(ORDER_PATH)).isEqualTo(5);
    }

    @Test
    void readsGiveUpAfterMaxAttemptsWithTheLastError() {
        transport.enqueue(502, "a").enqueue(502, "b").enqueue(502, "c");
        assertThatThrownBy(() -> client.merchant().getOrder(ORDER))
                .isInstanceOfSatisfying(HttpStatusException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(502);
                    assertThat(e.bodyExcerpt()).isEqualTo("c");
                    assertThat(e.isServerError()).isTrue();
                });
        assertThat(transport.count(ORDER_PATH)).isEqualTo(3);
    }

    @Test
    void rateLimitsAndOtherErrcodesAreNotRetried() {
        transport.enqueue(200, "{\"errcode\":45011,\"errmsg\":\"api minute-quota reach limit\"}");
        assertThatThrownBy(() -> client.merchant().getOrder(ORDER))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.isRateLimited()).isTrue());
        assertThat(transport.count(ORDER_PATH)).isEqualTo(1);
    }

    @Test
    void writesAreNeverResent() {
        transport.enqueue(200, "{\"errcode\":-1,\"errmsg\":\"system error\"}");
        assertThatThrownBy(() -> client.courier().updatePath(update()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.isSystemBusy()).isTrue());
        transport.enqueueFailure();
        assertThatThrownBy(() -> client.courier().updatePath(update())).isInstanceOf(TransportException.class);
        transport.enqueue(503, "busy");
        assertThatThrownBy(() -> client.courier().updatePath(update())).isInstanceOf(HttpStatusException.class);
        assertThat(transport.count(UPDATE_PATH)).isEqualTo(3);
    }

    @Test
    void everyCallHasItsDocumentedSafety() {
        Map<String, Safety> safety = Endpoints.ALL.stream().collect(Collectors.toMap(Endpoint::operation, Endpoint::safety));
        assertThat(safety).hasSize(16 + Endpoints.COMPONENTS.size() + Endpoints.FREIGHT_INSURANCE.size()).containsAllEntriesOf(Map.ofEntries(
                Map.entry("getOrder", Safety.READ), Map.entry("getPath", Safety.READ),
                Map.entry("getAllAccount", Safety.READ), Map.entry("getAllDelivery", Safety.READ),
                Map.entry("getPrinter", Safety.READ), Map.entry("getQuota", Safety.READ),
                Map.entry("batchGetOrder", Safety.READ), Map.entry("getContact", Safety.READ),
                Map.entry("previewTemplate", Safety.READ),
                Map.entry("addOrder", Safety.WRITE), Map.entry("cancelOrder", Safety.WRITE),
                Map.entry("updatePrinter", Safety.WRITE), Map.entry("bindAccount", Safety.WRITE),
                Map.entry("testUpdateOrder", Safety.WRITE), Map.entry("updateBusiness", Safety.WRITE),
                Map.entry("updatePath", Safety.WRITE)));
        for (Endpoint<?, ?> endpoint : Endpoints.ALL) {
            assertThat(endpoint.isRead()).as(endpoint.operation()).isEqualTo(endpoint.safety() == Safety.READ);
        }
    }

    @Test
    void addOrderIsNeverResentButPreviewTemplateIs() {
        transport.enqueue(503, "busy");
        assertThatThrownBy(() -> client.merchant().addOrder(Orders.valid())).isInstanceOf(HttpStatusException.class);
        assertThat(transport.count("/cgi-bin/express/business/order/add")).isEqualTo(1);
        transport.enqueue(503, "busy");
        client.courier().previewTemplate(PreviewTemplateRequest.builder().waybillId("w").waybillTemplate("dA==")
                .waybillData("##k##v##").custom(Orders.valid()).build());
        assertThat(transport.count("/cgi-bin/express/delivery/template/preview")).isEqualTo(2);
    }

    @Test
    void errcodesBecomeApiExceptionsWithCourierResult() {
        transport.enqueue(200, "{\"errcode\":9300501,\"errmsg\":\"delivery logic fail\",\"delivery_resultcode\":10002,"
                + "\"delivery_resultmsg\":\"客户密码不正确\"}");
        assertThatThrownBy(() -> client.courier().updatePath(update())).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.errcode()).isEqualTo(9300501);
            assertThat(e.errmsg()).isEqualTo("delivery logic fail");
            assertThat(e.deliveryResultcode()).hasValue(10002);
            assertThat(e.deliveryResultmsg()).hasValue("客户密码不正确");
            assertThat(e.getMessage()).contains("updatePath", "9300501", "10002");
        });
    }

    @Test
    void malformedBodiesBecomeDecodeExceptions() {
        transport.enqueue(200, "<html>gateway</html>");
        assertThatThrownBy(() -> client.courier().updatePath(update())).isInstanceOf(DecodeException.class);
        transport.enqueue(200, "");
        assertThatThrownBy(() -> client.courier().updatePath(update())).isInstanceOf(DecodeException.class)
                .hasMessageContaining("empty");
        transport.enqueue(200, "{\"order_id\": {\"nested\": 1}}");
        assertThatThrownBy(() -> client.merchant().getOrder(ORDER))
                .isInstanceOf(DecodeException.class);
    }

    @Test
    void aStalledCallFailsWithATimeoutAndIsCancelled() {
        CompletableFuture<TransportResponse> stalled = new CompletableFuture<>();
        ScriptedTransport stalling = new ScriptedTransport().otherwiseAsync(r -> stalled);
        try (LogisticsClient c = LogisticsClient.builder().accessToken("T").transport(stalling)
                .callTimeout(Duration.ofMillis(200)).build()) {
            assertThatThrownBy(() -> c.courier().updatePath(update()))
                    .isInstanceOfSatisfying(TransportException.class, e -> {
                        assertThat(e.isTimeout()).isTrue();
                        assertThat(e.getMessage()).contains("updatePath (waybill_id \"w1\") did not complete within PT0.2S")
                                .contains("outcome is unknown");
                    });
        }
        assertThat(stalled).isCancelled();
    }

    @Test
    void cancellingAnAsyncCallCancelsTheExchange() {
        CompletableFuture<TransportResponse> stalled = new CompletableFuture<>();
        transport.otherwiseAsync(r -> stalled);
        var call = client.async().merchant().getOrder(ORDER);
        call.cancel(true);
        assertThat(stalled).isCancelled();
    }

    @Test
    void theBlockingClientRefusesAnEventLoopThread() {
        transport.mayBlock(false);
        assertThatThrownBy(() -> client.merchant().getAllAccount()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("event-loop thread").hasMessageContaining("client.async()");
        assertThat(transport.requests()).isEmpty();
        assertThat(client.async().merchant().getAllAccount().join().count()).isZero();
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void closeLeavesABorrowedTransportOpen() {
        client.close();
        assertThat(transport.isClosed()).isFalse();
    }

    @Test
    void aClientNeedsATokenSource() {
        assertThatThrownBy(() -> LogisticsClient.builder().transport(transport).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("credentials(appId, appSecret)");
    }
}
