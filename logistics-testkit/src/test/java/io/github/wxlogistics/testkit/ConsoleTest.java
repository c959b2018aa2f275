package io.github.wxlogistics.testkit;

import static io.github.wxlogistics.testkit.WeChatCalls.B;
import static io.github.wxlogistics.testkit.WeChatCalls.D;
import static io.github.wxlogistics.testkit.WeChatCalls.errcode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.event.CheckBizEvent;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.event.CheckBizReply;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.model.WaybillData;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console over HTTP: its safety rules, its masking, and its actions on the fake's state. */
class ConsoleTest {

    private static final String COURIER_TOKEN = "ConsoleCourierPushToken";
    private static final String MERCHANT_TOKEN = "ConsoleMerchantPushToken";
    private static final String COURIER_APP = "wxcourier0000001";
    private static final String PASSWORD = "hunter2";
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(WAIT).build();

    private final String courierKey = PushReceivers.newAesKey();
    private final PushReceivers receivers = new PushReceivers();
    private FakeWeChatServer server;
    private WeChatCalls calls;
    private String consoleToken;

    @BeforeEach
    void start() {
        PushReceiver courier = PushReceiver.builder().token(COURIER_TOKEN).mode(PushMode.SAFE)
                .encodingAesKey(courierKey).appId(COURIER_APP)
                .on(AddWaybillEvent.class, push -> AddWaybillReply.success("SF" + push.orderId(),
                        List.of(new WaybillData("SF_bagAddr", "北京"))))
                .on(CheckBizEvent.class, push -> CheckBizReply.approved(50)).build();
        URI courierUrl = receivers.start(courier);
        URI merchantUrl = receivers.start(PushReceiver.builder().token(MERCHANT_TOKEN).build());
        server = FakeWeChatServer.builder().demoData().console().pushTimeout(Duration.ofSeconds(2))
                .courierPush("SF", PushEndpoint.builder(courierUrl).token(COURIER_TOKEN).encodingAesKey(courierKey)
                        .appId(COURIER_APP).build())
                .merchantPush(PushEndpoint.builder(merchantUrl).token(MERCHANT_TOKEN).build()).start();
        calls = new WeChatCalls(server);
        String page = get("/console/", null).body();
        Matcher m = Pattern.compile("name=\"console-token\" content=\"([0-9a-f]+)\"").matcher(page);
        assertThat(m.find()).as("the page carries the console token").isTrue();
        consoleToken = m.group(1);
    }

    @AfterEach
    void stop() {
        server.close();
        receivers.close();
    }

    @Test
    void theConsoleIsOffUnlessAskedAndLivesOnlyUnderConsole() {
        try (FakeWeChatServer plain = FakeWeChatServer.builder().start()) {
            assertThat(plain.consoleUri()).isEmpty();
            HttpResponse<String> reply = send(HttpRequest.newBuilder(plain.baseUri().resolve("/console/")).GET());
            assertThat(reply.statusCode()).isEqualTo(404);
            assertThat(plain.requests()).singleElement().extracting(r -> r.operation().orElse("")).isEqualTo("");
        }
        assertThat(server.consoleUri()).contains(server.baseUri().resolve("/console/"));
        assertThat(FakeWeChatServer.operations().values()).noneMatch(path -> path.startsWith("/console"));
        assertThat(get("/console/console.js", null).statusCode()).isEqualTo(200);
        HttpResponse<String> noSlash = send(HttpRequest.newBuilder(server.baseUri().resolve("/console?x=1")).GET());
        assertThat(noSlash.statusCode()).as("/console without its slash").isEqualTo(301);
        assertThat(noSlash.headers().firstValue("Location")).contains("/console/?x=1");
        assertThat(get("/console/", null).headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(server.requests()).as("console traffic is not in the API's journal").isEmpty();
        assertThat(send(HttpRequest.newBuilder(server.baseUri().resolve("/consoles")).GET()).statusCode())
                .as("only /console itself is sent on").isEqualTo(404);
    }

    @Test
    void viewsAndActionsNeedTheTokenAndActionsTheConsolesOwnOrigin() {
        calls.post(B + "order/add", OrderCallsTest.order("guarded-1", "SF", "SF_CASH", 0));

        assertThat(get("/console/api/view/orders", null).statusCode()).isEqualTo(403);
        assertThat(post("reset", "{}", null, null).statusCode()).isEqualTo(403);
        HttpResponse<String> foreign = post("reset", "{}", consoleToken, "http://evil.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("cross-origin request refused");
        HttpResponse<String> sameSite = send(HttpRequest.newBuilder(
                server.baseUri().resolve("/console/api/action/reset"))
                .header("X-Console-Token", consoleToken).header("Sec-Fetch-Site", "same-site")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(sameSite.statusCode()).isEqualTo(403);
        assertThat(rawStatus("evil.example:" + server.port())).as("a DNS-rebound Host").isEqualTo(403);
        assertThat(rawStatus("localhost:" + server.port())).isEqualTo(200);
        assertThat(view("orders", false).toString()).as("no refused action ran").contains("guarded-1");

        assertThat(post("reset", "{}", consoleToken, server.baseUri().toString()).statusCode()).isEqualTo(200);
        assertThat(view("orders", false).toString()).doesNotContain("guarded-1");
    }

    @Test
    void noSecretShowsUnmaskedInAnyConsoleReplyUnlessRevealed() {
        calls.send("GET", "/cgi-bin/token?grant_type=client_credential&appid=wxtest&secret=" + server.appSecret(),
                null);
        calls.send("POST", "/cgi-bin/stable_token", "{\"grant_type\":\"client_credential\",\"appid\":\"wxtest\","
                + "\"secret\":\"" + server.appSecret() + "\"}");
        assertThat(errcode(calls.post(B + "order/add", OrderCallsTest.order("masked-1", "SF", "SF_CASH", 0)))).isZero();
        String orderToken = server.courierToken("SFmasked-1").orElseThrow();
        calls.post(D + "contact/get", "{\"token\":\"" + orderToken + "\",\"waybill_id\":\"SFmasked-1\"}");
        calls.post(B + "account/bind", "{\"type\":\"bind\",\"delivery_id\":\"SF\",\"biz_id\":\"SF9\",\"password\":\""
                + PASSWORD + "\"}");
        JsonObject fired = WeChatCalls.parse(post("fire", "{\"delivery_id\":\"SF\",\"event\":\"check_biz\",\"fields\":"
                + "{\"BizID\":\"SF9\",\"BizPwd\":\"" + PASSWORD + "\",\"ShopAppID\":\"wxtest\"}}", consoleToken,
                null).body());
        assertThat(fired.getString("message")).contains("check_biz to SF: ANSWERED 200")
                .contains("verified (MsgSignature) and decrypted");
        List<String> secrets = new ArrayList<>(List.of(server.appSecret(), orderToken, PASSWORD, COURIER_TOKEN,
                MERCHANT_TOKEN, courierKey));
        server.requests().stream().map(r -> r.queryParameter("access_token").orElse("")).filter(t -> !t.isEmpty())
                .forEach(secrets::add);
        server.pushes().stream().flatMap(p -> p.field("Token").stream()).forEach(secrets::add);
        assertThat(secrets).hasSizeGreaterThan(8);

        List<String> masked = new ArrayList<>(List.of(fired.toString(), get("/console/", null).body(),
                get("/console/api/about", consoleToken).body()));
        for (String name : List.of("orders", "accounts", "requests", "pushes", "faults")) {
            masked.add(view(name, false).toString());
        }
        for (String reply : masked) {
            for (String secret : secrets) {
                assertThat(reply.contains(secret)).as("a secret in a console reply").isFalse();
            }
        }
        assertThat(view("requests", false).toString()).contains("••••••");

        String revealed = view("requests", true).toString() + view("orders", true);
        assertThat(revealed).contains(server.appSecret()).contains(orderToken).contains(PASSWORD)
                .contains(server.requests().stream().map(r -> r.queryParameter("access_token").orElse(""))
                        .filter(t -> !t.isEmpty()).findFirst().orElseThrow());
    }

    @Test
    void advanceAppendsTheNextNodeAndPushesAddExpressPathToTheMerchant() {
        calls.post(B + "order/add", OrderCallsTest.order("advance-1", "SF", "SF_CASH", 0));
        server.takePush(WAIT).orElseThrow(); // add_waybill

        JsonObject first = action("advance", "{\"waybill_id\":\"SFadvance-1\"}");
        JsonObject second = action("advance", "{\"waybill_id\":\"SFadvance-1\"}");

        assertThat(first.getString("message")).contains("100001").contains("add_express_path queued");
        assertThat(second.getString("message")).contains("200001");
        RecordedPush push = server.takePush(WAIT).orElseThrow();
        assertThat(push.event()).isEqualTo("add_express_path");
        assertThat(push.recipient()).isEqualTo(RecordedPush.MERCHANT);
        assertThat(push.field("WayBillId")).contains("SFadvance-1");
        assertThat(server.takePush(WAIT).orElseThrow().field("Count")).contains("2");
        JsonObject path = calls.post(B + "path/get", "{\"order_id\":\"advance-1\",\"delivery_id\":\"SF\","
                + "\"waybill_id\":\"SFadvance-1\"}");
        assertThat(path.getInt("path_item_num")).isEqualTo(2);
        HttpResponse<String> unknown = post("advance", "{\"waybill_id\":\"nope\"}", consoleToken, null);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("no waybill nope");
    }

    @Test
    void aPushIsReSentAsItWasForTheReceiversDuplicateHandling() {
        calls.post(B + "order/add", OrderCallsTest.order("resend-1", "SF", "SF_CASH", 0));
        RecordedPush first = server.takePush(WAIT).orElseThrow();

        JsonObject again = action("resend", "{\"seq\":" + first.sequenceNumber() + "}");

        assertThat(again.getString("message")).contains("add_waybill #" + first.sequenceNumber() + " re-sent to SF")
                .contains("ANSWERED 200");
        RecordedPush second = server.takePush(WAIT).orElseThrow();
        assertThat(second.event()).isEqualTo("add_waybill");
        assertThat(second.packet()).isEqualTo(first.packet());
        assertThat(second.query().get("nonce")).isNotEqualTo(first.query().get("nonce"));
        assertThat(second.replyField("WayBillID")).isEqualTo(first.replyField("WayBillID"));
        assertThat(post("resend", "{\"seq\":99}", consoleToken, null).body()).contains("no push attempt #99");
    }

    @Test
    void aScriptedFaultAnswersTheNextCallsOfItsOperation() {
        JsonObject scripted = action("fault", "{\"operation\":\"getAllAccount\",\"kind\":\"errcode\","
                + "\"value\":\"45009\",\"count\":\"2\"}");

        assertThat(scripted.getString("message")).contains("The next 2 getAllAccount calls get HTTP 200 errcode 45009");
        assertThat(view("faults", false).toString()).contains("getAllAccount");
        assertThat(errcode(calls.get(B + "account/getall"))).isEqualTo(45009);
        assertThat(errcode(calls.get(B + "account/getall"))).isEqualTo(45009);
        assertThat(errcode(calls.get(B + "account/getall"))).isZero();
        HttpResponse<String> bad = post("fault", "{\"operation\":\"getAll\",\"kind\":\"errcode\",\"value\":\"1\","
                + "\"count\":\"1\"}", consoleToken, null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("operation must be any or one of");
    }

    @Test
    void theEventStreamTellsOfEveryChange() throws Exception {
        HttpResponse<Stream<String>> stream = HTTP.send(HttpRequest.newBuilder(
                server.baseUri().resolve("/console/api/events")).timeout(WAIT).GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = stream.body()) {
            var it = lines.filter(l -> l.startsWith("data: ")).iterator();
            long first = Long.parseLong(it.next().substring(6));
            calls.get(B + "delivery/getall");
            assertThat(Long.parseLong(it.next().substring(6))).isGreaterThan(first);
        }
    }

    private JsonObject view(String name, boolean reveal) {
        HttpResponse<String> reply = get("/console/api/view/" + name + (reveal ? "?reveal=true" : ""), consoleToken);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return WeChatCalls.parse(reply.body());
    }

    private JsonObject action(String name, String args) {
        HttpResponse<String> reply = post(name, args, consoleToken, null);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return WeChatCalls.parse(reply.body());
    }

    private HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.baseUri().resolve(path)).GET();
        if (token != null) {
            b.header("X-Console-Token", token);
        }
        return send(b);
    }

    private HttpResponse<String> post(String action, String args, String token, String origin) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.baseUri().resolve("/console/api/action/" + action))
                .POST(HttpRequest.BodyPublishers.ofString(args, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("X-Console-Token", token);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return send(b);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return WeChatCalls.exchange(request.timeout(Duration.ofSeconds(20)).build());
    }

    /** The status of GET /console/ with this Host header (the JDK client does not let a test set Host). */
    private int rawStatus(String host) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("GET /console/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
