package io.github.wxlogistics.testkit;

import static io.github.wxlogistics.testkit.WeChatCalls.B;
import static io.github.wxlogistics.testkit.WeChatCalls.D;
import static io.github.wxlogistics.testkit.WeChatCalls.errcode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.internal.push.PushSignature;
import io.github.wxlogistics.testkit.standalone.FakeWeChatServerMain;
import io.github.wxlogistics.testkit.standalone.PushPrinter;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The standalone jar's push loop across its two modes: the fake server pushing to push printers
 * ({@code receive}), which print each push as a JSON line and answer with the configured reply.
 */
class StandalonePushTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String COURIER_TOKEN = "CourierToken1";
    private static final String MERCHANT_TOKEN = "MerchantToken1";

    private final String courierKey = PushReceivers.newAesKey();
    private final String merchantKey = PushReceivers.newAesKey();
    private final Lines courierOut = new Lines();
    private final Lines merchantOut = new Lines();
    private final Lines err = new Lines();
    private final List<AutoCloseable> started = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : started) {
            c.close();
        }
    }

    private PushPrinter printer(Lines out, String... args) {
        PushPrinter printer = PushPrinter.start(args, out.stream(), err.stream()).orElseThrow();
        started.add(printer);
        return printer;
    }

    private FakeWeChatServer server(String... args) {
        FakeWeChatServer server = FakeWeChatServerMain.start(args, new Lines().stream()).orElseThrow();
        started.add(server);
        return server;
    }

    @Test
    void theFakeServerPushesAcrossToPrintersThatAnswerAndPrintEachPush() {
        PushPrinter courier = printer(courierOut, "--port", "0", "--token", COURIER_TOKEN, "--aes-key", courierKey,
                "--app-id", "wxcourier", "--reply-waybill-data", "##SF_mark##123-4##");
        PushPrinter merchant = printer(merchantOut, "--port", "0", "--token", MERCHANT_TOKEN, "--aes-key", merchantKey,
                "--app-id", "wxtest", "--format", "json");
        FakeWeChatServer server = server("--port", "0", "--courier-push", "SF=" + courier.uri() + ",token="
                + COURIER_TOKEN + ",aes-key=" + courierKey + ",app-id=wxcourier,mode=safe,format=xml",
                "--merchant-push", merchant.uri() + ",token=" + MERCHANT_TOKEN + ",aes-key=" + merchantKey
                        + ",format=json", "--push-timeout", "3000");
        WeChatCalls calls = new WeChatCalls(server);

        JsonObject added = calls.post(B + "order/add", OrderCallsTest.order("cli-1", "SF", "SF_CASH", 0));

        JsonObject pushed = WeChatCalls.parse(courierOut.take());
        assertThat(pushed.getString("event")).isEqualTo("add_waybill");
        JsonObject fields = pushed.getJsonObject("fields");
        assertThat(fields.getString("OrderID")).isEqualTo("cli-1");
        assertThat(fields.getString("BizPwd")).isEqualTo("***");
        assertThat(fields.getJsonObject("Sender").getString("Name")).isEqualTo("张三");
        assertThat(fields.getJsonObject("Cargo").getJsonArray("DetailList").getJsonObject(0).getString("Name"))
                .isEqualTo("书");
        String proposed = fields.getString("WayBillID");
        assertThat(pushed.getJsonObject("reply").getString("WayBillID")).as("the push's waybill ID echoed")
                .isEqualTo(proposed);
        assertThat(added.getString("waybill_id")).isEqualTo(proposed);
        assertThat(added.getJsonArray("waybill_data").getJsonObject(0).getString("value")).isEqualTo("123-4");

        String token = fields.getString("Token");
        JsonObject updated = calls.post(D + "path/update", "{\"token\":\"" + token + "\",\"waybill_id\":\"" + proposed
                + "\",\"action_time\":1700000000,\"action_type\":100001,\"action_msg\":\"揽件\"}");
        assertThat(errcode(updated)).isZero();
        JsonObject path = WeChatCalls.parse(merchantOut.take());
        assertThat(path.getString("event")).isEqualTo("add_express_path");
        assertThat(path.getJsonObject("fields").getString("Version")).isEqualTo("1");
        assertThat(path.getJsonObject("fields").getJsonArray("Actions").getJsonObject(0).getString("ActionMsg"))
                .isEqualTo("揽件");
        assertThat(courierOut.all() + merchantOut.all() + err.all()).doesNotContain(courierKey, merchantKey,
                COURIER_TOKEN, MERCHANT_TOKEN);
    }

    @Test
    void theOpenPlatformPushesTicketsAndAuthorizationsToThePlatformsUrlWithItsSecretsMasked() {
        String key = PushReceivers.newAesKey();
        PushPrinter platform = printer(merchantOut, "--port", "0", "--token", "PlatformToken1", "--aes-key", key,
                "--app-id", "wxcomponent0000001");
        FakeWeChatServer server = server("--port", "0", "--no-console", "--platform", "wxcomponent0000001,secret="
                + "component-secret-4711,token=PlatformToken1,aes-key=" + key + ",url=" + platform.uri()
                + ",ticket-interval=3600", "--authorize", "wxmerchant00000001=45+71");

        JsonObject ticket = WeChatCalls.parse(merchantOut.take());
        assertThat(ticket.getString("event")).isEqualTo("component_verify_ticket");
        assertThat(ticket.getJsonObject("fields").getString("ComponentVerifyTicket")).isEqualTo("***");
        JsonObject authorized = WeChatCalls.parse(merchantOut.take());
        assertThat(authorized.getString("event")).isEqualTo("authorized");
        assertThat(authorized.getJsonObject("fields").getString("AuthorizerAppid")).isEqualTo("wxmerchant00000001");
        assertThat(authorized.getJsonObject("fields").getString("AuthorizationCode")).isEqualTo("***");
        assertThat(server.platform().isAuthorized("wxmerchant00000001")).isTrue();
        assertThat(server.pushes()).filteredOn(p -> p.recipient().equals(FakePlatform.RECIPIENT))
                .extracting(RecordedPush::event, RecordedPush::outcome).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("component_verify_ticket", RecordedPush.Outcome.ANSWERED),
                        org.assertj.core.groups.Tuple.tuple("authorized", RecordedPush.Outcome.ANSWERED));
        assertThat(merchantOut.all() + err.all()).doesNotContain(key, "PlatformToken1", "@@@");
    }

    @Test
    void aPlatformSpecMissingSettingsIsRefusedByNameWithoutEchoingSecrets() {
        assertThatThrownBy(() -> server("--port", "0", "--platform", "wxcomponent0000001,secret=SECRETVALUE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--platform needs APPID,secret=S,token=T,aes-key=K; missing: token, aes-key");
        assertThatThrownBy(() -> server("--port", "0", "--authorize", "wxmerchant00000001=45"))
                .hasMessageStartingWith("--authorize needs --platform with url=");
    }

    @Test
    void theReplyIsConfigurable() {
        PushPrinter courier = printer(courierOut, "--port", "0", "--token", COURIER_TOKEN, "--reply-result-code", "20005",
                "--reply-result-msg", "不派送");
        FakeWeChatServer server = server("--port", "0", "--courier-push",
                "SF=" + courier.uri() + ",token=" + COURIER_TOKEN + ",format=json");

        JsonObject refused = new WeChatCalls(server).post(B + "order/add",
                OrderCallsTest.order("cli-2", "SF", "SF_CASH", 0));

        assertThat(errcode(refused)).isEqualTo(9300501);
        assertThat(refused.getInt("delivery_resultcode")).isEqualTo(20005);
        assertThat(refused.getString("delivery_resultmsg")).isEqualTo("不派送");
        assertThat(WeChatCalls.parse(courierOut.take()).getJsonObject("reply").getInt("ResultCode")).isEqualTo(20005);
    }

    @Test
    void urlChecksAndRefusalsAreReportedOnStandardError() throws Exception {
        PushPrinter printer = printer(courierOut, "--port", "0", "--token", COURIER_TOKEN, "--path", "/wx");
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        String good = "?signature=" + PushSignature.sign(COURIER_TOKEN, ts, "42") + "&timestamp=" + ts
                + "&nonce=42&echostr=hello";

        HttpResponse<String> check = send("GET", URI.create(printer.uri() + good), "");
        HttpResponse<String> forged = send("POST", URI.create(printer.uri() + "?signature=0&timestamp=" + ts
                + "&nonce=42"), "<xml><Event>add_waybill</Event></xml>");

        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(check.body()).isEqualTo("hello");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).isEmpty();
        assertThat(err.takeMatching("URL check")).isEqualTo("URL check passed");
        assertThat(err.takeMatching("POST")).startsWith("POST answered 401");
        assertThat(courierOut.all()).isEmpty();
    }

    @Test
    void aPushInTheOtherFormatIsRefusedWithFormat() throws Exception {
        PushPrinter printer = printer(courierOut, "--port", "0", "--token", COURIER_TOKEN, "--format", "json");
        String ts = Long.toString(System.currentTimeMillis() / 1000);

        HttpResponse<String> xml = send("POST", URI.create(printer.uri() + "?signature="
                + PushSignature.sign(COURIER_TOKEN, ts, "7") + "&timestamp=" + ts + "&nonce=7"),
                "<xml><Event>add_waybill</Event></xml>");

        assertThat(xml.statusCode()).isEqualTo(400);
        assertThat(err.takeMatching("POST")).contains("expected a JSON push");
    }

    @Test
    void badOptionsAreRefusedWithoutEchoingSecrets() {
        assertThatThrownBy(() -> PushPrinter.start(new String[] {"--port", "0"}, courierOut.stream(), err.stream()))
                .hasMessageContaining("--token");
        assertThatThrownBy(() -> PushPrinter.start(new String[] {"--token", "t", "--aes-key", "SECRETKEY"},
                courierOut.stream(), err.stream())).hasMessageNotContaining("SECRETKEY");
        assertThatThrownBy(() -> PushPrinter.start(new String[] {"--token", "t", "--aes-key", courierKey},
                courierOut.stream(), err.stream())).hasMessageContaining("--app-id");
        assertThatThrownBy(() -> PushPrinter.start(new String[] {"--token", "t", "--mode", "loud"},
                courierOut.stream(), err.stream())).hasMessageContaining("plaintext, compatible or safe");
        assertThatThrownBy(() -> PushPrinter.start(new String[] {"--token", "t", "--reply-waybill-data", "x"},
                courierOut.stream(), err.stream())).hasMessageContaining("##key##value##");
        assertThatThrownBy(() -> PushPrinter.start(new String[] {"--bogus"}, courierOut.stream(), err.stream()))
                .hasMessageContaining("--bogus");
        assertThatThrownBy(() -> server("--port", "0", "--courier-push", "SF=http://127.0.0.1:1/p,token=SECRETTOKEN,"
                + "aes-key=" + courierKey)).hasMessageContaining("appId").hasMessageNotContaining("SECRETTOKEN")
                .hasMessageNotContaining(courierKey);
        assertThatThrownBy(() -> server("--port", "0", "--courier-push", "http://127.0.0.1:1/p,token=T"))
                .hasMessageContaining("DELIVERY_ID=URL");
        assertThatThrownBy(() -> server("--port", "0", "--merchant-push", "http://127.0.0.1:1/p,tokn=SECRETTOKEN"))
                .hasMessageContaining("unknown setting tokn").hasMessageNotContaining("SECRETTOKEN");
        assertThatThrownBy(() -> server("--port", "0", "--merchant-push", "http://127.0.0.1:1/p,format=yaml,token=T"))
                .hasMessageContaining("xml or json");
        assertThatThrownBy(() -> server("--port", "0", "--merchant-push", "http://127.0.0.1:1/p"))
                .hasMessageContaining("token");
    }

    @Test
    void helpListsThePushOptions() {
        Lines out = new Lines();
        assertThat(PushPrinter.start(new String[] {"--help"}, out.stream(), err.stream())).isEmpty();
        assertThat(FakeWeChatServerMain.start(new String[] {"--help"}, out.stream())).isEmpty();

        assertThat(out.all()).contains("--token", "--aes-key", "--app-id", "--mode", "--format", "--reply-result-code",
                "--reply-waybill-id", "--reply-waybill-data", "--reply-quota", "--courier-push", "--merchant-push",
                "--push-timeout", "--push-attempts", "receive");
    }

    @Test
    void theReceiveModeRunsAsItsOwnProcess() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                FakeWeChatServerMain.class.getName(), "receive", "--port", "0", "--token", COURIER_TOKEN).start();
        ExecutorService readers = Executors.newSingleThreadExecutor();
        try {
            BufferedReader stderr = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8));
            String started = readers.submit(stderr::readLine).get(30, TimeUnit.SECONDS);
            assertThat(started).startsWith("Receiving pushes at http://127.0.0.1:");
            URI uri = URI.create(started.substring("Receiving pushes at ".length(), started.indexOf(' ', 20)));
            String ts = Long.toString(System.currentTimeMillis() / 1000);

            HttpResponse<String> check = send("GET", URI.create(uri + "?signature="
                    + PushSignature.sign(COURIER_TOKEN, ts, "1") + "&timestamp=" + ts + "&nonce=1&echostr=up"), "");

            assertThat(check.body()).isEqualTo("up");
            assertThat(readers.submit(stderr::readLine).get(10, TimeUnit.SECONDS)).isEqualTo("URL check passed");
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            readers.shutdownNow();
        }
        assertThat(process.exitValue()).as("stopped by the shutdown hook on SIGTERM").isNotEqualTo(2);
    }

    private static HttpResponse<String> send(String method, URI uri, String body) throws Exception {
        return WeChatCalls.client().send(HttpRequest.newBuilder(uri).timeout(WAIT)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A print stream whose lines can be awaited. */
    private static final class Lines {
        private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final StringBuilder all = new StringBuilder();
        private final PrintStream stream = new PrintStream(new OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                if (b == '\n') {
                    String text = line.toString(StandardCharsets.UTF_8).stripTrailing();
                    line.reset();
                    synchronized (all) {
                        all.append(text).append('\n');
                    }
                    lines.add(text);
                } else {
                    line.write(b);
                }
            }
        }, true, StandardCharsets.UTF_8);

        PrintStream stream() {
            return stream;
        }

        String take() {
            try {
                String line = lines.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                assertThat(line).as("a line within " + WAIT).isNotNull();
                return line;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        /** The next line starting with {@code prefix}; each line waited for at most {@link #WAIT}. */
        String takeMatching(String prefix) {
            String line = take();
            while (!line.startsWith(prefix)) {
                line = take();
            }
            return line;
        }

        String all() {
            synchronized (all) {
                return all.toString();
            }
        }
    }
}
