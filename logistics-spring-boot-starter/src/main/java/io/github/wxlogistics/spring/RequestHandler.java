package io.github.wxlogistics.spring;

import io.github.wxlogistics.event.RequestEvent;

/**
 * A bean answering one {@link RequestEvent} type, found by its type arguments, such as
 * {@code RequestHandler<AddWaybillEvent, AddWaybillReply>} (courier side: book the waybill and
 * answer with its ID); its reply is sent back as the reply packet. The push endpoint calls it on
 * the receiver's handler pool, after signature check, decryption and deduplication. At most one
 * bean per event type.
 *
 * <pre>{@code
 * @Bean
 * RequestHandler<AddWaybillEvent, AddWaybillReply> bookWaybill(Waybills waybills) {
 *     return order -> AddWaybillReply.success(waybills.book(order), List.of());
 * }
 * }</pre>
 *
 * Declare the type arguments where Spring can read them: on the {@code @Bean} method's return type
 * or on a class that implements this interface.
 *
 * @param <E> the event, such as {@link io.github.wxlogistics.event.AddWaybillEvent}
 * @param <R> its reply, such as {@link io.github.wxlogistics.event.AddWaybillReply}
 */
@FunctionalInterface
public interface RequestHandler<E extends RequestEvent<R>, R> {

    /**
     * Answers one push; may block. Throwing answers 500, so WeChat re-sends.
     *
     * @param event the typed event
     * @return the reply, never {@code null}
     */
    R handle(E event);
}
