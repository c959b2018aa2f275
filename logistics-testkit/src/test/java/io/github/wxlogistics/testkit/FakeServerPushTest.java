package io.github.wxlogistics.testkit;

import io.github.wxlogistics.event.GetQuotaEvent;
import io.github.wxlogistics.event.PushFormat;
import static io.github.wxlogistics.testkit.WeChatCalls.B;
import static io.github.wxlogistics.testkit.WeChatCalls.D;
import static io.github.wxlogistics.testkit.WeChatCalls.errcode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.event.BusinessBindResultEvent;
import io.github.wxlogistics.event.CancelWaybillEvent;
import io.github.wxlogistics.event.CancelWaybillReply;
import io.github.wxlogistics.event.CheckBizEvent;
import io.github.wxlogistics.event.CheckBizReply;
import io.github.wxlogistics.event.GetQuotaReply;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.event.ResultCode;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.WaybillData;
import io.github.wxlogistics.testkit.internal.ReceiverHandler;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fake server pushes events to the courier's and the merchant's push URLs, as WeChat does. */
class FakeServerPushTest {

    private static final String COURIER_TOKEN = "CourierPushToken";
    private static final String MERCHANT_TOKEN = "MerchantPushToken";
    private static final String COURIER_APP = "wxcourier0000001";
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final String courierKey = PushReceivers.newAesKey();
    private final String merchantKey = PushReceivers.newAesKey();
    private final PushReceivers receivers = new PushReceivers();
    private final CountDownLatch release = new CountDownLatch(1);
    private FakeWeChatServer server;
    private WeChatCalls calls;

    @AfterEach
    void close() {
        release.countDown();
        if (server != null) {
            server.close();
        }
        receivers.close();
    }

    private void start(UnaryOperator<FakeWeChatServer.Builder> config) {
        server = config.apply(FakeWeChatServer.builder().demoData()).start();
        calls = new WeChatCalls(server);
    }

    private PushReceiver.Builder courier(PushMode mode) {
        PushReceiver.Builder b = PushReceiver.builder().token(COURIER_TOKEN).mode(mode);
        return mode == PushMode.PLAINTEXT ? b : b.encodingAesKey(courierKey).appId(COURIER_APP);
    }

    private PushEndpoint courierEndpoint(URI url, PushMode mode, PushFormat format) {
        PushEndpoint.Builder b = PushEndpoint.builder(url).token(COURIER_TOKEN).mode(mode).format(format);
        return (mode == PushMode.PLAINTEXT ? b : b.encodingAesKey(courierKey).appId(COURIER_APP)).build();
    }

    private PushEndpoint courierEndpoint(URI url) {
        return courierEndpoint(url, PushMode.SAFE, PushFormat.XML);
    }

    /** A courier in safe mode that accepts every order and keeps the last add_waybill. */
    private URI courierRecording(AtomicReference<AddWaybillEvent> seen) {
        return receivers.start(courier(PushMode.SAFE).on(AddWaybillEvent.class, push -> {
            seen.set(push);
            return accept(push);
        }).build());
    }

    /** The merchant in safe mode, queueing every add_express_path. */
    private URI merchantRecording(LinkedBlockingQueue<AddExpressPathEvent> seen) {
        return receivers.start(PushReceiver.builder().token(MERCHANT_TOKEN).encodingAesKey(merchantKey)
                .appId("wxtest").on(AddExpressPathEvent.class, seen::add).build());
    }

    private static AddWaybillReply accept(AddWaybillEvent push) {
        return AddWaybillReply.success("SF" + push.orderId(),
                List.of(new WaybillData("SF_bagAddr", "北京"), new WaybillData("SF_mark", "010-A1")));
    }

    private JsonObject addOrder(String orderId) {
        return calls.post(B + "order/add", OrderCallsTest.order(orderId, "SF", "SF_CASH", 0));
    }

    static List<Arguments> modesAndFormats() {
        return List.of(Arguments.of(PushMode.PLAINTEXT, PushFormat.XML), Arguments.of(PushMode.PLAINTEXT, PushFormat.JSON),
                Arguments.of(PushMode.COMPATIBLE, PushFormat.XML), Arguments.of(PushMode.COMPATIBLE, PushFormat.JSON),
                Arguments.of(PushMode.SAFE, PushFormat.XML), Arguments.of(PushMode.SAFE, PushFormat.JSON));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modesAndFormats")
    void addOrderAsksTheCourierAndAnswersWithItsWaybill(PushMode mode, PushFormat format) {
        AtomicReference<AddWaybillEvent> seen = new AtomicReference<>();
        URI url = receivers.start(courier(mode).on(AddWaybillEvent.class, push -> {
            seen.set(push);
            return accept(push);
        }).build());
        start(b -> b.courierPush("SF", courierEndpoint(url, mode, format)));

        JsonObject added = addOrder("push-1");

        assertThat(errcode(added)).isZero();
        assertThat(added.getString("waybill_id")).isEqualTo("SFpush-1");
        assertThat(added.getJsonArray("waybill_data").getJsonObject(1).getString("key")).isEqualTo("SF_mark");
        assertThat(added.getJsonArray("waybill_data").getJsonObject(1).getString("value")).isEqualTo("010-A1");
        AddWaybillEvent push = seen.get();
        assertThat(push.orderId()).isEqualTo("push-1");
        assertThat(push.bizId()).isEqualTo("SF_CASH");
        assertThat(push.shopAppId()).isEqualTo(server.appId());
        assertThat(push.envelope().toUserName()).isEqualTo("gh_sf");
        assertThat(push.sender().name()).isEqualTo("张三");
        assertThat(push.sender().country()).isEqualTo("中国");
        assertThat(push.receiver().city()).isEqualTo("北京市");
        assertThat(push.cargo().weight()).isEqualByComparingTo(new BigDecimal("1.2"));
        assertThat(push.cargo().detailList()).hasSize(1);
        assertThat(push.cargo().detailList().get(0).name()).isEqualTo("书");
        assertThat(push.service().serviceName()).isEqualTo("x");
        assertThat(push.token()).hasSize(32).isEqualTo(server.courierToken("SFpush-1").orElseThrow());
        assertThat(push.waybillId()).isNotBlank().isNotEqualTo("0");

        RecordedPush recorded = server.takePush(Duration.ZERO).orElseThrow();
        assertThat(recorded.recipient()).isEqualTo("SF");
        assertThat(recorded.event()).isEqualTo("add_waybill");
        assertThat(recorded.attempt()).isEqualTo(1);
        assertThat(recorded.outcome()).isEqualTo(RecordedPush.Outcome.ANSWERED);
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.field("OrderID")).contains("push-1");
        assertThat(recorded.packet()).startsWith(format == PushFormat.XML ? "<xml>" : "{");
        assertThat(recorded.replyField("ResultCode")).contains("0");
        assertThat(recorded.replyField("WayBillID")).contains("SFpush-1");
        assertThat(recorded.query()).containsKeys("signature", "timestamp", "nonce");
        if (mode == PushMode.PLAINTEXT) {
            assertThat(recorded.query()).doesNotContainKey("msg_signature");
            assertThat(recorded.bodyText()).contains("push-1");
        } else {
            assertThat(recorded.query()).containsEntry("encrypt_type", "aes").containsKey("msg_signature");
            assertThat(recorded.bodyText()).contains("Encrypt");
        }
        if (mode == PushMode.SAFE) {
            assertThat(recorded.bodyText()).as("safe mode sends no plain field but ToUserName").doesNotContain("push-1");
        }
        assertThat(recorded.toString()).doesNotContain(push.token()).doesNotContain("push-1");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modesAndFormats")
    void aReplyWithoutWaybillDataCompletesTheOrder(PushMode mode, PushFormat format) {
        // The docs' own courier reply: no entries to print (issue: it used to send "##" and crash the fake).
        URI url = receivers.start(courier(mode).on(AddWaybillEvent.class, push -> AddWaybillReply.success("SF" + push.orderId(),
                List.of())).build());
        start(b -> b.courierPush("SF", courierEndpoint(url, mode, format)));

        JsonObject added = addOrder("bare-1");

        assertThat(errcode(added)).isZero();
        assertThat(added.getString("waybill_id")).isEqualTo("SFbare-1");
        assertThat(added.getJsonArray("waybill_data")).isEmpty();
        assertThat(server.takePush(Duration.ZERO).orElseThrow().replyField("WaybillData")).contains("");
    }

    @Test
    void theCourierCallsGetContactAndUpdatePathWithThePushedTokenAndTheMerchantGetsThePath() {
        AtomicReference<AddWaybillEvent> courierSeen = new AtomicReference<>();
        LinkedBlockingQueue<AddExpressPathEvent> merchantSeen = new LinkedBlockingQueue<>();
        URI courierUrl = courierRecording(courierSeen);
        URI merchantUrl = merchantRecording(merchantSeen);
        start(b -> b.courierPush("SF", courierEndpoint(courierUrl))
                .merchantPush(PushEndpoint.builder(merchantUrl).token(MERCHANT_TOKEN).encodingAesKey(merchantKey)
                        .format(PushFormat.JSON).build()));
        String waybill = addOrder("loop-1").getString("waybill_id");
        String token = courierSeen.get().token();

        JsonObject contact = calls.post(D + "contact/get", "{\"token\":\"" + token + "\",\"waybill_id\":\"" + waybill + "\"}");
        String update = "{\"token\":\"" + token + "\",\"waybill_id\":\"" + waybill
                + "\",\"action_time\":%d,\"action_type\":%d,\"action_msg\":\"%s\"}";
        JsonObject first = calls.post(D + "path/update", String.format(update, 1_700_000_000L, 100001, "揽件"));
        JsonObject second = calls.post(D + "path/update", String.format(update, 1_700_000_100L, 200001, "运输中"));

        assertThat(contact.getJsonObject("receiver").getString("name")).isEqualTo("李四");
        assertThat(errcode(first)).isZero();
        assertThat(errcode(second)).isZero();
        AddExpressPathEvent v1 = poll(merchantSeen);
        AddExpressPathEvent v2 = poll(merchantSeen);
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.count()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.count()).isEqualTo(2);
        assertThat(v2.waybillId()).isEqualTo(waybill);
        assertThat(v2.orderId()).isEqualTo("loop-1");
        assertThat(v2.deliveryId()).isEqualTo("SF");
        assertThat(v2.envelope().toUserName()).isEqualTo("gh_wxtest");
        assertThat(v2.envelope().fromUserName()).isEqualTo("oUSER");
        assertThat(v2.actions()).extracting(a -> a.actionType()).containsExactly(ActionType.PICKED_UP,
                ActionType.IN_TRANSIT);
        assertThat(v2.actions().get(1).actionMsg()).isEqualTo("运输中");
        assertThat(v2.actions().get(1).actionTime()).isEqualTo(1_700_000_100L);
    }

    @Test
    void pushUrlsRegisteredAfterTheStartAreUsedFromThenOn() {
        start(b -> b);
        String before = addOrder("late-0").getString("waybill_id");
        assertThat(server.pushes()).as("no push URL yet: the fake books the waybill itself").isEmpty();
        AtomicReference<AddWaybillEvent> courierSeen = new AtomicReference<>();
        LinkedBlockingQueue<AddExpressPathEvent> merchantSeen = new LinkedBlockingQueue<>();
        URI courierUrl = courierRecording(courierSeen);
        URI merchantUrl = merchantRecording(merchantSeen);

        server.courierPush("SF", courierEndpoint(courierUrl));
        server.merchantPush(PushEndpoint.builder(merchantUrl).token(MERCHANT_TOKEN).encodingAesKey(merchantKey).build());
        String waybill = addOrder("late-1").getString("waybill_id");
        String token = courierSeen.get().token();
        JsonObject updated = calls.post(D + "path/update", "{\"token\":\"" + token + "\",\"waybill_id\":\""
                + waybill + "\",\"action_time\":1700000000,\"action_type\":100001,\"action_msg\":\"揽件\"}");

        assertThat(before).isNotEqualTo("SFlate-0");
        assertThat(waybill).isEqualTo("SFlate-1");
        assertThat(errcode(updated)).isZero();
        assertThat(poll(merchantSeen).waybillId()).isEqualTo(waybill);
        assertThatThrownBy(() -> server.courierPush("YTO", PushEndpoint.builder(courierUrl).token(COURIER_TOKEN)
                .encodingAesKey(courierKey).mode(PushMode.SAFE).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("YTO").hasMessageContaining("appId");
    }

    @Test
    void testUpdateOrderPushesThePathToTheMerchant() {
        LinkedBlockingQueue<AddExpressPathEvent> merchantSeen = new LinkedBlockingQueue<>();
        URI merchantUrl = receivers.start(PushReceiver.builder().token(MERCHANT_TOKEN)
                .on(AddExpressPathEvent.class, merchantSeen::add).build());
        start(b -> b.merchantPush(PushEndpoint.builder(merchantUrl).token(MERCHANT_TOKEN).build()));
        String waybill = calls.post(B + "order/add", OrderCallsTest.order("sandbox-1", "TEST", "test_biz_id", 1))
                .getString("waybill_id");

        JsonObject updated = calls.post(B + "test_update_order", "{\"biz_id\":\"test_biz_id\",\"order_id\":\"sandbox-1\","
                + "\"delivery_id\":\"TEST\",\"waybill_id\":\"" + waybill + "\",\"action_time\":1700000000,"
                + "\"action_type\":300003,\"action_msg\":\"已签收\"}");

        assertThat(errcode(updated)).isZero();
        AddExpressPathEvent push = poll(merchantSeen);
        assertThat(push.deliveryId()).isEqualTo("TEST");
        assertThat(push.actions()).singleElement().satisfies(a -> {
            assertThat(a.actionType()).isEqualTo(ActionType.SIGNED);
            assertThat(a.actionMsg()).isEqualTo("已签收");
        });
        RecordedPush recorded = server.takePush(WAIT).orElseThrow();
        assertThat(recorded.recipient()).isEqualTo(RecordedPush.MERCHANT);
        assertThat(recorded.event()).isEqualTo("add_express_path");
        assertThat(recorded.reply()).isEqualTo("success");
    }

    @Test
    void aRefusingCourierMakesAddOrderFailWithItsResultCode() {
        URI url = receivers.start(courier(PushMode.SAFE)
                .on(AddWaybillEvent.class, push -> AddWaybillReply.failure(ResultCode.RECEIVER_OUT_OF_RANGE, "不派送")).build());
        start(b -> b.courierPush("SF", courierEndpoint(url)));

        JsonObject refused = addOrder("far-away");

        assertThat(errcode(refused)).isEqualTo(9300501);
        assertThat(refused.getInt("delivery_resultcode")).isEqualTo(20005);
        assertThat(refused.getString("delivery_resultmsg")).isEqualTo("不派送");
        assertThat(errcode(calls.post(B + "order/get", "{\"order_id\":\"far-away\",\"delivery_id\":\"SF\"}")))
                .isEqualTo(930563);
    }

    @Test
    void theSameOrderIdIsAnsweredFromTheStateWithoutASecondPush() {
        URI url = receivers.start(courier(PushMode.SAFE).on(AddWaybillEvent.class, FakeServerPushTest::accept).build());
        start(b -> b.courierPush("SF", courierEndpoint(url)));

        String first = addOrder("twice").getString("waybill_id");
        String second = addOrder("twice").getString("waybill_id");

        assertThat(second).isEqualTo(first);
        assertThat(server.pushes()).hasSize(1);
    }

    @Test
    void aPushWithoutAnswerIsSentThreeTimesThenAddOrderGets9300502() {
        AtomicInteger arrivals = new AtomicInteger();
        URI url = receivers.start(exchange -> {
            arrivals.incrementAndGet();
            awaitRelease(exchange);
        });
        start(b -> b.courierPush("SF", courierEndpoint(url)).pushTimeout(Duration.ofMillis(300)));

        JsonObject failed = addOrder("silent");

        assertThat(errcode(failed)).isEqualTo(9300502);
        assertThat(server.pushes()).extracting(RecordedPush::attempt).containsExactly(1, 2, 3);
        assertThat(server.pushes()).extracting(RecordedPush::outcome).containsOnly(RecordedPush.Outcome.TIMED_OUT);
        assertThat(server.pushes()).extracting(RecordedPush::status).containsOnly(0);
        assertThat(arrivals).hasValue(3);
        assertThat(server.pushes().get(2).field("OrderID")).contains("silent");
    }

    @Test
    void aRefusedPushIsSentAgainAndTheSecondAnswerCounts() {
        PushReceiver receiver = courier(PushMode.SAFE).on(AddWaybillEvent.class, FakeServerPushTest::accept).build();
        ReceiverHandler real = ReceiverHandler.of(receiver);
        AtomicInteger arrivals = new AtomicInteger();
        URI url = receivers.start(exchange -> {
            if (arrivals.incrementAndGet() == 1) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
            } else {
                real.handle(exchange);
            }
        });
        start(b -> b.courierPush("SF", courierEndpoint(url)));

        JsonObject added = addOrder("second-time");

        assertThat(added.getString("waybill_id")).isEqualTo("SFsecond-time");
        assertThat(server.pushes()).extracting(RecordedPush::outcome)
                .containsExactly(RecordedPush.Outcome.REFUSED, RecordedPush.Outcome.ANSWERED);
        assertThat(server.pushes().get(0).status()).isEqualTo(503);
        receiver.close();
    }

    @Test
    void anUnverifiableReplyIsNotResentAndAddOrderGets9300502() {
        // A safe-mode courier answering in plaintext: WeChat would not accept it.
        PushReceiver plainAnswers = courier(PushMode.COMPATIBLE).on(AddWaybillEvent.class, FakeServerPushTest::accept).build();
        URI url = receivers.start(plainAnswers);
        start(b -> b.courierPush("SF", courierEndpoint(url)));

        JsonObject failed = addOrder("plain-reply");

        assertThat(errcode(failed)).isEqualTo(9300502);
        assertThat(server.pushes()).singleElement().satisfies(p -> {
            assertThat(p.outcome()).isEqualTo(RecordedPush.Outcome.BAD_REPLY);
            assertThat(p.status()).isEqualTo(200);
            assertThat(p.replyFields()).isEmpty();
        });
    }

    @Test
    void aPushRefusedForItsSignatureIsSentAgainThenGivenUp() {
        URI url = receivers.start(PushReceiver.builder().token("another-token").mode(PushMode.PLAINTEXT)
                .on(AddWaybillEvent.class, FakeServerPushTest::accept).build());
        start(b -> b.courierPush("SF", courierEndpoint(url, PushMode.PLAINTEXT, PushFormat.XML)));

        JsonObject failed = addOrder("wrong-token");

        // The receiver refuses the signature (401): re-sent, then given up.
        assertThat(errcode(failed)).isEqualTo(9300502);
        assertThat(server.pushes()).extracting(RecordedPush::status).containsExactly(401, 401, 401);
        assertThat(server.pushes()).extracting(RecordedPush::reply).containsOnly("");
    }

    @Test
    void cancelOrderAsksTheCourierWhoseReplyDecides() {
        AtomicReference<CancelWaybillEvent> seen = new AtomicReference<>();
        AtomicInteger cancels = new AtomicInteger();
        URI url = receivers.start(courier(PushMode.SAFE).on(AddWaybillEvent.class, FakeServerPushTest::accept).on(CancelWaybillEvent.class, push -> {
            seen.set(push);
            return cancels.incrementAndGet() == 1 ? CancelWaybillReply.refused(ResultCode.ALREADY_PICKED_UP, "已揽件")
                    : CancelWaybillReply.cancelled();
        }).build());
        start(b -> b.courierPush("SF", courierEndpoint(url)));
        String waybill = addOrder("to-cancel").getString("waybill_id");
        String cancel = "{\"order_id\":\"to-cancel\",\"delivery_id\":\"SF\",\"waybill_id\":\"" + waybill + "\"}";

        JsonObject refused = calls.post(B + "order/cancel", cancel);
        JsonObject stillThere = calls.post(B + "order/get", cancel);
        // The receiver deduplicates cancel_waybill on BizID and OrderID: a second cancellation of
        // the same order gets the first answer again, so the courier here is asked through a new order.
        String waybill2 = addOrder("to-cancel-2").getString("waybill_id");
        JsonObject cancelled = calls.post(B + "order/cancel",
                "{\"order_id\":\"to-cancel-2\",\"delivery_id\":\"SF\",\"waybill_id\":\"" + waybill2 + "\"}");

        assertThat(errcode(refused)).isEqualTo(9300501);
        assertThat(refused.getInt("delivery_resultcode")).isEqualTo(30002);
        assertThat(stillThere.getInt("order_status")).isZero();
        assertThat(errcode(cancelled)).isZero();
        assertThat(cancelled.getInt("delivery_resultcode")).isZero();
        assertThat(calls.post(B + "order/get", "{\"order_id\":\"to-cancel-2\",\"delivery_id\":\"SF\"}")
                .getInt("order_status")).isEqualTo(1);
        assertThat(seen.get().waybillId()).isEqualTo(waybill2);
        assertThat(seen.get().envelope().fromUserName()).isEqualTo("oUSER");
    }

    @Test
    void bindAccountSendsCheckBizWithThePasswordAndTheReplyDecides() {
        LinkedBlockingQueue<CheckBizEvent> seen = new LinkedBlockingQueue<>();
        URI url = receivers.start(courier(PushMode.SAFE).on(CheckBizEvent.class, push -> {
            seen.add(push);
            return push.bizPwd().equals("right") ? CheckBizReply.approved(77)
                    : CheckBizReply.refused(ResultCode.WRONG_PASSWORD, "密码错误");
        }).on(GetQuotaEvent.class, push -> GetQuotaReply.of(66)).build());
        start(b -> b.courierPush("ZTO", courierEndpoint(url)));

        JsonObject wrong = bind("ZTO", "Z9", "wrong");
        JsonObject right = bind("ZTO", "Z9", "right");
        JsonObject quota = calls.post(B + "quota/get", "{\"delivery_id\":\"ZTO\",\"biz_id\":\"Z9\"}");

        assertThat(errcode(wrong)).isEqualTo(9300531);
        assertThat(errcode(right)).isZero();
        assertThat(quota.getJsonNumber("quota_num").longValue()).isEqualTo(66);
        assertThat(poll(seen).bizPwd()).isEqualTo("wrong");
        CheckBizEvent second = poll(seen);
        assertThat(second.bizId()).isEqualTo("Z9");
        assertThat(second.shopAppId()).isEqualTo("wxtest");
        JsonObject account = calls.get(B + "account/getall").getJsonArray("list").stream().map(v -> (JsonObject) v)
                .filter(a -> a.getString("biz_id").equals("Z9")).findFirst().orElseThrow();
        assertThat(account.getInt("status_code")).isZero();
        assertThat(account.getJsonNumber("quota_num").longValue()).as("the courier's last Quota").isEqualTo(66);
        List<RecordedPush> pushes = server.pushes();
        assertThat(pushes).extracting(RecordedPush::event).containsExactly("check_biz", "check_biz", "get_quota");
        assertThat(pushes.get(2).field("BizPwd")).contains("right");
    }

    @Test
    void aFailedCheckIsRecordedAsAFailedBinding() {
        URI url = receivers.start(courier(PushMode.SAFE)
                .on(CheckBizEvent.class, push -> CheckBizReply.refused(ResultCode.ACCOUNT_NOT_FOUND, "无此账号")).build());
        start(b -> b.courierPush("ZTO", courierEndpoint(url)));

        assertThat(errcode(bind("ZTO", "Z404", "pw"))).isEqualTo(9300531);

        JsonObject account = calls.get(B + "account/getall").getJsonArray("list").stream().map(v -> (JsonObject) v)
                .filter(a -> a.getString("biz_id").equals("Z404")).findFirst().orElseThrow();
        assertThat(account.getInt("status_code")).isEqualTo(2);
        assertThat(account.getString("remark_wrong_msg")).isEqualTo("无此账号");
    }

    @Test
    void anEmsReviewEndsWithUpdateBusinessBindResultToTheMerchant() {
        LinkedBlockingQueue<BusinessBindResultEvent> merchantSeen = new LinkedBlockingQueue<>();
        URI courierUrl = receivers.start(courier(PushMode.SAFE).on(CheckBizEvent.class, push -> CheckBizReply.approved(0)).build());
        URI merchantUrl = receivers.start(PushReceiver.builder().token(MERCHANT_TOKEN).on(BusinessBindResultEvent.class, merchantSeen::add)
                .build());
        start(b -> b.courierPush("EMS", courierEndpoint(courierUrl))
                .merchantPush(PushEndpoint.builder(merchantUrl).token(MERCHANT_TOKEN).build()));

        JsonObject submitted = bind("EMS", "E7", "");
        JsonObject settled = calls.post(D + "service/business/update",
                "{\"shop_app_id\":\"wxtest\",\"biz_id\":\"E7\",\"result_code\":0}");

        assertThat(errcode(submitted)).isEqualTo(9300532);
        assertThat(errcode(settled)).isZero();
        BusinessBindResultEvent push = poll(merchantSeen);
        assertThat(push.deliveryId()).isEqualTo("EMS");
        assertThat(push.bizId()).isEqualTo("E7");
        assertThat(push.errcode()).isZero();
        assertThat(push.errmsg()).isEqualTo("ok");
    }

    @Test
    void aMerchantPushThatFailsIsSentAgainInTheBackground() {
        AtomicInteger arrivals = new AtomicInteger();
        CompletableFuture<String> secondBody = new CompletableFuture<>();
        URI merchantUrl = receivers.start(exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = arrivals.incrementAndGet() == 1 ? 500 : 200;
            byte[] reply = status == 200 ? "success".getBytes(StandardCharsets.UTF_8) : new byte[0];
            exchange.sendResponseHeaders(status, reply.length == 0 ? -1 : reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
            if (status == 200) {
                secondBody.complete(new String(body, StandardCharsets.UTF_8));
            }
        });
        start(b -> b.merchantPush(PushEndpoint.builder(merchantUrl).token(MERCHANT_TOKEN).format(PushFormat.JSON).build()));
        String token = server.courierToken("12345678901234567890").orElseThrow();

        JsonObject updated = calls.post(D + "path/update", "{\"token\":\"" + token + "\",\"waybill_id\":"
                + "\"12345678901234567890\",\"action_time\":1700000000,\"action_type\":300002,\"action_msg\":\"派件\"}");

        assertThat(errcode(updated)).isZero();
        assertThat(secondBody).succeedsWithin(WAIT).satisfies(body -> assertThat(body)
                .contains("\"Event\":\"add_express_path\"", "\"Version\":4", "\"Count\":4", "派件"));
        RecordedPush first = server.takePush(WAIT).orElseThrow();
        RecordedPush second = server.takePush(WAIT).orElseThrow();
        assertThat(first.outcome()).isEqualTo(RecordedPush.Outcome.REFUSED);
        assertThat(second.outcome()).isEqualTo(RecordedPush.Outcome.ANSWERED);
        assertThat(second.attempt()).isEqualTo(2);
    }

    @Test
    void withoutPushUrlsNothingIsPushed() {
        start(b -> b);

        String waybill = addOrder("no-push").getString("waybill_id");

        assertThat(waybill).isNotBlank();
        assertThat(server.courierToken(waybill)).contains("TOKEN_" + waybill);
        assertThat(server.pushes()).isEmpty();
        assertThat(server.takePush(Duration.ZERO)).isEmpty();
    }

    @Test
    void endpointsAreCheckedAndHideTheirSecrets() {
        URI url = URI.create("http://127.0.0.1:9/push");
        PushEndpoint safe = PushEndpoint.builder(url).token("SecretToken").encodingAesKey(courierKey).build();

        assertThat(safe.mode()).isEqualTo(PushMode.SAFE);
        assertThat(safe.format()).isEqualTo(PushFormat.XML);
        assertThat(safe.toString()).doesNotContain("SecretToken").doesNotContain(courierKey);
        assertThat(PushEndpoint.builder(url).token("t").build().mode()).isEqualTo(PushMode.PLAINTEXT);
        assertThatThrownBy(() -> PushEndpoint.builder(url).build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PushEndpoint.builder(url).token("t").mode(PushMode.SAFE).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PushEndpoint.builder(url).token("t").encodingAesKey("short").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("short");
        assertThatThrownBy(() -> PushEndpoint.builder(URI.create("ftp://host/x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FakeWeChatServer.builder().courierPush("SF", safe))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appId");
        assertThatThrownBy(() -> FakeWeChatServer.builder().pushAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FakeWeChatServer.builder().pushTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private JsonObject bind(String deliveryId, String bizId, String password) {
        return calls.post(B + "account/bind", "{\"type\":\"bind\",\"delivery_id\":\"" + deliveryId + "\",\"biz_id\":\""
                + bizId + "\",\"password\":\"" + password + "\"}");
    }

    private void awaitRelease(HttpExchange exchange) {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private static <T> T poll(LinkedBlockingQueue<T> queue) {
        try {
            T item = queue.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(item).as("a push within " + WAIT).isNotNull();
            return item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
