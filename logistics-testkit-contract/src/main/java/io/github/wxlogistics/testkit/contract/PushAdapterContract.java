package io.github.wxlogistics.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.event.CheckBizEvent;
import io.github.wxlogistics.event.PathAction;
import io.github.wxlogistics.event.PushAnswer;
import io.github.wxlogistics.event.PushFields;
import io.github.wxlogistics.event.PushMessage;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.internal.push.PushSignature;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.AddOrderResponse;
import io.github.wxlogistics.model.GetContactRequest;
import io.github.wxlogistics.model.GetContactResponse;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.model.WaybillData;
import io.github.wxlogistics.platform.AuthorizationInfo;
import io.github.wxlogistics.platform.AuthorizationLost;
import io.github.wxlogistics.platform.ComponentPlatform;
import io.github.wxlogistics.platform.InMemoryPlatformStore;
import io.github.wxlogistics.platform.PlatformListener;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.PushEndpoint;
import io.github.wxlogistics.event.PushFormat;
import io.github.wxlogistics.testkit.RecordedPush;
import io.github.wxlogistics.testkit.SampleRequests;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of a push adapter: a {@link PushReceiver} behind an HTTP server, over real sockets.
 * The whole loop runs against {@link FakeWeChatServer} with push URLs pointing at receivers behind
 * the adapter, in every encryption mode and both formats: the merchant's addOrder pushes
 * {@code add_waybill} to the courier's receiver, whose reply is the merchant's waybill; the courier
 * calls getContact and updatePath with the pushed Token; the merchant's receiver gets
 * {@code add_express_path} with typed actions. Then what the adapter itself must get right: URL
 * checks, 405 with {@code Allow}, 401 with an empty body, 413 for a body over the receiver's
 * limit (and a limit of {@link Integer#MAX_VALUE} without overflow), Content-Type on every answer, 503
 * once the receiver's deadline passes, and a slow handler not holding up other requests. And the
 * mini program's one push URL: in safe mode and both formats, a customer-service message and an
 * unknown event reach the receiver's fallback verified and decrypted, its reply packet goes back
 * encrypted, and a logistics event on the same URL still reaches its typed handler. And a
 * third-party platform's authorization-event URL: ticket, {@code authorized} and {@code unauthorized}.
 *
 * <p>An adapter module runs it through a subclass:
 * <pre>{@code
 * class JdkPushHandlerTest extends PushAdapterContract {
 *     protected PushServer startPushServer(PushReceiver receiver) { ...serve JdkPushHandler.of(receiver)... }
 *     protected HttpTransport createTransport() { return JdkHttpTransport.create(); }
 * }
 * }</pre>
 */
public abstract class PushAdapterContract {

    private static final String APP_ID = "wxtest";
    private static final String COURIER_APP_ID = "wxcourier00000001";
    private static final String COURIER_TOKEN = "CourierPushToken42";
    private static final String MERCHANT_TOKEN = "MerchantPushToken42";
    private static final Duration WAIT = Duration.ofSeconds(10);

    /**
     * A push URL served by the adapter under test on loopback.
     */
    public interface PushServer extends AutoCloseable {
        /**
         * The push URL.
         *
         * @return an absolute http URL on loopback
         */
        URI url();

        /** Stops serving; the suite calls it after each test. */
        @Override
        void close();
    }

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpTransport transport;

    /** For subclasses. */
    protected PushAdapterContract() {
    }

    /**
     * Starts an HTTP server on a free loopback port that answers every request to the returned URL
     * through the adapter and {@code receiver}. The suite closes the server, then the receiver.
     *
     * @param receiver the receiver to serve
     * @return the running server
     */
    protected abstract PushServer startPushServer(PushReceiver receiver);

    /**
     * A new transport, for the clients of the loop and for the suite's raw requests; the suite
     * closes it after the test.
     *
     * @return a transport
     */
    protected abstract HttpTransport createTransport();

    @AfterEach
    void closeEverything() throws Exception {
        release.countDown();
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
        if (transport != null) {
            transport.close();
        }
    }

    private <T extends AutoCloseable> T track(T resource) {
        resources.add(resource);
        return resource;
    }

    private HttpTransport transport() {
        if (transport == null) {
            transport = createTransport();
        }
        return transport;
    }

    private URI serve(PushReceiver receiver) {
        track(receiver);
        return track(startPushServer(receiver)).url();
    }

    private static String newAesKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().withoutPadding().encodeToString(key);
    }

    private static PushReceiver.Builder receiver(PushMode mode, String token, String aesKey, String appId) {
        PushReceiver.Builder b = PushReceiver.builder().token(token).mode(mode);
        return mode == PushMode.PLAINTEXT ? b : b.encodingAesKey(aesKey).appId(appId);
    }

    private static PushEndpoint endpoint(URI url, PushMode mode, PushFormat format, String token, String aesKey,
            String appId) {
        PushEndpoint.Builder b = PushEndpoint.builder(url).token(token).mode(mode).format(format);
        return (mode == PushMode.PLAINTEXT ? b : b.encodingAesKey(aesKey).appId(appId)).build();
    }

    static List<Arguments> modesAndFormats() {
        List<Arguments> out = new ArrayList<>();
        for (PushMode mode : PushMode.values()) {
            for (PushFormat format : PushFormat.values()) {
                out.add(Arguments.of(mode, format));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modesAndFormats")
    void theWholeLoopRunsThroughTheAdapter(PushMode mode, PushFormat format) throws Exception {
        String courierKey = newAesKey();
        String merchantKey = newAesKey();
        CompletableFuture<AddWaybillEvent> courierGot = new CompletableFuture<>();
        LinkedBlockingQueue<AddExpressPathEvent> merchantGot = new LinkedBlockingQueue<>();
        URI courierUrl = serve(receiver(mode, COURIER_TOKEN, courierKey, COURIER_APP_ID).on(AddWaybillEvent.class, push -> {
            courierGot.complete(push);
            return AddWaybillReply.success("SF" + push.orderId().hashCode(),
                    List.of(new WaybillData("SF_bagAddr", "北京"), new WaybillData("SF_mark", "010-A1")));
        }).build());
        URI merchantUrl = serve(receiver(mode, MERCHANT_TOKEN, merchantKey, APP_ID)
                .on(AddExpressPathEvent.class, merchantGot::add).build());
        FakeWeChatServer wechat = track(FakeWeChatServer.builder().appId(APP_ID).demoData()
                .courierPush("SF", endpoint(courierUrl, mode, format, COURIER_TOKEN, courierKey, COURIER_APP_ID))
                .merchantPush(endpoint(merchantUrl, mode, format, MERCHANT_TOKEN, merchantKey, APP_ID)).start());
        LogisticsClient client = track(LogisticsClient.builder().credentials(wechat.appId(), wechat.appSecret())
                .baseUri(wechat.baseUri()).transport(transport()).build());
        String orderId = "loop-" + mode + "-" + format;

        AddOrderResponse added = client.merchant().addOrder(order(orderId));

        AddWaybillEvent pushed = courierGot.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(pushed.orderId()).isEqualTo(orderId);
        assertThat(pushed.receiver().name()).isEqualTo("王小蒙");
        assertThat(added.waybillId()).isEqualTo("SF" + orderId.hashCode());
        assertThat(added.waybillData()).containsExactly(new WaybillData("SF_bagAddr", "北京"),
                new WaybillData("SF_mark", "010-A1"));
        RecordedPush addWaybill = wechat.pushes().get(0);
        assertThat(addWaybill.outcome()).isEqualTo(RecordedPush.Outcome.ANSWERED);
        assertThat(addWaybill.bodyText().contains(orderId)).as("the order travels in clear text")
                .isEqualTo(mode != PushMode.SAFE);

        GetContactResponse contact = client.courier().getContact(GetContactRequest.builder().token(pushed.token())
                .waybillId(added.waybillId()).build());
        client.courier().updatePath(UpdatePathRequest.builder().token(pushed.token()).waybillId(added.waybillId())
                .actionTime(1_700_000_000L).actionType(ActionType.PICKED_UP).actionMsg("顺丰速运 已收取快件").build());

        assertThat(contact.receiver().name()).isEqualTo("王小蒙");
        AddExpressPathEvent path = merchantGot.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(path).as("add_express_path within " + WAIT).isNotNull();
        assertThat(path.waybillId()).isEqualTo(added.waybillId());
        assertThat(path.orderId()).isEqualTo(orderId);
        assertThat(path.version()).isEqualTo(1);
        assertThat(path.count()).isEqualTo(1);
        PathAction action = path.actions().get(0);
        assertThat(action.actionType()).isEqualTo(ActionType.PICKED_UP);
        assertThat(action.actionMsg()).isEqualTo("顺丰速运 已收取快件");
        assertThat(action.actionTime()).isEqualTo(1_700_000_000L);
    }

    @ParameterizedTest(name = "safe mode, {0}")
    @EnumSource(PushFormat.class)
    void everythingElseOnThePushUrlReachesTheFallbackAndLogisticsEventsTheirHandlers(PushFormat format)
            throws Exception {
        String key = newAesKey();
        List<PushMessage> fallback = new java.util.concurrent.CopyOnWriteArrayList<>();
        LinkedBlockingQueue<AddExpressPathEvent> typed = new LinkedBlockingQueue<>();
        URI url = serve(receiver(PushMode.SAFE, MERCHANT_TOKEN, key, APP_ID).on(AddExpressPathEvent.class, typed::add)
                .fallback(message -> {
                    fallback.add(message);
                    return "text".equals(message.msgType())
                            ? PushAnswer.transferToCustomerService(message, Instant.now().getEpochSecond())
                            : PushAnswer.success();
                }).build());
        FakeWeChatServer wechat = track(FakeWeChatServer.builder().appId(APP_ID)
                .merchantPush(endpoint(url, PushMode.SAFE, format, MERCHANT_TOKEN, key, APP_ID)).start());

        RecordedPush text = wechat.pushMessage(RecordedPush.MERCHANT, PushFields.builder().add("FromUserName", "oUser")
                .add("MsgType", "text").add("Content", "我的快递到哪了").add("MsgId", "23456789").build());
        RecordedPush unknown = wechat.pushMessage(RecordedPush.MERCHANT, PushFields.builder()
                .add("FromUserName", "oUser").add("MsgType", "event").add("Event", "wxa_not_modelled_yet")
                .add("Detail", "d-1").build());
        RecordedPush path = wechat.pushMessage(RecordedPush.MERCHANT, PushFields.builder()
                .add("FromUserName", "oWeChat").add("MsgType", "event").add("Event", "add_express_path")
                .add("DeliveryID", "SF").add("WayBillId", "SF123").add("OrderId", "o-1").add("Version", "2")
                .add("Count", "0").build());

        assertThat(text.outcome()).as("a reply packet that verified and decrypted: safe mode needs it encrypted")
                .isEqualTo(RecordedPush.Outcome.ANSWERED);
        assertThat(text.bodyText()).as("the push went encrypted").doesNotContain("快递");
        assertThat(text.replyField("MsgType")).hasValue("transfer_customer_service");
        assertThat(text.replyField("ToUserName")).hasValue("oUser");
        assertThat(unknown.outcome()).isEqualTo(RecordedPush.Outcome.ANSWERED);
        assertThat(unknown.reply()).isEqualTo("success");
        assertThat(fallback).extracting(PushMessage::msgType, PushMessage::event)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("text", null),
                        org.assertj.core.groups.Tuple.tuple("event", "wxa_not_modelled_yet"));
        assertThat(fallback.get(0).fields().text("Content")).as("verified and decrypted").hasValue("我的快递到哪了");
        assertThat(fallback.get(0).format()).isEqualTo(format);
        assertThat(fallback.get(1).fields().text("Detail")).hasValue("d-1");
        assertThat(path.reply()).isEqualTo("success");
        AddExpressPathEvent event = typed.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(event).as("the logistics event reached its typed handler").isNotNull();
        assertThat(event.waybillId()).isEqualTo("SF123");
        assertThat(event.version()).isEqualTo(2);
    }

    /**
     * A third-party platform's authorization-event URL behind the adapter: the receiver from
     * {@code ComponentPlatform.pushReceiver()} takes the fake open platform's encrypted
     * {@code component_verify_ticket} (body {@code <AppId>}, {@code <Encrypt>}), then {@code authorized}
     * (redeemed through {@code api_query_auth}) and {@code unauthorized}, each answered {@code success}.
     */
    @Test
    void aThirdPartyPlatformsTicketAndAuthorizationEventsArriveOnItsEventUrl() throws Exception {
        String componentAppId = "wxcomponent0000001";
        String aesKey = newAesKey();
        FakeWeChatServer wechat = track(FakeWeChatServer.builder()
                .openPlatform(componentAppId, "contract-component-secret", MERCHANT_TOKEN, aesKey).start());
        InMemoryPlatformStore store = InMemoryPlatformStore.create();
        LinkedBlockingQueue<Object> told = new LinkedBlockingQueue<>();
        ComponentPlatform platform = track(ComponentPlatform.builder().componentAppId(componentAppId)
                .componentSecret("contract-component-secret").pushToken(MERCHANT_TOKEN).encodingAesKey(aesKey)
                .store(store).transport(transport()).baseUri(wechat.baseUri())
                .platformListener(new PlatformListener() {
                    @Override
                    public void onAuthorized(AuthorizationInfo info) {
                        told.add(info);
                    }

                    @Override
                    public void onAuthorizationLost(AuthorizationLost lost) {
                        told.add(lost);
                    }
                }).build());
        wechat.platform().eventUrl(serve(platform.pushReceiver().build()));

        RecordedPush ticket = wechat.platform().pushTicket();
        RecordedPush authorized = wechat.platform().authorize("wxmerchant00000001", 45);
        RecordedPush unauthorized = wechat.platform().deauthorize("wxmerchant00000001");

        for (RecordedPush push : List.of(ticket, authorized, unauthorized)) {
            assertThat(push.outcome()).as(push.event()).isEqualTo(RecordedPush.Outcome.ANSWERED);
            assertThat(push.reply()).as(push.event()).isEqualTo("success");
        }
        assertThat(store.ticket(componentAppId).join()).isPresent();
        assertThat(told.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(new AuthorizationInfo("wxmerchant00000001", List.of(45)));
        assertThat(told.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .isEqualTo(new AuthorizationLost("wxmerchant00000001", AuthorizationLost.LossReason.UNAUTHORIZED_EVENT, 0));
        assertThat(store.refreshToken(componentAppId, "wxmerchant00000001").join()).isEmpty();
    }

    @Test
    void aUrlCheckIsAnsweredWithTheEchostr() throws Exception {
        URI url = serve(PushReceiver.builder().token(COURIER_TOKEN).build());
        String ts = Long.toString(Instant.now().getEpochSecond());

        TransportResponse check = send("GET", URI.create(url + "?signature=" + PushSignature.sign(COURIER_TOKEN, ts, "7")
                + "&timestamp=" + ts + "&nonce=7&echostr=7a6b5c"), new byte[0]);

        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(check.bodyText()).isEqualTo("7a6b5c");
        assertThat(check.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
    }

    @Test
    void aWrongMethodGets405WithAllow() throws Exception {
        URI url = serve(PushReceiver.builder().token(COURIER_TOKEN).build());

        TransportResponse put = send("PUT", url, "<xml/>".getBytes(StandardCharsets.UTF_8));

        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.header("Allow")).hasValueSatisfying(v -> assertThat(v).contains("GET").contains("POST"));
    }

    @Test
    void aForgedPushGets401WithAnEmptyBodyAndNeverReachesTheHandler() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        URI url = serve(PushReceiver.builder().token(COURIER_TOKEN).on(AddWaybillEvent.class, push -> {
            ran.set(true);
            return AddWaybillReply.success("1", List.of());
        }).build());
        String ts = Long.toString(Instant.now().getEpochSecond());

        TransportResponse forged = send("POST", URI.create(url + "?signature=" + PushSignature.sign("guessed", ts, "1")
                + "&timestamp=" + ts + "&nonce=1"), "<xml><Event>add_waybill</Event></xml>".getBytes(StandardCharsets.UTF_8));

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).isEmpty();
        assertThat(ran).isFalse();
    }

    @Test
    void aBodyOverTheReceiversLimitGets413() throws Exception {
        URI url = serve(PushReceiver.builder().token(COURIER_TOKEN).maxBodyBytes(1024).build());
        String ts = Long.toString(Instant.now().getEpochSecond());
        byte[] big = ("<xml>" + "x".repeat(16 * 1024) + "</xml>").getBytes(StandardCharsets.UTF_8);

        TransportResponse tooLarge = send("POST", URI.create(url + "?signature=" + PushSignature.sign(COURIER_TOKEN, ts,
                "1") + "&timestamp=" + ts + "&nonce=1"), big);

        assertThat(tooLarge.statusCode()).isEqualTo(413);
    }

    @Test
    void everyAnswerCarriesAContentTypeAndTheReceiversStatus() throws Exception {
        URI url = serve(PushReceiver.builder().token(COURIER_TOKEN).maxBodyBytes(1024).build());
        URI signed = signed(url, COURIER_TOKEN);
        String ts = Long.toString(Instant.now().getEpochSecond());

        Map<String, TransportResponse> answers = new java.util.LinkedHashMap<>();
        answers.put("url check", send("GET", URI.create(signed + "&echostr=e1"), new byte[0]));
        answers.put("unhandled event", send("POST", signed, merchantEvent(ts)));
        answers.put("wrong method", send("DELETE", signed, new byte[0]));
        answers.put("forged", send("POST", signed(url, "guessed"), merchantEvent(ts)));
        answers.put("malformed", send("POST", signed, "<xml><Event>".getBytes(StandardCharsets.UTF_8)));
        answers.put("too large", send("POST", signed, ("<xml>" + "x".repeat(4096) + "</xml>")
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(answers).extractingFromEntries(e -> e.getKey() + " " + e.getValue().statusCode()).containsExactly(
                "url check 200", "unhandled event 200", "wrong method 405", "forged 401", "malformed 400",
                "too large 413");
        assertThat(answers).allSatisfy((what, answer) -> assertThat(answer.header("Content-Type")).as(what)
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain")));
        assertThat(answers.get("wrong method").header("Allow")).hasValue("GET, POST");
        assertThat(answers.get("unhandled event").bodyText()).isEqualTo("success");
    }

    @Test
    void aBodyAtTheLimitIsTakenAndOneByteMoreGets413() throws Exception {
        String ts = Long.toString(Instant.now().getEpochSecond());
        byte[] push = merchantEvent(ts);
        URI url = serve(PushReceiver.builder().token(COURIER_TOKEN).maxBodyBytes(push.length).build());
        URI signed = signed(url, COURIER_TOKEN);
        byte[] oneMore = java.util.Arrays.copyOf(push, push.length + 1);
        oneMore[push.length] = '\n';

        TransportResponse atTheLimit = send("POST", signed, push);
        TransportResponse overTheLimit = send("POST", signed, oneMore);

        assertThat(atTheLimit.statusCode()).isEqualTo(200);
        assertThat(atTheLimit.bodyText()).isEqualTo("success");
        assertThat(overTheLimit.statusCode()).isEqualTo(413);
    }

    @Test
    void aLimitOfIntegerMaxValueDoesNotOverflow() throws Exception {
        String ts = Long.toString(Instant.now().getEpochSecond());
        URI url = serve(PushReceiver.builder().token(COURIER_TOKEN).maxBodyBytes(Integer.MAX_VALUE).build());

        TransportResponse answer = send("POST", signed(url, COURIER_TOKEN), merchantEvent(ts));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.bodyText()).isEqualTo("success");
    }

    @Test
    void aHandlerPastTheDeadlineGets503AndDoesNotHoldUpOtherRequests() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        URI url = serve(PushReceiver.builder().token(COURIER_TOKEN).handlerDeadline(Duration.ofMillis(1500))
                .on(CheckBizEvent.class, push -> {
                    entered.countDown();
                    await(release);
                    throw new IllegalStateException("released after the test");
                }).build());
        String ts = Long.toString(Instant.now().getEpochSecond());
        URI signed = URI.create(url + "?signature=" + PushSignature.sign(COURIER_TOKEN, ts, "1") + "&timestamp=" + ts
                + "&nonce=1");
        byte[] checkBiz = ("<xml><ToUserName>gh_c</ToUserName><FromUserName>o</FromUserName><CreateTime>" + ts
                + "</CreateTime><MsgType>event</MsgType><Event>check_biz</Event><BizID>b</BizID></xml>")
                .getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();

        CompletableFuture<TransportResponse> slow = transport().send(new TransportRequest("POST", signed,
                Map.of("Content-Type", "text/xml"), checkBiz, WAIT)).toCompletableFuture();
        assertThat(entered.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("the handler started").isTrue();
        TransportResponse check = send("GET", URI.create(signed + "&echostr=meanwhile"), new byte[0]);
        long checkedWithin = System.nanoTime() - started;
        TransportResponse late = slow.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(check.bodyText()).isEqualTo("meanwhile");
        assertThat(Duration.ofNanos(checkedWithin)).as("answered while the handler blocks")
                .isLessThan(Duration.ofMillis(1500));
        assertThat(late.statusCode()).isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answered by the deadline plus a grace")
                .isLessThan(Duration.ofMillis(1500).plus(Duration.ofSeconds(2)));
    }

    private static URI signed(URI url, String token) {
        String ts = Long.toString(Instant.now().getEpochSecond());
        return URI.create(url + "?signature=" + PushSignature.sign(token, ts, "1") + "&timestamp=" + ts + "&nonce=1");
    }

    /** A plaintext merchant event no handler takes (answered success). */
    private static byte[] merchantEvent(String ts) {
        return ("<xml><ToUserName>gh_m</ToUserName><FromUserName>o</FromUserName><CreateTime>" + ts
                + "</CreateTime><MsgType>event</MsgType><Event>update_business_bind_result</Event></xml>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private TransportResponse send(String method, URI uri, byte[] body) throws Exception {
        return transport().send(new TransportRequest(method, uri, Map.of("Content-Type", "text/xml"), body, WAIT))
                .toCompletableFuture().get(WAIT.toMillis() + 1_000, TimeUnit.MILLISECONDS);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static AddOrderRequest order(String orderId) {
        return SampleRequests.cashOrder(orderId);
    }
}
