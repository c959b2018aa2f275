package io.github.wxlogistics;

import static io.github.wxlogistics.Pushes.NOW;
import static io.github.wxlogistics.Pushes.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.PushAnswer;
import io.github.wxlogistics.event.PushFields;
import io.github.wxlogistics.event.PushFormat;
import io.github.wxlogistics.event.PushMessage;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Everything on the push URL that no typed handler takes reaches the fallback, verified and decrypted. */
class PushFallbackTest {

    private static final String TEXT_XML = "<xml><ToUserName><![CDATA[gh_abcdefg]]></ToUserName>"
            + "<FromUserName><![CDATA[oUser]]></FromUserName><CreateTime>" + NOW + "</CreateTime>"
            + "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[我的快递到哪了]]></Content>"
            + "<MsgId>23456789</MsgId></xml>";
    private static final String TEXT_JSON = "{\"ToUserName\":\"gh_abcdefg\",\"FromUserName\":\"oUser\",\"CreateTime\":"
            + NOW + ",\"MsgType\":\"text\",\"Content\":\"我的快递到哪了\",\"MsgId\":23456789}";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"SAFE, xml", "SAFE, json", "COMPATIBLE, xml", "PLAINTEXT, json"})
    void aCustomerServiceMessageReachesTheFallbackWhoseReplyPacketIsEncryptedInSafeMode(PushMode mode, String format) {
        List<PushMessage> seen = new CopyOnWriteArrayList<>();
        try (PushReceiver receiver = Pushes.receiver(mode).fallback(message -> {
            seen.add(message);
            return PushAnswer.transferToCustomerService(message, NOW);
        }).build()) {
            String text = format.equals("xml") ? TEXT_XML : TEXT_JSON;

            PushResponse response = await(receiver.handle(request(text, format, mode)));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.contentType()).startsWith(format.equals("xml") ? "text/xml" : "application/json");
            assertThat(response.bodyText().contains("transfer_customer_service")).as("the packet travels encrypted")
                    .isEqualTo(mode != PushMode.SAFE);
            PushFields reply = Pushes.replyFields(response, mode);
            assertThat(reply.text("MsgType")).hasValue("transfer_customer_service");
            assertThat(reply.text("ToUserName")).hasValue("oUser");
            PushMessage message = seen.get(0);
            assertThat(message.msgType()).isEqualTo("text");
            assertThat(message.event()).isNull();
            assertThat(message.fields().text("Content")).hasValue("我的快递到哪了");
            assertThat(message.fields().text("MsgId")).hasValue("23456789");
            assertThat(message.format()).isEqualTo(format.equals("xml") ? PushFormat.XML : PushFormat.JSON);
            assertThat(message.body()).as("the verified plaintext, for an existing router").isEqualTo(text);
            assertThat(message.toString()).contains("text").doesNotContain("快递");
        }
    }

    @Test
    void unknownEventsAndLogisticsEventsWithoutAHandlerGoToTheFallbackAndTypedHandlersStillRun() {
        List<String> fallback = new CopyOnWriteArrayList<>();
        List<AddExpressPathEvent> typed = new CopyOnWriteArrayList<>();
        try (PushReceiver receiver = Pushes.receiver(PushMode.SAFE).on(AddExpressPathEvent.class, typed::add)
                .fallback(message -> {
                    fallback.add(message.msgType() + "/" + message.event());
                    return message.event().equals("user_enter_tempsession") ? PushAnswer.empty() : PushAnswer.success();
                }).build()) {
            PushResponse session = await(receiver.handle(request(event("user_enter_tempsession"), "xml", PushMode.SAFE)));
            PushResponse unknown = await(receiver.handle(request(event("wxa_some_new_event"), "xml", PushMode.SAFE)));
            PushResponse bind = await(receiver.handle(Pushes.safe("update_business_bind_result", "json")));
            PushResponse path = await(receiver.handle(Pushes.safe("add_express_path", "xml")));

            assertThat(session.status()).isEqualTo(200);
            assertThat(session.body()).isEmpty();
            assertThat(session.contentType()).startsWith("text/plain");
            assertThat(unknown.bodyText()).isEqualTo("success");
            assertThat(bind.bodyText()).isEqualTo("success");
            assertThat(path.bodyText()).isEqualTo("success");
            assertThat(fallback).containsExactly("event/user_enter_tempsession", "event/wxa_some_new_event",
                    "event/update_business_bind_result");
            assertThat(typed).singleElement().extracting(AddExpressPathEvent::waybillId).isNotNull();
        }
    }

    @Test
    void aForgedMessageNeverReachesTheFallback() {
        List<PushMessage> seen = new CopyOnWriteArrayList<>();
        try (PushReceiver receiver = Pushes.receiver(PushMode.SAFE).fallback(m -> {
            seen.add(m);
            return PushAnswer.success();
        }).build()) {
            PushRequest forged = Pushes.withParam(request(TEXT_XML, "xml", PushMode.SAFE), "msg_signature", "0".repeat(40));

            assertThat(await(receiver.handle(forged)).status()).isEqualTo(401);
            assertThat(seen).isEmpty();
        }
    }

    @Test
    void aFallbackThatFailsGets500AndOneThatIsLate503() throws Exception {
        try (PushReceiver failing = Pushes.receiver(PushMode.PLAINTEXT).fallback(m -> {
            throw new IllegalStateException("router down");
        }).build();
             PushReceiver late = Pushes.receiver(PushMode.PLAINTEXT).handlerDeadline(Duration.ofMillis(200))
                     .fallbackAsync(m -> new CompletableFuture<>()).build()) {
            assertThat(await(failing.handle(request(TEXT_XML, "xml", PushMode.PLAINTEXT))).status()).isEqualTo(500);
            CompletableFuture<PushResponse> pending = late.handle(request(TEXT_XML, "xml", PushMode.PLAINTEXT))
                    .toCompletableFuture();
            assertThat(pending).isNotDone();
            assertThat(pending.get(5, TimeUnit.SECONDS).status()).isEqualTo(503);
        }
    }

    @Test
    void aFallbackThatAnswersNullGets500AndTheLogSaysWhatToReturn() {
        try (LogCapture log = new LogCapture();
                PushReceiver receiver = Pushes.receiver(PushMode.PLAINTEXT).fallback(m -> null).build()) {
            assertThat(await(receiver.handle(request(TEXT_XML, "xml", PushMode.PLAINTEXT))).status()).isEqualTo(500);
            assertThat(log.all()).contains("the fallback completed with null")
                    .contains("PushAnswer.success()", "PushAnswer.empty()", "PushAnswer.packet(");
        }
    }

    private static String event(String name) {
        return "<xml><ToUserName><![CDATA[gh_abcdefg]]></ToUserName><FromUserName><![CDATA[oUser]]></FromUserName>"
                + "<CreateTime>" + NOW + "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[" + name
                + "]]></Event><SessionFrom><![CDATA[order]]></SessionFrom></xml>";
    }

    private static PushRequest request(String text, String format, PushMode mode) {
        return mode == PushMode.PLAINTEXT ? Pushes.plain(text.getBytes(StandardCharsets.UTF_8), NOW)
                : Pushes.encrypted(text, format, Pushes.APP_ID, NOW);
    }
}
