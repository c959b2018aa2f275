/**
 * Pushed events of the Logistics Assistant: signature check, message crypto, XML and JSON
 * bodies, typed events and typed courier replies, and {@link io.github.wxlogistics.event.PushReceiver},
 * the framework-neutral inbound port that HTTP adapters wrap.
 *
 * <p>Merchant side: {@code add_express_path} and {@code update_business_bind_result}, answered
 * {@code success}. Courier side: {@code add_waybill}, {@code cancel_waybill}, {@code check_biz}
 * and {@code get_quota}, answered with a reply packet in the push's format.
 *
 * <p>The receiver's pipeline (verification, body parsing, decoding, routing, reply packets) is
 * package-private here rather than in an internal package: it and the public types use each other,
 * and the architecture rules allow no package cycle.
 *
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/framework/server-ability/message-push.html">Message push (消息推送)</a>
 */
package io.github.wxlogistics.event;
