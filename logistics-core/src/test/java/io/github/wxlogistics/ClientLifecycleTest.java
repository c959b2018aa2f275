package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.LogisticsException;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.spi.TransportResponse;
import io.github.wxlogistics.support.ScriptedTransport;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Closing the client, base URIs with a prefix, and token replays on writes. */
class ClientLifecycleTest {

    private static final GetOrderRequest ORDER = GetOrderRequest.builder().orderId("o1").deliveryId("SF").build();

    private static UpdatePathRequest update() {
        return UpdatePathRequest.builder().token("tok").waybillId("w1").actionTime(1533052800L)
                .actionType(ActionType.SIGNED).actionMsg("签收").build();
    }

    @Test
    void closeFailsCallsInFlightPromptly() throws Exception {
        CompletableFuture<TransportResponse> stalled = new CompletableFuture<>();
        ScriptedTransport transport = new ScriptedTransport().otherwiseAsync(r -> stalled);
        LogisticsClient client = LogisticsClient.builder().accessToken("T").transport(transport).build();
        var call = client.async().courier().updatePath(update());
        client.close();
        assertThatThrownBy(() -> call.get(1, TimeUnit.SECONDS)).hasCauseInstanceOf(TransportException.class)
                .hasMessageContaining("updatePath aborted: the client was closed");
        assertThat(stalled).isCancelled();
    }

    @Test
    void closeEndsAReadWaitingToRetry() throws Exception {
        ScriptedTransport transport = new ScriptedTransport()
                .otherwise(r -> ScriptedTransport.json(503, "busy"));
        LogisticsClient client = LogisticsClient.builder().accessToken("T").transport(transport)
                .retryPolicy(new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(1))).build();
        var call = client.async().merchant().getOrder(ORDER);
        client.close();
        // Either the aborted deadline or the aborted backoff ends it: promptly, never retried.
        assertThatThrownBy(() -> call.get(1, TimeUnit.SECONDS)).hasCauseInstanceOf(LogisticsException.class);
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void callsAfterCloseAreNotSent() {
        ScriptedTransport transport = new ScriptedTransport();
        LogisticsClient client = LogisticsClient.builder().accessToken("T").transport(transport).build();
        client.close();
        assertThatThrownBy(() -> client.courier().updatePath(update())).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.isNotSent()).as("flagged safe to send again").isTrue())
                .hasMessageContaining("not sent: the client is closed");
        assertThatThrownBy(() -> client.async().merchant().getAllAccount().join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(TransportException.class);
        assertThat(transport.requests()).isEmpty();
        assertThat(transport.isClosed()).isFalse();
    }

    @Test
    void readsBehindAPathPrefixAreStillRetried() {
        ScriptedTransport transport = new ScriptedTransport()
                .otherwise(r -> ScriptedTransport.json(200, "{\"order_id\":\"o1\"}"));
        transport.enqueue(503, "busy");
        try (LogisticsClient client = LogisticsClient.builder().accessToken("T").transport(transport)
                .baseUri(URI.create("https://proxy.example/wechat/"))
                .retryPolicy(new RetryPolicy(2, Duration.ZERO, Duration.ZERO)).build()) {
            assertThat(client.merchant().getOrder(ORDER).orderId()).isEqualTo("o1");
        }
        assertThat(transport.requests()).hasSize(2);
        assertThat(transport.requests().get(0).uri().getPath()).isEqualTo("/wechat/cgi-bin/express/business/order/get");
    }

    @Test
    void aTokenRejectionOfAWriteIsReplayedExactlyOnce() {
        ScriptedTransport transport = new ScriptedTransport().otherwise(r -> {
            if (r.uri().getPath().equals("/cgi-bin/stable_token")) {
                return ScriptedTransport.json(200, "{\"access_token\":\"T" + System.nanoTime() + "\",\"expires_in\":7200}");
            }
            return ScriptedTransport.json(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
        });
        transport.enqueue(200, "{\"access_token\":\"FIRST\",\"expires_in\":7200}")
                .enqueue(200, "{\"errcode\":40001,\"errmsg\":\"invalid credential\"}");
        try (LogisticsClient client = LogisticsClient.builder().credentials("a", "s").transport(transport).build()) {
            client.courier().updatePath(update());
        }
        var writes = transport.requests().stream()
                .filter(r -> r.uri().getPath().equals("/cgi-bin/express/delivery/path/update")).toList();
        assertThat(writes).hasSize(2);
        assertThat(writes.get(0).uri().getQuery()).isEqualTo("access_token=FIRST");
        assertThat(writes.get(1).uri().getQuery()).isNotEqualTo("access_token=FIRST");
    }

    @Test
    void aWriteRejectedTwiceIsNotSentAThirdTime() {
        ScriptedTransport transport = new ScriptedTransport().otherwise(r -> r.uri().getPath().equals("/cgi-bin/stable_token")
                ? ScriptedTransport.json(200, "{\"access_token\":\"T" + System.nanoTime() + "\",\"expires_in\":7200}")
                : ScriptedTransport.json(200, "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}"));
        try (LogisticsClient client = LogisticsClient.builder().credentials("a", "s").transport(transport).build()) {
            assertThatThrownBy(() -> client.courier().updatePath(update())).isInstanceOf(ApiException.class);
        }
        assertThat(transport.count("/cgi-bin/express/delivery/path/update")).isEqualTo(2);
    }

    @Test
    void aBaseUriWithoutSchemeOrHostIsRefusedAtBuildTime() {
        for (String bad : new String[] {"localhost:8080", "ftp://example.com", "/cgi-bin", "https://example.com/?a=1"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> LogisticsClient.builder()
                            .baseUri(java.net.URI.create(bad)))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUri")
                    .hasMessageContaining(bad);
        }
        LogisticsClient.builder().baseUri(java.net.URI.create("http://127.0.0.1:8080/proxy"));
    }
}
