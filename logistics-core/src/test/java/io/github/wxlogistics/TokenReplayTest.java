package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.GetOrderResponse;
import io.github.wxlogistics.support.FakeWeChat;
import io.github.wxlogistics.support.ScriptedTransport;
import io.github.wxlogistics.support.TestClock;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokenReplayTest {

    private final ExecutorService server = Executors.newFixedThreadPool(8);
    private final TestClock clock = TestClock.atEpochSecond(1_700_000_000L);
    private final FakeWeChat wechat = new FakeWeChat(server);
    private final ScriptedTransport transport = wechat.transport();
    private final LogisticsClient client = LogisticsClient.builder()
            .credentials("wxapp", "app-secret").transport(transport).clock(clock)
            .baseUri(URI.create("http://127.0.0.1:9")).callTimeout(Duration.ofSeconds(20)).build();

    @AfterEach
    void close() {
        client.close();
        server.shutdownNow();
    }

    private static GetOrderRequest order() {
        return GetOrderRequest.builder().orderId("o1").deliveryId("SF").build();
    }

    @Test
    void twoHundredConcurrentCallsMeetingAJustExpiredTokenCauseOneFetch() {
        client.merchant().getOrder(order());
        assertThat(wechat.tokenFetches()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(7200 - 300));

        List<CompletableFuture<GetOrderResponse>> calls = IntStream.range(0, 200)
                .mapToObj(i -> client.async().merchant().getOrder(order())).toList();
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();

        assertThat(calls).allSatisfy(f -> assertThat(f.join().orderId()).isEqualTo("o1"));
        assertThat(wechat.tokenFetches()).isEqualTo(2);
    }

    @Test
    void twoHundredConcurrentRejectionsOfAServerSideExpiredTokenCauseOneRefresh() {
        client.merchant().getOrder(order());
        wechat.rotate();

        List<CompletableFuture<GetOrderResponse>> calls = IntStream.range(0, 200)
                .mapToObj(i -> client.async().merchant().getOrder(order())).toList();
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();

        assertThat(calls).allSatisfy(f -> assertThat(f.join().orderId()).isEqualTo("o1"));
        assertThat(wechat.tokenFetches()).isEqualTo(2);
        // Each call succeeded exactly once; the rejected ones were each replayed once (calls that
        // start after the refresh use the new token at once and need no replay).
        assertThat(wechat.accepted()).isEqualTo(1 + 200);
        int rejected = wechat.calls() - wechat.accepted();
        assertThat(rejected).isBetween(1, 200);
    }

    @Test
    void aRejectionRefreshesOnceAndReplaysOnceWithTheNewToken() {
        client.merchant().getOrder(order());
        wechat.rotate();
        assertThat(client.merchant().getOrder(order()).orderId()).isEqualTo("o1");
        var apiCalls = transport.requests().stream().filter(r -> r.uri().getPath().endsWith("/order/get")).toList();
        assertThat(apiCalls).hasSize(3);
        assertThat(apiCalls.get(1).uri().getQuery()).isEqualTo("access_token=TOKEN-1");
        assertThat(apiCalls.get(2).uri().getQuery()).isEqualTo("access_token=TOKEN-2");
    }

    @Test
    void aSecondRejectionSurfacesAsApiError() {
        ScriptedTransport rejecting = new ScriptedTransport().otherwise(r -> r.uri().getPath().equals("/cgi-bin/stable_token")
                ? ScriptedTransport.json(200, "{\"access_token\":\"T" + System.nanoTime() + "\",\"expires_in\":7200}")
                : ScriptedTransport.json(200, "{\"errcode\":40001,\"errmsg\":\"invalid credential\"}"));
        try (LogisticsClient c = LogisticsClient.builder().credentials("a", "s").transport(rejecting).build()) {
            assertThatThrownBy(() -> c.merchant().getOrder(order())).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.errcode()).isEqualTo(40001);
                assertThat(e.isTokenRejected()).isTrue();
                assertThat(e.operation()).isEqualTo("getOrder");
            });
        }
        assertThat(rejecting.count("/cgi-bin/express/business/order/get")).isEqualTo(2);
        assertThat(rejecting.count("/cgi-bin/stable_token")).isEqualTo(2);
    }

    @Test
    void aFixedTokenThatIsRejectedIsNotReplayed() {
        ScriptedTransport rejecting = new ScriptedTransport()
                .otherwise(r -> ScriptedTransport.json(200, "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}"));
        try (LogisticsClient c = LogisticsClient.builder().accessToken("fixed").transport(rejecting).build()) {
            assertThatThrownBy(() -> c.merchant().getAllAccount()).isInstanceOf(ApiException.class);
        }
        assertThat(rejecting.requests()).hasSize(1);
    }
}
