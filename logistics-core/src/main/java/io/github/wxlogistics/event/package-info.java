/**
 * Pushed events of the Logistics Assistant: signature check, message crypto, XML and JSON
 * bodies, typed events and typed courier replies, and {@link io.github.wxlogistics.event.PushReceiver},
 * the framework-neutral inbound port that HTTP adapters wrap.
 *
 * <p>Merchant side: {@code add_express_path} and {@code update_business_bind_result}, answered
 * {@code success}. Courier side: {@code add_waybill}, {@code cancel_waybill}, {@code check_biz}
 * and {@code get_quota}, answered with a reply packet in the push's format.
 *
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/framework/server-ability/message-push.html">Message push (消息推送)</a>
 */
package io.github.wxlogistics.event;
