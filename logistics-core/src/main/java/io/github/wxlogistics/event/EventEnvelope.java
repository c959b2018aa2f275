package io.github.wxlogistics.event;

/**
 * The fields every push carries.
 *
 * @param toUserName   the receiving mini program's original ID ({@code ToUserName})
 * @param fromUserName the sender's openid ({@code FromUserName}): a fixed WeChat-team openid for
 *                     add_waybill, the ordering user's openid for cancel_waybill
 * @param createTime   when the push was made, Unix time in seconds ({@code CreateTime})
 * @param msgType      {@code event} ({@code MsgType})
 * @param event        the event name as sent, such as {@code add_waybill} ({@code Event})
 */
public record EventEnvelope(String toUserName, String fromUserName, long createTime, String msgType, String event) {
}
