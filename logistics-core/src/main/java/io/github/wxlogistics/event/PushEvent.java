package io.github.wxlogistics.event;

/**
 * A typed push. Each carries the common {@link EventEnvelope} and the raw {@link PushFields} it
 * was read from, so fields the library does not model stay available. An event is either a
 * {@link NoticeEvent}, answered {@code success}, or a {@link RequestEvent}, answered with the
 * handler's reply packet; the receiver's handlers are registered by the event's class
 * ({@code PushReceiver.Builder#on}).
 *
 * @param <R> what the handler answers with: the reply packet's values, {@link Void} for a notice
 */
public sealed interface PushEvent<R> permits NoticeEvent, RequestEvent {

    /**
     * The common fields: ToUserName, FromUserName, CreateTime, MsgType, Event.
     *
     * @return the envelope, never {@code null}
     */
    EventEnvelope envelope();

    /**
     * Every field of the body as it arrived, known or not.
     *
     * @return the raw fields, never {@code null}
     */
    PushFields fields();
}
