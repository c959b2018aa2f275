package io.github.wxlogistics.spring;

import io.github.wxlogistics.event.NoticeEvent;

/**
 * A bean handling one {@link NoticeEvent} type, found by its type argument, such as
 * {@code EventHandler<AddExpressPathEvent>} (merchant side: a waybill's path changed); the push is
 * answered {@code success} once it returns. The push endpoint calls it on the receiver's handler
 * pool, after signature check, decryption and deduplication. At most one bean per event type.
 *
 * <pre>{@code
 * @Bean
 * EventHandler<AddExpressPathEvent> trackingUpdated(ShipmentLog log) {
 *     return path -> log.record(path.waybillId(), path.actions());
 * }
 * }</pre>
 *
 * Declare the type argument where Spring can read it: on the {@code @Bean} method's return type or
 * on a class that implements this interface.
 *
 * @param <E> the event, such as {@link io.github.wxlogistics.event.AddExpressPathEvent}
 */
@FunctionalInterface
public interface EventHandler<E extends NoticeEvent> {

    /**
     * Handles one push; may block. Throwing answers 500, so WeChat re-sends.
     *
     * @param event the typed event
     */
    void handle(E event);
}
