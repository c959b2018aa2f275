package io.github.wxlogistics.spring;

import io.github.wxlogistics.event.EventEnvelope;
import io.github.wxlogistics.event.NoticeEvent;
import io.github.wxlogistics.event.PushFields;
import io.github.wxlogistics.internal.push.EventCodec;

/**
 * An event type beyond the core's, that exists only in this test: a record and its catalogue entry (the codec,
 * listed in META-INF/services), with no change to the receiver or to the starter's API. Handler
 * beans for it are found by their type, like the core's six.
 *
 * @param envelope the common fields
 * @param lockerId the locker ({@code LockerId})
 * @param fields   the raw fields
 */
public record ParcelLockerOpenedEvent(EventEnvelope envelope, String lockerId, PushFields fields) implements NoticeEvent {

    /** The catalogue entry, found through ServiceLoader. */
    public static final class Codec implements EventCodec<ParcelLockerOpenedEvent, Void> {
        @Override
        public String name() {
            return "parcel_locker_opened";
        }

        @Override
        public Class<ParcelLockerOpenedEvent> type() {
            return ParcelLockerOpenedEvent.class;
        }

        @Override
        public ParcelLockerOpenedEvent decode(PushFields fields) {
            EventEnvelope envelope = new EventEnvelope(fields.text("ToUserName").orElse(null),
                    fields.text("FromUserName").orElse(null), 0, "event", name());
            return new ParcelLockerOpenedEvent(envelope, fields.text("LockerId").orElse(null), fields);
        }
    }
}
