package io.github.wxlogistics;

import io.github.wxlogistics.event.CheckBizEvent;
import io.github.wxlogistics.event.GetQuotaEvent;
import io.github.wxlogistics.internal.push.PushCryptoTest;
import io.github.wxlogistics.internal.push.PushCrypto;
import io.github.wxlogistics.internal.push.PushSignature;
import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.event.BusinessBindResultEvent;
import io.github.wxlogistics.event.GetQuotaReply;
import io.github.wxlogistics.event.PushEvent;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import io.github.wxlogistics.event.ResultCode;
import static io.github.wxlogistics.Pushes.APP_ID;
import static io.github.wxlogistics.Pushes.AES_KEY;
import static io.github.wxlogistics.Pushes.NOW;
import static io.github.wxlogistics.Pushes.TOKEN;
import static io.github.wxlogistics.Pushes.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.support.EventFixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The receiver's answers to every kind of request, and the refusals that never reach a handler. */
class PushReceiverTest {

    private final AtomicInteger calls = new AtomicInteger();
    private final List<PushReceiver> receivers = new ArrayList<>();
    private final LogCapture log = new LogCapture();

    @AfterEach
    void close() {
        receivers.forEach(PushReceiver::close);
        log.close();
        assertThat(log.all()).doesNotContain(TOKEN).doesNotContain(AES_KEY).doesNotContain("xyz123");
    }

    private PushReceiver receiver(PushMode mode) {
        return track(Pushes.receiver(mode).maxBodyBytes(4096)
                .on(AddWaybillEvent.class, push -> {
                    calls.incrementAndGet();
                    return AddWaybillReply.success(push.waybillId(), List.of());
                }).build());
    }

    private PushReceiver track(PushReceiver receiver) {
        receivers.add(receiver);
        return receiver;
    }

    @Test
    void aUrlCheckWithTheOfficialExampleAnswersTheRawEchostr() {
        PushReceiver receiver = track(PushReceiver.builder().token("AAAAA").clock(Pushes.clock()).build());
        PushRequest check = PushRequest.fromRawQuery("GET",
                "signature=f464b24fc39322e44b38aa78f5edd27bd1441696&timestamp=1714036504&nonce=1514711492"
                        + "&echostr=4375120948345356249", null);

        PushResponse response = await(receiver.handle(check));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/plain");
        assertThat(response.bodyText()).isEqualTo("4375120948345356249");
    }

    @Test
    void aUrlCheckWithAWrongSignatureIsRefused() {
        PushReceiver receiver = track(PushReceiver.builder().token("AAAAA").clock(Pushes.clock()).build());
        PushResponse response = await(receiver.handle(PushRequest.fromRawQuery("GET",
                "signature=0464b24fc39322e44b38aa78f5edd27bd1441696&timestamp=1714036504&nonce=1514711492&echostr=x",
                null)));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEmpty();
        assertThat(log.all()).contains("SIGNATURE: signature does not match")
                .as("the hint names the setting to compare, not its value").contains("the push Token here", "消息推送");
    }

    @Test
    void methodsOtherThanGetAndPostGet405() {
        PushRequest put = PushRequest.of("PUT", Pushes.plain("add_waybill", "xml").query(), new byte[0]);
        assertThat(await(receiver(PushMode.PLAINTEXT).handle(put)).status()).isEqualTo(405);
    }

    @Test
    void refusalsNeverReachTheHandler() {
        PushReceiver safe = receiver(PushMode.SAFE);
        String message = EventFixtures.text("add_waybill", "xml");
        PushRequest good = Pushes.safe("add_waybill", "xml");
        String encrypt = PushCrypto.create(AES_KEY, APP_ID).encrypt(message);
        byte[] cipher = Base64.getDecoder().decode(encrypt);

        byte[] badPadding = PushCryptoTest.layout(message.getBytes(StandardCharsets.UTF_8).length, message, APP_ID, 0);
        badPadding[badPadding.length - 1] = 33;
        String plainSignature = PushSignature.sign(TOKEN, Long.toString(NOW), Pushes.NONCE);
        List<Refusal> refusals = List.of(
                new Refusal("SIGNATURE: msg_signature does not match", Pushes.withParam(good, "msg_signature",
                        flipFirstHexDigit(good.query().get("msg_signature")))),
                // The plain signature is right, but in safe mode msg_signature decides.
                new Refusal("SIGNATURE: msg_signature does not match", Pushes.withParam(Pushes.withParam(good,
                        "signature", plainSignature), "msg_signature", plainSignature)),
                new Refusal("SIGNATURE: msg_signature is missing",
                        PushRequest.of("POST", Map.of("timestamp", Long.toString(NOW), "nonce", "1"), good.body())),
                new Refusal("TIMESTAMP: timestamp is 301 s away from now, beyond the window of 300 s",
                        Pushes.encrypted(message, "xml", APP_ID, NOW - 301)),
                new Refusal("TIMESTAMP: timestamp is 600 s away from now",
                        Pushes.encrypted(message, "xml", APP_ID, NOW + 600)),
                new Refusal("TIMESTAMP: timestamp is missing",
                        PushRequest.of("POST", Map.of("nonce", "1", "msg_signature", "x"), good.body())),
                new Refusal("APP_ID: the message is for another AppID",
                        Pushes.encrypted(message, "xml", "wx0000000000000000", NOW)),
                new Refusal("DECRYPTION: bad padding", Pushes.withEncrypt(PushCryptoTest.encryptRaw(badPadding),
                        "xml", NOW)),
                new Refusal("DECRYPTION: the length field (5000) points past the end", Pushes.withEncrypt(
                        PushCryptoTest.encryptRaw(PushCryptoTest.layout(5000, message, APP_ID, 0)), "json", NOW)),
                new Refusal("DECRYPTION: Encrypt is not valid Base64",
                        // Cut to 4n + 1 characters: a lone 6-bit group no decoder can place.
                        Pushes.withEncrypt(encrypt.substring(0, encrypt.length() - 3), "xml", NOW)),
                new Refusal("DECRYPTION: Encrypt is 40 bytes, not a whole number of AES blocks", Pushes.withEncrypt(
                        Base64.getEncoder().encodeToString(Arrays.copyOf(cipher, 40)), "xml", NOW)));

        for (Refusal refusal : refusals) {
            PushResponse response = await(safe.handle(refusal.request()));
            assertThat(response.status()).as(refusal.reason()).isEqualTo(401);
            assertThat(response.body()).as(refusal.reason()).isEmpty();
            assertThat(log.all()).as("logged reason").contains("refused a push: " + refusal.reason());
        }
        assertThat(await(safe.handle(good)).status()).isEqualTo(200);
        assertThat(calls).as("only the good push reached the handler").hasValue(1);
    }

    private record Refusal(String reason, PushRequest request) {
    }

    private static String flipFirstHexDigit(String hex) {
        return (hex.charAt(0) == '0' ? "1" : "0") + hex.substring(1);
    }

    @Test
    void aBodyOverTheCapGets413() {
        PushReceiver receiver = track(Pushes.receiver(PushMode.PLAINTEXT).maxBodyBytes(256)
                .on(AddWaybillEvent.class, push -> {
                    calls.incrementAndGet();
                    return AddWaybillReply.failure(ResultCode.OTHER_ERROR, "x");
                }).build());

        PushResponse response = await(receiver.handle(Pushes.plain("add_waybill", "json")));

        assertThat(response.status()).isEqualTo(413);
        assertThat(receiver.maxBodyBytes()).isEqualTo(256);
        assertThat(log.all()).contains("TOO_LARGE: the body is").contains("over the limit of 256");
        assertThat(calls).hasValue(0);
    }

    @Test
    void xmlWithADoctypeIsRefusedBeforeAnyEntityIsRead() {
        PushReceiver receiver = receiver(PushMode.PLAINTEXT);
        String expansion = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<xml><Event>add_waybill</Event><OrderID>&b;</OrderID></xml>";
        String external = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><Event>add_waybill</Event><OrderID>&x;</OrderID></xml>";

        for (String body : List.of(expansion, external)) {
            PushResponse response = await(receiver.handle(Pushes.plain(body.getBytes(StandardCharsets.UTF_8), NOW)));
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body()).isEmpty();
        }
        assertThat(log.all()).contains("MALFORMED: the XML body has a DOCTYPE, which is refused").doesNotContain("root:");
        assertThat(calls).hasValue(0);
    }

    @Test
    void aPlaintextPushWithAWrongSignatureIsNotEvenParsed() {
        PushRequest forged = Pushes.withParam(Pushes.plain("<not xml".getBytes(StandardCharsets.UTF_8), NOW),
                "signature", "da39a3ee5e6b4b0d3255bfef95601890afd80709");
        assertThat(await(receiver(PushMode.PLAINTEXT).handle(forged)).status()).isEqualTo(401);
        assertThat(log.all()).contains("SIGNATURE: signature does not match").doesNotContain("MALFORMED");
    }

    @Test
    void compatibleModeChecksBothSignaturesAndReadsTheDecryptedCopy() {
        AtomicReference<AddWaybillEvent> seen = new AtomicReference<>();
        PushReceiver receiver = track(Pushes.receiver(PushMode.COMPATIBLE).on(AddWaybillEvent.class, push -> {
            seen.set(push);
            return AddWaybillReply.success(push.waybillId(), List.of());
        }).build());
        String message = EventFixtures.text("add_waybill", "xml");
        String encrypt = PushCrypto.create(AES_KEY, APP_ID).encrypt(message);
        String body = "<xml><ToUserName>gh_abcdefg</ToUserName><Event>add_waybill</Event>"
                + "<OrderID>FORGED</OrderID><Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>";
        PushRequest compatible = PushRequest.of("POST", Pushes.withEncrypt(encrypt, "xml", NOW).query(),
                body.getBytes(StandardCharsets.UTF_8));

        PushResponse response = await(receiver.handle(compatible));

        assertThat(response.status()).isEqualTo(200);
        assertThat(seen.get().orderId()).isEqualTo("012345678901234567890123456789");
        assertThat(Pushes.replyFields(response, PushMode.COMPATIBLE).text("OrderID"))
                .as("compatible mode answers in plaintext").hasValue("012345678901234567890123456789");

        PushRequest badPlainSignature = Pushes.withParam(compatible, "signature", "0".repeat(40));
        assertThat(await(receiver.handle(badPlainSignature)).status()).isEqualTo(401);
    }

    @Test
    void anEventWithoutAHandlerIsAnsweredSuccessAndLogged() {
        PushResponse response = await(receiver(PushMode.PLAINTEXT).handle(Pushes.plain("get_quota", "xml")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("success");
        assertThat(log.all()).contains("no handler for event get_quota; answered success");
    }

    @Test
    void aHostileEventNameCannotForgeALogLine() {
        byte[] body = "{\"Event\":\"x\\nSEVERE: forged\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(await(receiver(PushMode.PLAINTEXT).handle(Pushes.plain(body, NOW))).bodyText()).isEqualTo("success");
        assertThat(log.all()).contains("no handler for event (unrecognised)").doesNotContain("forged");
    }

    @Test
    void merchantEventsReachTheirHandlersAndAreAnsweredSuccess() {
        List<PushEvent<?>> seen = new CopyOnWriteArrayList<>();
        PushReceiver receiver = track(Pushes.receiver(PushMode.SAFE)
                .on(AddExpressPathEvent.class, seen::add)
                .onAsync(BusinessBindResultEvent.class, push -> {
                    seen.add(push);
                    return CompletableFuture.completedFuture(null);
                }).build());

        for (String event : List.of("add_express_path", "update_business_bind_result")) {
            PushResponse response = await(receiver.handle(Pushes.safe(event, "json")));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.bodyText()).as("merchant replies are not encrypted").isEqualTo("success");
        }
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isInstanceOf(AddExpressPathEvent.class);
        assertThat(((AddExpressPathEvent) seen.get(0)).actions()).hasSize(3);
        assertThat(seen.get(1)).isInstanceOf(BusinessBindResultEvent.class);
    }

    @Test
    void aFailingHandlerIsAnswered500AndLogged() {
        PushReceiver receiver = track(Pushes.receiver(PushMode.PLAINTEXT)
                .on(CheckBizEvent.class, push -> {
                    throw new IllegalStateException("courier database down");
                })
                .onAsync(GetQuotaEvent.class, push -> null)
                .build());

        assertThat(await(receiver.handle(Pushes.plain("check_biz", "xml"))).status()).isEqualTo(500);
        assertThat(await(receiver.handle(Pushes.plain("get_quota", "xml"))).status()).isEqualTo(500);
        assertThat(log.all()).contains("check_biz: no reply, answered 500").contains("courier database down")
                .contains("get_quota: no reply, answered 500");
    }

    @Test
    void aMalformedNumberIsAnswered400NamingTheField() {
        byte[] body = "<xml><Event>add_waybill</Event><CreateTime>1.5</CreateTime></xml>".getBytes(StandardCharsets.UTF_8);
        assertThat(await(receiver(PushMode.PLAINTEXT).handle(Pushes.plain(body, NOW))).status()).isEqualTo(400);
        assertThat(log.all()).contains("MALFORMED: CreateTime must be an integer");
        assertThat(calls).hasValue(0);
    }

    @Test
    void theBuilderRefusesIncompleteSettingsAndHidesSecrets() {
        assertThatThrownBy(() -> PushReceiver.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("token is required");
        assertThatThrownBy(() -> PushReceiver.builder().token(TOKEN).mode(PushMode.SAFE).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs the encodingAesKey");
        assertThatThrownBy(() -> PushReceiver.builder().token(TOKEN).encodingAesKey("short").appId(APP_ID).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("short");
        assertThatThrownBy(() -> Pushes.receiver(PushMode.PLAINTEXT).on(GetQuotaEvent.class, p -> GetQuotaReply.of(1))
                .on(GetQuotaEvent.class, p -> GetQuotaReply.of(2))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("get_quota is already registered");

        PushReceiver receiver = track(PushReceiver.builder().token(TOKEN).encodingAesKey(AES_KEY).appId(APP_ID).build());
        assertThat(receiver.mode()).as("an AES key makes safe mode the default").isEqualTo(PushMode.SAFE);
        assertThat(receiver.toString()).contains("SAFE").doesNotContain(TOKEN).doesNotContain(AES_KEY);
    }

    @Test
    void afterCloseAPushIsAnswered503() {
        PushReceiver receiver = receiver(PushMode.PLAINTEXT);
        receiver.close();
        assertThat(await(receiver.handle(Pushes.plain("add_waybill", "xml"))).status()).isEqualTo(503);
        assertThat(calls).hasValue(0);
        // Overload is said in words, once per push, without a stack trace.
        assertThat(log.all()).contains("add_waybill: no reply, answered 503: the handler executor refused the push")
                .doesNotContain("RejectedExecutionException");
    }
}
