package io.github.wxlogistics;

import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.CancelWaybillEvent;
import io.github.wxlogistics.spi.DuplicateClaim;
import io.github.wxlogistics.spi.DuplicateStore;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.event.CancelWaybillReply;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.event.PushResponse;
import static io.github.wxlogistics.Pushes.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.support.EventFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** WeChat re-sends what it got no answer to: the handler runs once per key and every delivery gets the same reply. */
class DuplicateDeliveryTest {

    private final AtomicInteger calls = new AtomicInteger();
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private PushReceiver receiver;

    @AfterEach
    void close() {
        release.countDown();
        receiver.close();
    }

    /** An add_waybill handler that waits for the test before answering with a fresh waybill ID. */
    private AddWaybillReply slowAddWaybill(AddWaybillEvent push) {
        int call = calls.incrementAndGet();
        entered.countDown();
        try {
            assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return AddWaybillReply.success("WB-" + call, List.of());
    }

    @Test
    void twoConcurrentDeliveriesOfAnAddWaybillRunTheHandlerOnceAndGetIdenticalReplies() throws Exception {
        receiver = Pushes.receiver(PushMode.PLAINTEXT).on(AddWaybillEvent.class, this::slowAddWaybill).build();

        CompletionStage<PushResponse> first = receiver.handle(Pushes.plain("add_waybill", "xml"));
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        CompletionStage<PushResponse> second = receiver.handle(Pushes.plain("add_waybill", "xml"));
        assertThat(second.toCompletableFuture()).as("the re-send waits for the first delivery").isNotDone();
        release.countDown();

        PushResponse a = await(first);
        PushResponse b = await(second);
        assertThat(a.status()).isEqualTo(200);
        assertThat(b).isEqualTo(a);
        assertThat(a.bodyText()).contains("<WayBillID><![CDATA[WB-1]]></WayBillID>");
        assertThat(calls).hasValue(1);

        PushResponse later = await(receiver.handle(Pushes.plain("add_waybill", "xml")));
        assertThat(later).as("a re-send after the answer gets the stored reply").isEqualTo(a);
        assertThat(calls).hasValue(1);
    }

    @Test
    void inSafeModeEachDeliveryIsEncryptedAfreshAroundTheSamePacket() throws Exception {
        receiver = Pushes.receiver(PushMode.SAFE).on(AddWaybillEvent.class, this::slowAddWaybill).build();

        CompletionStage<PushResponse> first = receiver.handle(Pushes.safe("add_waybill", "json"));
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        CompletionStage<PushResponse> second = receiver.handle(Pushes.safe("add_waybill", "json"));
        release.countDown();

        PushResponse a = await(first);
        PushResponse b = await(second);
        assertThat(a.body()).isNotEqualTo(b.body());
        assertThat(Pushes.replyFields(b, PushMode.SAFE)).isEqualTo(Pushes.replyFields(a, PushMode.SAFE));
        assertThat(Pushes.replyFields(a, PushMode.SAFE).text("WayBillID")).hasValue("WB-1");
        assertThat(calls).hasValue(1);
    }

    @Test
    void anotherOrderIsNotADuplicate() {
        release.countDown();
        receiver = Pushes.receiver(PushMode.PLAINTEXT).on(AddWaybillEvent.class, this::slowAddWaybill).build();
        String other = EventFixtures.text("add_waybill", "xml").replace("012345678901234567890123456789", "order-2");

        PushResponse a = await(receiver.handle(Pushes.plain("add_waybill", "xml")));
        PushResponse b = await(receiver.handle(Pushes.plain(other.getBytes(StandardCharsets.UTF_8), Pushes.NOW)));

        assertThat(a.bodyText()).contains("WB-1");
        assertThat(b.bodyText()).contains("WB-2");
        assertThat(calls).hasValue(2);
    }

    @Test
    void cancelWaybillAndAddExpressPathAreDeduplicatedToo() {
        receiver = Pushes.receiver(PushMode.PLAINTEXT)
                .on(CancelWaybillEvent.class, push -> {
                    calls.incrementAndGet();
                    return CancelWaybillReply.cancelled();
                })
                .on(AddExpressPathEvent.class, push -> calls.incrementAndGet())
                .build();

        PushResponse cancel = await(receiver.handle(Pushes.plain("cancel_waybill", "json")));
        assertThat(await(receiver.handle(Pushes.plain("cancel_waybill", "json")))).isEqualTo(cancel);
        assertThat(calls).hasValue(1);

        assertThat(await(receiver.handle(Pushes.plain("add_express_path", "xml"))).bodyText()).isEqualTo("success");
        assertThat(await(receiver.handle(Pushes.plain("add_express_path", "json"))).bodyText()).isEqualTo("success");
        assertThat(calls).as("the same DeliveryID, WayBillId and Version in either format").hasValue(2);

        String newVersion = EventFixtures.text("add_express_path", "json").replace("\"Version\": 3", "\"Version\": 4");
        await(receiver.handle(Pushes.plain(newVersion.getBytes(StandardCharsets.UTF_8), Pushes.NOW)));
        assertThat(calls).as("a new path version is news").hasValue(3);
    }

    @Test
    void pushesMissingAnIdAreNotTakenForEachOther() {
        release.countDown();
        receiver = Pushes.receiver(PushMode.PLAINTEXT).on(AddWaybillEvent.class, this::slowAddWaybill).build();
        byte[] noOrderId = "<xml><Event>add_waybill</Event><BizID>xyz</BizID></xml>".getBytes(StandardCharsets.UTF_8);

        await(receiver.handle(Pushes.plain(noOrderId, Pushes.NOW)));
        await(receiver.handle(Pushes.plain(noOrderId, Pushes.NOW)));

        assertThat(calls).hasValue(2);
    }

    @Test
    void aFailingStoreIsAnswered500WithoutRunningTheHandler() {
        DuplicateStore broken = new DuplicateStore() {
            @Override
            public CompletableFuture<DuplicateClaim> claim(String key) {
                return CompletableFuture.failedFuture(new IllegalStateException("store unreachable"));
            }

            @Override
            public CompletableFuture<Void> complete(String key, DuplicateClaim.Owner owner, byte[] reply) {
                throw new AssertionError("never claimed");
            }

            @Override
            public CompletableFuture<Void> abandon(String key, DuplicateClaim.Owner owner) {
                throw new AssertionError("never claimed");
            }
        };
        receiver = Pushes.receiver(PushMode.PLAINTEXT).duplicateStore(broken).on(AddWaybillEvent.class, this::slowAddWaybill).build();

        assertThat(await(receiver.handle(Pushes.plain("add_waybill", "json"))).status()).isEqualTo(500);
        assertThat(calls).hasValue(0);
    }

    @Test
    void aFailedFirstDeliveryLetsTheReSendRunTheHandlerAgain() {
        receiver = Pushes.receiver(PushMode.PLAINTEXT).on(AddWaybillEvent.class, push -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("transient");
            }
            return AddWaybillReply.success("WB-" + calls.get(), List.of());
        }).build();

        assertThat(await(receiver.handle(Pushes.plain("add_waybill", "xml"))).status()).isEqualTo(500);
        PushResponse retried = await(receiver.handle(Pushes.plain("add_waybill", "xml")));

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.bodyText()).contains("WB-2");
        assertThat(calls).hasValue(2);
    }

    @Test
    void aLateHandlerIsAnswered503ButItsReplyServesTheReSend() throws Exception {
        try (LogCapture log = new LogCapture()) {
            receiver = Pushes.receiver(PushMode.PLAINTEXT).handlerDeadline(Duration.ofMillis(200))
                    .on(AddWaybillEvent.class, this::slowAddWaybill).build();

            PushResponse late = await(receiver.handle(Pushes.plain("add_waybill", "xml")));
            assertThat(late.status()).isEqualTo(503);
            assertThat(log.all()).contains("add_waybill: no reply within 200 ms; answered 503");

            PushResponse waiting = await(receiver.handle(Pushes.plain("add_waybill", "xml")));
            assertThat(waiting.status()).as("a re-send while the handler still runs waits no longer than the deadline")
                    .isEqualTo(503);

            release.countDown();
            PushResponse resent = awaitStatus(200);
            assertThat(resent.bodyText()).contains("WB-1");
            assertThat(calls).hasValue(1);
        }
    }

    /** Re-sends until the late handler's reply is stored (it lands right after the release). */
    private PushResponse awaitStatus(int status) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        PushResponse response;
        do {
            response = await(receiver.handle(Pushes.plain("add_waybill", "xml")));
            if (response.status() == status) {
                return response;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < giveUp);
        return response;
    }
}
