/**
 * The values of pushed messages, as {@code .model} holds the values of calls: typed events and
 * typed courier replies, the envelope and the raw {@link io.github.wxlogistics.event.PushFields},
 * the request and response of one exchange on the push URL, the modes and result codes. The
 * receiver that verifies, decrypts and dispatches them is {@link io.github.wxlogistics.PushReceiver};
 * the protocol itself (signature, message crypto, body parsing, reply packets) is internal.
 *
 * <p>Merchant side: {@code add_express_path} and {@code update_business_bind_result}, answered
 * {@code success}. Courier side: {@code add_waybill}, {@code cancel_waybill}, {@code check_biz}
 * and {@code get_quota}, answered with a reply packet in the push's format.
 *
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/framework/server-ability/message-push.html">Message push (消息推送)</a>
 */
package io.github.wxlogistics.event;
