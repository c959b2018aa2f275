package io.github.wxlogistics.event;

/**
 * A typed push of the Logistics Assistant. Each carries the common {@link EventEnvelope} and
 * the raw {@link PushFields} it was read from, so fields the library does not model stay
 * available.
 */
public sealed interface PushEvent permits AddExpressPathEvent, BusinessBindResultEvent, AddWaybillEvent,
        CancelWaybillEvent, CheckBizEvent, GetQuotaEvent {

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
