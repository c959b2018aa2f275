package io.github.wxlogistics.testkit.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.testkit.FakeWeChatServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FakeWeChatServerMainTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void startsWithTheGivenOptionsAndDemoDataAndPrintsItsUri() {
        Optional<FakeWeChatServer> started = FakeWeChatServerMain.start(
                new String[] {"--port", "0", "--app-id", "wxmain", "--app-secret", "main-secret", "--token-lifetime", "60"},
                out);

        try (FakeWeChatServer server = started.orElseThrow()) {
            assertThat(server.appId()).isEqualTo("wxmain");
            assertThat(server.appSecret()).isEqualTo("main-secret");
            assertThat(server.courierToken("12345678901234567890")).contains("TOKEN");
            assertThat(output()).contains("listening on " + server.baseUri()).contains("wxmain")
                    .doesNotContain("main-secret");
        }
    }

    @Test
    void aPlatformWhoseEventUrlIsDownIsSaidWithWhatToDoAndAnAuthorizationWithoutOneStartsNothing() {
        Optional<FakeWeChatServer> started = FakeWeChatServerMain.start(new String[] {"--port", "0", "--no-console",
            "--platform", "wxcomponent0000001,secret=component-secret-4711,token=ComponentPushToken42,aes-key="
                    + "ComponentAesKey0123456789abcdefghijklmnopqr,url=http://127.0.0.1:9/events,ticket-interval=3600"},
                out);
        try (FakeWeChatServer server = started.orElseThrow()) {
            assertThat(output()).contains("first one FAILED: nothing answers at http://127.0.0.1:9/events",
                    "start the platform's receiver first").doesNotContain("component-secret-4711");
        }

        bytes.reset();
        assertThatThrownBy(() -> FakeWeChatServerMain.start(new String[] {"--port", "0", "--authorize",
            "wxmerchant00000001=45"}, out)).hasMessageContaining("--authorize needs --platform with url=");
        assertThat(output()).as("nothing started, nothing said to be listening").doesNotContain("listening on");
    }

    @Test
    void aBusyPortIsSaidWithItsCauseAndWhatToDo() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String port = Integer.toString(taken.getLocalPort());
            UncheckedIOException e = org.assertj.core.api.Assertions.catchThrowableOfType(UncheckedIOException.class,
                    () -> FakeWeChatServerMain.start(new String[] {"--port", port}, out));
            assertThat(FakeWeChatServerMain.describe(e)).contains("port " + port).contains("already in use")
                    .contains("--port 0");
        }
    }

    @Test
    void servesTheTrackingAndReturnComponentsToAnyHttpClient() throws Exception {
        try (FakeWeChatServer server = FakeWeChatServerMain.start(new String[] {"--port", "0"}, out).orElseThrow()) {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            String token = server.issueToken();
            java.util.function.BiFunction<String, String, String> post = (path, json) -> {
                try {
                    return http.send(java.net.http.HttpRequest.newBuilder(server.baseUri().resolve(path + "?access_token=" + token))
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            };
            assertThat(post.apply("/cgi-bin/express/delivery/open_msg/get_delivery_list", "{}"))
                    .contains("\"delivery_id\":\"SF\"").contains("顺丰速运");
            assertThat(post.apply("/cgi-bin/express/delivery/open_msg/trace_waybill", "{\"openid\":\"oBuyer\","
                    + "\"receiver_phone\":\"138\",\"waybill_id\":\"YT1\",\"trans_id\":\"420\",\"goods_info\":"
                    + "{\"detail_list\":[{\"goods_name\":\"衣服\",\"goods_img_url\":\"u\"}]}}")).contains("waybill_token");
            assertThat(post.apply("/cgi-bin/express/delivery/return/add", "{\"shop_order_id\":\"R\",\"openid\":\"oBuyer\","
                    + "\"order_path\":\"p\",\"order_price\":1,\"biz_addr\":{\"name\":\"n\"},\"goods_list\":[{\"name\":\"x\",\"url\":\"u\"}]}"))
                    .contains("return_id");
            assertThat(post.apply("/cgi-bin/express/delivery/no_worry_return/get", "{\"return_id\":\"none\"}")).contains("931023");
        }
    }

    @Test
    void servesFreightInsuranceToAnyHttpClient() throws Exception {
        try (FakeWeChatServer server = FakeWeChatServerMain.start(new String[] {"--port", "0"}, out).orElseThrow()) {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            String token = server.issueToken();
            java.util.function.BiFunction<String, String, String> call = (path, json) -> {
                java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                        server.baseUri().resolve("/wxa/business/insurance_freight/" + path + "?access_token=" + token));
                try {
                    return http.send(json == null ? request.GET().build()
                            : request.POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            };
            assertThat(call.apply("getsummary", "{\"begin_time\":1,\"end_time\":2}")).contains("\"errcode\":2004");
            assertThat(call.apply("open", null)).contains("\"errcode\":0");
            assertThat(call.apply("query_open", null)).contains("\"is_open\":1");
            long paid = java.time.Instant.now().getEpochSecond() - 60;
            assertThat(call.apply("createorder", "{\"openid\":\"oBuyer\",\"order_no\":\"4200000000000000000000000001\","
                    + "\"pay_time\":" + paid + ",\"pay_amount\":100,\"delivery_no\":\"SF1\","
                    + "\"delivery_place\":{\"province\":\"p\",\"city\":\"c\",\"county\":\"d\",\"address\":\"a\"},"
                    + "\"receipt_place\":{\"province\":\"p\",\"city\":\"c\",\"county\":\"d\",\"address\":\"a\"},"
                    + "\"product_info\":{\"order_path\":\"p\",\"goods_list\":[{\"name\":\"n\",\"url\":\"u\"}]}}"))
                    .contains("policy_no");
            assertThat(call.apply("claim", "{\"openid\":\"oBuyer\",\"order_no\":\"4200000000000000000000000001\","
                    + "\"refund_delivery_no\":\"YT1\",\"refund_company\":\"圆通\"}")).contains("report_no");
            assertThat(call.apply("getorderlist", "{}")).contains("\"status\":5");
        }
    }

    @Test
    void servesTheConsoleUnlessToldNot() {
        try (FakeWeChatServer server = FakeWeChatServerMain.start(new String[] {"--port", "0"}, out).orElseThrow()) {
            assertThat(server.consoleUri()).contains(server.baseUri().resolve("/console/"));
            assertThat(output()).contains("console: " + server.baseUri() + "/console/");
        }
        try (FakeWeChatServer server = FakeWeChatServerMain.start(new String[] {"--port", "0", "--no-console"}, out)
                .orElseThrow()) {
            assertThat(server.consoleUri()).isEmpty();
        }
    }

    @Test
    void loadsAFixtureOverTheDemoDataOrAlone(@TempDir Path dir) throws IOException {
        Path fixture = dir.resolve("f.json");
        Files.writeString(fixture, "{\"orders\":[{\"order_id\":\"o\",\"delivery_id\":\"SF\",\"waybill_id\":\"W1\","
                + "\"token\":\"T1\"}]}");

        try (FakeWeChatServer both = FakeWeChatServerMain.start(
                new String[] {"--port", "0", "--fixture", fixture.toString()}, out).orElseThrow()) {
            assertThat(both.courierToken("W1")).contains("T1");
            assertThat(both.courierToken("123456789")).isPresent();
        }
        try (FakeWeChatServer alone = FakeWeChatServerMain.start(
                new String[] {"--port", "0", "--no-demo-data", "--fixture", fixture.toString()}, out).orElseThrow()) {
            assertThat(alone.courierToken("W1")).contains("T1");
            assertThat(alone.courierToken("123456789")).isEmpty();
        }
    }

    @Test
    void helpListsTheOptionsAndStartsNothing() {
        assertThat(FakeWeChatServerMain.start(new String[] {"--help"}, out)).isEmpty();

        assertThat(output()).contains("--port", "--app-id", "--app-secret", "--fixture", "--no-demo-data",
                "--token-lifetime", "--help");
    }

    @Test
    void badArgumentsAreRejectedWithAMessage(@TempDir Path dir) {
        assertThatThrownBy(() -> FakeWeChatServerMain.start(new String[] {"--bogus"}, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--bogus");
        assertThatThrownBy(() -> FakeWeChatServerMain.start(new String[] {"--port"}, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> FakeWeChatServerMain.start(new String[] {"--port", "eighty"}, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eighty");
        assertThatThrownBy(() -> FakeWeChatServerMain.start(
                new String[] {"--port", "0", "--fixture", dir.resolve("none.json").toString()}, out))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void mainWithHelpReturnsWithoutStartingAServer() {
        PrintStream original = System.out;
        System.setOut(out);
        try {
            FakeWeChatServerMain.main(new String[] {"--help"});
        } finally {
            System.setOut(original);
        }
        assertThat(output()).startsWith("Usage: java -jar logistics-testkit-standalone.jar");
    }
}
