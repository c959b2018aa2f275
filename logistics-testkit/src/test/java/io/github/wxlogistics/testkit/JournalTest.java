package io.github.wxlogistics.testkit;

import static io.github.wxlogistics.testkit.WeChatCalls.B;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JournalTest {

    private final FakeWeChatServer server = FakeWeChatServer.builder().demoData().start();
    private final WeChatCalls calls = new WeChatCalls(server);

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void everyRequestIsRecordedInOrder() {
        calls.send("GET", "/cgi-bin/token?grant_type=client_credential&appid=wxtest&secret=test-secret", null);
        calls.post(B + "order/get", "{\"order_id\":\"01234567890123456789\",\"delivery_id\":\"SF\"}");
        calls.send("GET", "/nowhere?a=1", null);

        RecordedRequest token = server.takeRequest(Duration.ofSeconds(5));
        RecordedRequest call = server.takeRequest(Duration.ofSeconds(5));
        RecordedRequest notFound = server.takeRequest(Duration.ofSeconds(5));
        assertThat(server.requestCount()).isEqualTo(3);

        assertThat(token.sequenceNumber()).isZero();
        assertThat(token.method()).isEqualTo("GET");
        assertThat(token.path()).isEqualTo("/cgi-bin/token");
        assertThat(token.queryParameter("secret")).isEqualTo("test-secret");
        assertThat(call.sequenceNumber()).isEqualTo(1);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo(B + "order/get");
        assertThat(call.query()).containsEntry("access_token", calls.token());
        assertThat(call.header("content-type")).isEqualTo("application/json");
        assertThat(call.bodyText()).isEqualTo("{\"order_id\":\"01234567890123456789\",\"delivery_id\":\"SF\"}");
        assertThat(call.body()).hasSize(call.bodyText().length());
        assertThat(notFound.path()).isEqualTo("/nowhere");
        assertThat(notFound.query()).containsEntry("a", "1");
    }

    @Test
    void takeRequestReturnsNullWhenNothingArrives() {
        assertThat(server.takeRequest(Duration.ofMillis(20))).isNull();
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aRecordedRequestHidesCredentialsInToString() {
        calls.send("GET", "/cgi-bin/token?grant_type=client_credential&appid=wxtest&secret=test-secret", null);
        calls.send("POST", "/cgi-bin/stable_token",
                "{\"grant_type\":\"client_credential\",\"appid\":\"wxtest\",\"secret\":\"test-secret\"}");

        RecordedRequest classic = server.takeRequest(Duration.ofSeconds(5));
        RecordedRequest stable = server.takeRequest(Duration.ofSeconds(5));
        assertThat(classic.toString()).doesNotContain("test-secret").contains("GET /cgi-bin/token");
        assertThat(stable.toString()).doesNotContain("test-secret");
        assertThat(server.toString()).doesNotContain("test-secret");
    }

    @Test
    void recordedBodiesAreCopies() {
        calls.post(B + "order/get", "{}");
        RecordedRequest r = server.takeRequest(Duration.ofSeconds(5));

        r.body()[0] = 'X';
        assertThat(r.bodyText()).isEqualTo("{}");
        assertThat(r).isEqualTo(new RecordedRequest(r.sequenceNumber(), r.method(), r.path(), r.query(), r.headers(),
                "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
