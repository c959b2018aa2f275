package io.github.wxlogistics;

import static io.github.wxlogistics.Pushes.NOW;
import static io.github.wxlogistics.Pushes.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.event.EventEnvelope;
import io.github.wxlogistics.event.NoticeEvent;
import io.github.wxlogistics.event.PushFields;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One way to register a handler per event type, sync and async, for the core's events and a test-only one. */
class PushRegistrationTest {

    @ParameterizedTest
    @EnumSource(PushMode.class)
    void aSeventhEventTypeNeedsOnlyARecordAndACatalogueEntry(PushMode mode) {
        AtomicInteger runs = new AtomicInteger();
        try (PushReceiver receiver = Pushes.receiver(mode).on(ParcelLockerReservation.class, reservation -> {
            runs.incrementAndGet();
            return new ParcelLockerReservation.Reply("L-" + reservation.orderId());
        }).build()) {
            String push = "<xml><ToUserName><![CDATA[gh_abcdefg]]></ToUserName><FromUserName><![CDATA[oWeChat]]>"
                    + "</FromUserName><CreateTime>" + NOW + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                    + "<Event><![CDATA[parcel_locker_reserve]]></Event><OrderID><![CDATA[o-7]]></OrderID></xml>";

            PushResponse first = await(receiver.handle(request(push, mode)));
            PushResponse again = await(receiver.handle(request(push, mode)));

            assertThat(first.status()).isEqualTo(200);
            PushFields reply = Pushes.replyFields(first, mode);
            assertThat(reply.text("LockerCode")).hasValue("L-o-7");
            assertThat(reply.text("ToUserName")).hasValue("oWeChat");
            assertThat(Pushes.replyFields(again, mode).text("LockerCode")).hasValue("L-o-7");
            assertThat(runs).as("deduplicated on OrderID, as its entry says").hasValue(1);
            assertThat(receiver.toString()).contains("parcel_locker_reserve");
        }
    }

    @Test
    void asyncHandlersRegisterTheSameWayForNoticesAndRequests() {
        List<Object> seen = new CopyOnWriteArrayList<>();
        try (PushReceiver receiver = Pushes.receiver(PushMode.PLAINTEXT)
                .onAsync(AddExpressPathEvent.class, path -> CompletableFuture.runAsync(() -> seen.add(path), Runnable::run))
                .onAsync(AddWaybillEvent.class, order -> CompletableFuture.completedFuture(
                        AddWaybillReply.success("SF-" + order.orderId(), List.of())))
                .build()) {
            PushResponse path = await(receiver.handle(Pushes.plain("add_express_path", "json")));
            PushResponse waybill = await(receiver.handle(Pushes.plain("add_waybill", "xml")));

            assertThat(path.bodyText()).isEqualTo("success");
            assertThat(seen).singleElement().isInstanceOf(AddExpressPathEvent.class);
            assertThat(Pushes.replyFields(waybill, PushMode.PLAINTEXT).text("WayBillID"))
                    .hasValueSatisfying(id -> assertThat(id).startsWith("SF-"));
        }
    }

    @Test
    void oneHandlerPerEventTypeAndOnlyKnownTypes() {
        PushReceiver.Builder builder = Pushes.receiver(PushMode.PLAINTEXT).on(AddExpressPathEvent.class, path -> { });

        assertThatThrownBy(() -> builder.on(AddExpressPathEvent.class, path -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessage("a handler for add_express_path is already registered");
        assertThatThrownBy(() -> builder.on(Unlisted.class, event -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Unlisted.class.getName() + " is not a push event the receiver knows")
                .hasMessageContaining("AddWaybillEvent").hasMessageContaining("ParcelLockerReservation");
    }

    /** An event without a catalogue entry. */
    record Unlisted(EventEnvelope envelope, PushFields fields) implements NoticeEvent {
    }

    /** The push as WeChat sends it in the mode: compatible and safe mode both carry Encrypt and both signatures. */
    private static PushRequest request(String xml, PushMode mode) {
        return mode == PushMode.PLAINTEXT ? Pushes.plain(xml.getBytes(StandardCharsets.UTF_8), NOW)
                : Pushes.encrypted(xml, "xml", Pushes.APP_ID, NOW);
    }
}
