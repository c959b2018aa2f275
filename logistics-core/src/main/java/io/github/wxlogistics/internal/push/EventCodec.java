package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.event.PushEvent;
import io.github.wxlogistics.event.PushFields;
import io.github.wxlogistics.event.RequestEvent;
import java.util.List;

/**
 * One entry of the {@link EventCatalogue}: how one event type is read from a push, what identifies
 * a re-send of it, and (for a {@link RequestEvent}) how its reply packet is laid out. The core's
 * entries are listed in the catalogue; another module (or a test) adds one through
 * {@link java.util.ServiceLoader}, without any change to the receiver.
 *
 * @param <E> the event
 * @param <R> the handler's reply ({@link Void} for a notice)
 */
public interface EventCodec<E extends PushEvent<R>, R> {

    /** The {@code Event} value on the wire, in lower case, such as {@code add_waybill}. */
    String name();

    /** The event's class, the key handlers are registered by. */
    Class<E> type();

    /**
     * The typed event.
     *
     * @throws PushRejectedException ({@code MALFORMED}) naming the field when one has the wrong shape
     */
    E decode(PushFields fields);

    /**
     * The ids that identify a re-send of this push, or {@code null} if it is not deduplicated (the
     * receiver prefixes the event name and ToUserName; an empty id means no key).
     */
    default List<String> dedupIds(E event) {
        return null;
    }

    /**
     * The reply packet's fields for the handler's reply (a {@link RequestEvent}); a notice is
     * answered {@code success} and never asked.
     *
     * @param now Unix seconds, for CreateTime
     */
    default List<ReplyField> packet(E event, R reply, long now) {
        throw new UnsupportedOperationException(name() + " is answered success");
    }
}
