package io.github.wxlogistics.event;

import java.util.Objects;

/**
 * A verified push no typed handler takes: a customer-service message ({@code MsgType} {@code text},
 * {@code image}, {@code miniprogrampage}...), {@code user_enter_tempsession}, a subscription event,
 * a logistics event the app registered no handler for, or an event the library does not know. The
 * receiver hands it to the fallback handler only after checking its signature, its timestamp and,
 * in compatible and safe mode, decrypting it and checking its AppID.
 *
 * <p>{@link #toString()} shows the message type, the event and the field names, never the content
 * (a message may carry a user's words or an order's {@code BizPwd}).
 *
 * @param envelope the common fields; {@code Event} is {@code null} for a message that is not an event
 * @param fields   every field of the message as it arrived
 * @param format   the format of the push, which a reply packet uses too
 * @param body     the message as a text in that format, decrypted in compatible and safe mode: what
 *                 an existing message router parses (WxJava's {@code WxMaMessage.fromXml} or
 *                 {@code fromJson})
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/framework/server-ability/message-push.html">Message push (消息推送)</a>
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/kf-mgnt/kf-message/receiveMessage.html">Customer-service messages (接收消息和事件)</a>
 */
public record PushMessage(EventEnvelope envelope, PushFields fields, PushFormat format, String body) {

    /**
     * Checks that no component is {@code null}.
     *
     * @param envelope the common fields
     * @param fields   every field of the message
     * @param format   the format of the push
     * @param body     the message as a text
     */
    public PushMessage {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(body, "body");
    }

    /**
     * The message type, such as {@code text}, {@code image} or {@code event} ({@code MsgType}).
     *
     * @return the MsgType as sent, or {@code null} if absent
     */
    public String msgType() {
        return envelope.msgType();
    }

    /**
     * The event name, such as {@code user_enter_tempsession} ({@code Event}).
     *
     * @return the Event as sent, or {@code null} for a message that is not an event
     */
    public String event() {
        return envelope.event();
    }

    @Override
    public String toString() {
        return "PushMessage[msgType=" + envelope.msgType() + ", event=" + envelope.event() + ", format=" + format
                + ", fields=" + fields.names() + "]";
    }
}
