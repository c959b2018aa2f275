package io.github.wxlogistics;

import io.github.wxlogistics.event.EventEnvelope;
import io.github.wxlogistics.event.PushFields;
import io.github.wxlogistics.event.RequestEvent;
import io.github.wxlogistics.internal.push.EventCodec;
import io.github.wxlogistics.internal.push.ReplyField;
import java.util.List;

/**
 * An event type beyond the core's, that exists only in the tests: WeChat asks the courier to reserve a parcel
 * locker and expects the locker's code in the reply packet. It is a record and its catalogue entry
 * (the codec, listed in META-INF/services) and nothing else: PushReceiver is not changed for it.
 *
 * @param envelope the common fields
 * @param orderId  the order ({@code OrderID}), which deduplicates re-sends
 * @param fields   the raw fields
 */
public record ParcelLockerReservation(EventEnvelope envelope, String orderId, PushFields fields)
        implements RequestEvent<ParcelLockerReservation.Reply> {

    /**
     * The courier's answer.
     *
     * @param lockerCode the code that opens the locker
     */
    public record Reply(String lockerCode) {
    }

    /** The catalogue entry, found through ServiceLoader. */
    public static final class Codec implements EventCodec<ParcelLockerReservation, Reply> {
        @Override
        public String name() {
            return "parcel_locker_reserve";
        }

        @Override
        public Class<ParcelLockerReservation> type() {
            return ParcelLockerReservation.class;
        }

        @Override
        public ParcelLockerReservation decode(PushFields fields) {
            return new ParcelLockerReservation(new EventEnvelope(fields.text("ToUserName").orElse(null),
                    fields.text("FromUserName").orElse(null), 0, "event", name()),
                    fields.text("OrderID").orElse(null), fields);
        }

        @Override
        public List<String> dedupIds(ParcelLockerReservation event) {
            return List.of(event.orderId() == null ? "" : event.orderId());
        }

        @Override
        public List<ReplyField> packet(ParcelLockerReservation event, Reply reply, long now) {
            return List.of(ReplyField.text("ToUserName", event.envelope().fromUserName()),
                    ReplyField.number("CreateTime", now), ReplyField.text("Event", name()),
                    ReplyField.text("OrderID", event.orderId()), ReplyField.text("LockerCode", reply.lockerCode()));
        }
    }
}
