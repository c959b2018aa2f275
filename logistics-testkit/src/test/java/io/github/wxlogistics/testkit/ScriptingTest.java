package io.github.wxlogistics.testkit;

import static io.github.wxlogistics.testkit.WeChatCalls.B;
import static io.github.wxlogistics.testkit.WeChatCalls.errcode;
import static io.github.wxlogistics.testkit.WeChatCalls.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonException;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptingTest {

    private static final String GET_ORDER = B + "order/get";
    private static final String DEMO_ORDER =
            "{\"order_id\":\"01234567890123456789\",\"delivery_id\":\"SF\",\"waybill_id\":\"123456789\"}";

    private final FakeWeChatServer server = FakeWeChatServer.builder().demoData().start();
    private final WeChatCalls calls = new WeChatCalls(server);

    @AfterEach
    void close() {
        server.close();
    }

    private HttpResponse<byte[]> rawGetOrder(Duration timeout) throws IOException, InterruptedException {
        return WeChatCalls.client().send(calls.request("POST", GET_ORDER + "?access_token=" + calls.token(),
                DEMO_ORDER, timeout), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aCannedJsonBodyIsSentAsIs() {
        server.enqueue(GET_ORDER, FakeResponse.json(200, "{\"anything\":true}"));

        assertThat(calls.post(GET_ORDER, DEMO_ORDER).getBoolean("anything")).isTrue();
        assertThat(calls.post(GET_ORDER, DEMO_ORDER).getString("order_id")).isEqualTo("01234567890123456789");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 40001, 45009, 45011, 48001})
    void anErrcodeIsSentWithWeChatsText(int code) {
        server.enqueue(GET_ORDER, FakeResponse.errcode(code));

        var reply = calls.post(GET_ORDER, DEMO_ORDER);
        assertThat(reply.getInt("errcode")).isEqualTo(code);
        assertThat(reply.getString("errmsg")).doesNotStartWith("error ").contains(" rid: ");
    }

    @Test
    void aCannedErrorChangesNoState() {
        server.enqueue(B + "order/add", FakeResponse.errcode(-1, "system busy"));

        var reply = calls.post(B + "order/add", OrderCallsTest.order("o-busy", "SF", "SF_CASH", 0));
        assertThat(reply.getString("errmsg")).startsWith("system busy rid: ");
        assertThat(errcode(calls.post(GET_ORDER, "{\"order_id\":\"o-busy\",\"delivery_id\":\"SF\"}"))).isEqualTo(930563);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void anHttpErrorStatusIsSent(int status) {
        server.enqueue(FakeResponse.httpStatus(status));

        HttpResponse<String> response = calls.send("POST", GET_ORDER + "?access_token=" + calls.token(), DEMO_ORDER);
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    }

    @Test
    void aMalformedBodyIsNotJson() {
        server.enqueue(FakeResponse.malformedJson());

        HttpResponse<String> response = calls.send("POST", GET_ORDER + "?access_token=" + calls.token(), DEMO_ORDER);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> parse(response.body())).isInstanceOf(JsonException.class);
    }

    @Test
    void aTruncatedBodyIsHalfTheNormalReplyInACompleteExchange() throws Exception {
        byte[] normal = rawGetOrder(Duration.ofSeconds(5)).body();
        server.enqueue(GET_ORDER, FakeResponse.truncatedBody());

        HttpResponse<byte[]> truncated = rawGetOrder(Duration.ofSeconds(5));
        assertThat(truncated.statusCode()).isEqualTo(200);
        assertThat(truncated.body()).hasSize(normal.length / 2);
        assertThat(new String(normal, StandardCharsets.UTF_8))
                .startsWith(new String(truncated.body(), StandardCharsets.UTF_8).replace("\uFFFD", ""));
        assertThatThrownBy(() -> parse(new String(truncated.body(), StandardCharsets.UTF_8)))
                .isInstanceOf(JsonException.class);
    }

    @Test
    void aConnectionDroppedMidBodyFailsTheExchangeButTheCallTookEffect() {
        server.enqueue(B + "order/add", FakeResponse.dropConnectionMidBody());

        assertThatThrownBy(() -> calls.post(B + "order/add", OrderCallsTest.order("o-lost", "SF", "SF_CASH", 0)))
                .hasRootCauseInstanceOf(IOException.class);
        assertThat(errcode(calls.post(GET_ORDER, "{\"order_id\":\"o-lost\",\"delivery_id\":\"SF\"}"))).isZero();
    }

    @Test
    void aDelayHoldsTheHeadersBack() throws Exception {
        server.enqueue(GET_ORDER, FakeResponse.proceed().withHeadersDelay(Duration.ofSeconds(30)));
        assertThatThrownBy(() -> rawGetOrder(Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);

        server.enqueue(GET_ORDER, FakeResponse.errcode(45011).withHeadersDelay(Duration.ofMillis(50)));
        long start = System.nanoTime();
        HttpResponse<byte[]> slow = rawGetOrder(Duration.ofSeconds(10));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(errcode(parse(new String(slow.body(), StandardCharsets.UTF_8)))).isEqualTo(45011);
    }

    @Test
    void aStallNeverAnswersUntilTheClientGivesUp() {
        server.enqueue(GET_ORDER, FakeResponse.stall());

        assertThatThrownBy(() -> rawGetOrder(Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);
        assertThat(calls.post(GET_ORDER, DEMO_ORDER).getString("waybill_id")).isEqualTo("123456789");
    }

    @Test
    void closingTheServerEndsAStall() throws Exception {
        server.enqueue(GET_ORDER, FakeResponse.stall());
        CompletableFuture<HttpResponse<byte[]>> pending = WeChatCalls.client().sendAsync(
                calls.request("POST", GET_ORDER + "?access_token=" + calls.token(), DEMO_ORDER, Duration.ofMinutes(5)),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(server.takeRequest(Duration.ofSeconds(5))).isPresent();

        server.close();

        assertThatThrownBy(() -> pending.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void repliesAreMatchedByPathOldestFirstAndUsedOnce() {
        server.enqueue(GET_ORDER, FakeResponse.errcode(45009));
        server.enqueue(FakeResponse.errcode(-1));
        server.enqueue(GET_ORDER, FakeResponse.errcode(45011));
        assertThat(server.pendingScriptedResponses()).isEqualTo(3);

        assertThat(errcode(calls.get(B + "account/getall"))).isEqualTo(-1);
        assertThat(errcode(calls.post(GET_ORDER, DEMO_ORDER))).isEqualTo(45009);
        assertThat(errcode(calls.post(GET_ORDER, DEMO_ORDER))).isEqualTo(45011);
        assertThat(errcode(calls.post(GET_ORDER, DEMO_ORDER))).isZero();
        assertThat(server.pendingScriptedResponses()).isZero();
    }

    @Test
    void repliesCanBeScriptedByOperationName() {
        server.enqueue("getOrder", FakeResponse.errcode(-1));
        server.enqueue("getStableAccessToken", FakeResponse.errcode(45011));

        assertThat(errcode(calls.get(B + "account/getall"))).as("another operation").isZero();
        assertThat(errcode(calls.post(GET_ORDER, DEMO_ORDER))).isEqualTo(-1);
        assertThat(errcode(calls.post(GET_ORDER, DEMO_ORDER))).isZero();
        assertThat(errcode(parse(calls.send("POST", "/cgi-bin/stable_token",
                "{\"grant_type\":\"client_credential\",\"appid\":\"wxtest\",\"secret\":\"test-secret\"}")
                .body()))).isEqualTo(45011);
        assertThat(server.pendingScriptedResponses()).isZero();
    }

    @Test
    void operationNamesAndPathsShareOneQueue() {
        server.enqueue("getOrder", FakeResponse.errcode(45009));
        server.enqueue(GET_ORDER, FakeResponse.errcode(45011));

        assertThat(errcode(calls.post(GET_ORDER, DEMO_ORDER))).isEqualTo(45009);
        assertThat(errcode(calls.post(GET_ORDER, DEMO_ORDER))).isEqualTo(45011);
    }

    @Test
    void anUnknownOperationNameIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> server.enqueue("getOrders", FakeResponse.errcode(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("getOrders").hasMessageContaining("getOrder,").hasMessageContaining("addOrder");
        assertThat(server.pendingScriptedResponses()).isZero();
    }

    @Test
    void anyPathIncludesTheTokenEndpoints() {
        server.enqueue(FakeResponse.errcode(45011));

        var reply = parse(calls.send("GET", "/cgi-bin/token?grant_type=client_credential&appid=wxtest&secret=test-secret",
                null).body());
        assertThat(reply.getInt("errcode")).isEqualTo(45011);
    }

    @Test
    void scriptingRejectsBadArguments() {
        assertThatThrownBy(() -> server.enqueue("cgi-bin/token", FakeResponse.stall()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.enqueue("getOrder", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FakeResponse.of(200, "text/plain", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FakeResponse.of(600, "text/plain", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FakeResponse.httpStatus(99)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FakeResponse.proceed().withHeadersDelay(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(FakeResponse.stall().withHeadersDelay(Duration.ofSeconds(1)).toString())
                .isEqualTo("FakeResponse[STALL, headers after PT1S]");
    }
}
