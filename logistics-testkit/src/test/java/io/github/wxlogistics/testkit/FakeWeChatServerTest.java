package io.github.wxlogistics.testkit;

import static io.github.wxlogistics.testkit.WeChatCalls.B;
import static io.github.wxlogistics.testkit.WeChatCalls.D;
import static io.github.wxlogistics.testkit.WeChatCalls.errcode;
import static io.github.wxlogistics.testkit.WeChatCalls.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FakeWeChatServerTest {

    @Test
    void startsOnAnEphemeralLoopbackPortWithTheDefaults() {
        try (FakeWeChatServer server = FakeWeChatServer.builder().start()) {
            assertThat(server.baseUri().toString()).isEqualTo("http://127.0.0.1:" + server.port());
            assertThat(server.port()).isPositive();
            assertThat(server.appId()).isEqualTo("wxtest");
            assertThat(server.appSecret()).isEqualTo("test-secret");
            assertThat(server.toString()).contains("wxtest").doesNotContain("test-secret");
        }
    }

    @Test
    void startsOnAGivenPortAndFailsWhenItIsTaken() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (FakeWeChatServer server = FakeWeChatServer.builder().port(port).start()) {
            assertThat(server.port()).isEqualTo(port);
            assertThatThrownBy(() -> FakeWeChatServer.builder().port(port).start())
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining(String.valueOf(port));
        }
    }

    @Test
    void aConnectionOpeningWithATlsRecordIsClosedAtOnceAndPlainHttpStillWorks() throws IOException {
        try (FakeWeChatServer server = FakeWeChatServer.builder().start();
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(5_000);
            // The first bytes of a TLS 1.2 ClientHello record: handshake (0x16), version 3.1, length.
            socket.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x00, 0x31, 0x01, 0x00, 0x00, 0x2d, 0x03, 0x03});
            long start = System.nanoTime();

            assertThat(socket.getInputStream().read()).as("the server closes the connection").isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(new WeChatCalls(server).send("GET", "/cgi-bin/token", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void httpsToThePlainPortFailsTheHandshakeFastInsteadOfTimingOut() throws Exception {
        try (FakeWeChatServer server = FakeWeChatServer.builder().start()) {
            HttpClient https = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.port() + "/cgi-bin/token"))
                    .timeout(Duration.ofSeconds(30)).build();
            long start = System.nanoTime();

            assertThatThrownBy(() -> https.send(request, HttpResponse.BodyHandlers.discarding()))
                    .isInstanceOf(SSLHandshakeException.class);
            // Well under the 30 s timeout; the JVM's first handshake loads the TLS stack, slow on a busy machine.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void closeStopsTheServerAndIsIdempotent() {
        FakeWeChatServer server = FakeWeChatServer.builder().start();
        WeChatCalls calls = new WeChatCalls(server);
        assertThat(calls.send("GET", "/cgi-bin/token", null).statusCode()).isEqualTo(200);

        server.close();
        server.close();

        assertThat(server.isClosed()).isTrue();
        assertThatThrownBy(() -> calls.send("GET", "/cgi-bin/token", null)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void anUnknownPathIsA404() {
        try (FakeWeChatServer server = FakeWeChatServer.builder().start()) {
            HttpResponse<String> response = new WeChatCalls(server).send("POST", B + "order/nope", "{}");
            assertThat(response.statusCode()).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /cgi-bin/express/business/order/add, POST",
        "GET, /cgi-bin/express/business/test_update_order, POST",
        "POST, /cgi-bin/express/business/account/getall, GET",
        "POST, /cgi-bin/express/business/delivery/getall, GET",
        "POST, /cgi-bin/express/business/printer/getall, GET",
        "GET, /cgi-bin/express/delivery/contact/get, POST",
    })
    void theWrongMethodIs43002(String method, String path, String expected) {
        try (FakeWeChatServer server = FakeWeChatServer.builder().start()) {
            WeChatCalls calls = new WeChatCalls(server);
            var reply = parse(calls.send(method, path + "?access_token=" + calls.token(),
                    method.equals("POST") ? "{}" : null).body());
            assertThat(reply.getInt("errcode")).isEqualTo(43002);
            assertThat(reply.getString("errmsg")).startsWith("require " + expected + " method");
        }
    }

    @Test
    void everyDocumentedPathIsServed() {
        List<String> posts = List.of(B + "order/add", B + "order/batchget", B + "order/cancel", B + "order/get",
                B + "path/get", B + "printer/update", B + "quota/get", B + "account/bind", B + "test_update_order",
                D + "contact/get", D + "path/update", D + "template/preview", D + "service/business/update");
        List<String> gets = List.of(B + "account/getall", B + "delivery/getall", B + "printer/getall");
        try (FakeWeChatServer server = FakeWeChatServer.builder().start()) {
            WeChatCalls calls = new WeChatCalls(server);
            // A body that is not JSON answers 47001, an empty one 44002: each POST is routed and token-checked.
            posts.forEach(p -> assertThat(errcode(calls.post(p, "x"))).as(p).isEqualTo(47001));
            posts.forEach(p -> assertThat(errcode(calls.post(p, ""))).as(p).isEqualTo(44002));
            gets.forEach(p -> assertThat(errcode(calls.get(p))).as(p).isZero());
        }
    }

    @Test
    void builderRejectsBadSettings() {
        assertThatThrownBy(() -> FakeWeChatServer.builder().port(70000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FakeWeChatServer.builder().appId(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FakeWeChatServer.builder().appSecret(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FakeWeChatServer.builder().tokenLifetime(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void issuedTokensAreDistinctAndValid() {
        try (FakeWeChatServer server = FakeWeChatServer.builder().start()) {
            String a = server.issueToken();
            String b = server.issueToken();
            assertThat(a).isNotEqualTo(b).hasSize(128);
            assertThat(errcode(parse(new WeChatCalls(server).send("GET", B + "account/getall?access_token=" + a, null)
                    .body()))).isZero();
        }
    }

    @Test
    void courierTokenIsEmptyForAnUnknownWaybill() {
        try (FakeWeChatServer server = FakeWeChatServer.builder().demoData().start()) {
            assertThat(server.courierToken("12345678901234567890")).contains("TOKEN");
            assertThat(server.courierToken("nope")).isEmpty();
        }
    }
}
