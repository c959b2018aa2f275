package io.github.wxlogistics.testkit;

import static io.github.wxlogistics.testkit.WeChatCalls.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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

        List<RecordedRequest> requests = server.requests();
        assertThat(requests).hasSize(3);
        assertThat(server.requestCount()).isEqualTo(3);
        RecordedRequest token = requests.get(0);
        RecordedRequest call = requests.get(1);
        RecordedRequest notFound = requests.get(2);

        assertThat(token.sequenceNumber()).isZero();
        assertThat(token.method()).isEqualTo("GET");
        assertThat(token.path()).isEqualTo("/cgi-bin/token");
        assertThat(token.operation()).hasValue("getAccessToken");
        assertThat(token.queryParameter("secret")).hasValue("test-secret");
        assertThat(call.sequenceNumber()).isEqualTo(1);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo(B + "order/get");
        assertThat(call.operation()).hasValue("getOrder");
        assertThat(call.query()).containsEntry("access_token", calls.token());
        assertThat(call.header("content-type")).hasValue("application/json");
        assertThat(call.bodyText()).isEqualTo("{\"order_id\":\"01234567890123456789\",\"delivery_id\":\"SF\"}");
        assertThat(call.body()).hasSize(call.bodyText().length());
        assertThat(notFound.path()).isEqualTo("/nowhere");
        assertThat(notFound.operation()).isEmpty();
        assertThat(notFound.query()).containsEntry("a", "1");
    }

    @Test
    void takeRequestReturnsTheOldestUntakenRequest() {
        calls.get(B + "account/getall");
        calls.get(B + "printer/getall");

        assertThat(server.takeRequest(Duration.ofSeconds(5)).orElseThrow().operation()).hasValue("getAllAccount");
        assertThat(server.takeRequest(Duration.ofSeconds(5)).orElseThrow().operation()).hasValue("getPrinter");
        assertThat(server.takeRequest(Duration.ofMillis(20))).isEmpty();
    }

    @Test
    void takeRequestReturnsNullWhenNothingArrives() {
        assertThat(server.takeRequest(Duration.ofMillis(20))).isEmpty();
        assertThat(server.requestCount()).isZero();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aSnapshotHoldsTakenRequestsTooAndDoesNotChangeLater() {
        calls.get(B + "account/getall");
        assertThat(server.takeRequest(Duration.ofSeconds(5))).isPresent();
        List<RecordedRequest> before = server.requests();

        calls.get(B + "printer/getall");

        assertThat(before).extracting(r -> r.operation().orElse("")).containsExactly("getAllAccount");
        assertThat(server.requests()).extracting(r -> r.operation().orElse(""))
                .containsExactly("getAllAccount", "getPrinter");
        assertThatThrownBy(() -> before.add(before.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyServedPathHasItsOperationName() {
        Map<String, String> operations = FakeWeChatServer.operations();
        assertThat(operations).hasSize(18 + 16 + 16 + 11 + 4);
        assertThat(operations.keySet()).startsWith("getAccessToken", "getStableAccessToken")
                .contains("addOrder", "getOrder", "getPath", "getContact", "updatePath", "updateBusiness",
                        "intracity_addorder", "intracity_mocknotify", "applyMsgPlugin", "applyReturnPlugin",
                        "insurance_freight_open", "insurance_freight_claim")
                .endsWith("api_component_token", "api_create_preauthcode", "api_query_auth", "api_authorizer_token");
        operations.forEach((operation, path) -> {
            RecordedRequest r = new RecordedRequest(0, "POST", path, Map.of(), Map.of(), new byte[0]);
            assertThat(r.operation()).as(path).hasValue(operation);
        });
        assertThat(new RecordedRequest(0, "GET", B + "order", Map.of(), Map.of(), new byte[0]).operation()).isEmpty();
    }

    @Test
    void aRecordedRequestHidesCredentialsInToString() {
        calls.send("GET", "/cgi-bin/token?grant_type=client_credential&appid=wxtest&secret=test-secret", null);
        calls.send("POST", "/cgi-bin/stable_token",
                "{\"grant_type\":\"client_credential\",\"appid\":\"wxtest\",\"secret\":\"test-secret\"}");

        RecordedRequest classic = server.requests().get(0);
        RecordedRequest stable = server.requests().get(1);
        assertThat(classic.toString()).doesNotContain("test-secret").contains("GET /cgi-bin/token (getAccessToken)");
        assertThat(stable.toString()).doesNotContain("test-secret");
        assertThat(server.toString()).doesNotContain("test-secret");
    }

    @Test
    void recordedBodiesAreCopies() {
        calls.post(B + "order/get", "{}");
        RecordedRequest r = server.requests().get(0);

        r.body()[0] = 'X';
        assertThat(r.bodyText()).isEqualTo("{}");
        assertThat(r).isEqualTo(new RecordedRequest(r.sequenceNumber(), r.method(), r.path(), r.query(), r.headers(),
                "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
