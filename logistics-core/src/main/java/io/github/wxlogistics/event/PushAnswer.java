package io.github.wxlogistics.event;

import java.util.Objects;

/**
 * How the fallback handler answers a {@link PushMessage}: {@code success}, an empty body (both
 * tell WeChat the message was received and nothing is sent to the user), or a passive reply
 * packet, which the receiver encrypts in safe mode. A mini program's one passive reply is
 * {@code transfer_customer_service}, which hands the conversation to the customer-service tool.
 *
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/customer-message/trans.html">Transfer to customer service (转发客服消息)</a>
 */
public sealed interface PushAnswer permits PushAnswer.Success, PushAnswer.Empty, PushAnswer.Packet {

    /**
     * Answer {@code success}.
     *
     * @return the shared answer
     */
    static PushAnswer success() {
        return Success.INSTANCE;
    }

    /**
     * Answer 200 with an empty body.
     *
     * @return the shared answer
     */
    static PushAnswer empty() {
        return Empty.INSTANCE;
    }

    /**
     * Answer with a passive reply packet.
     *
     * @param plaintext the packet as a text in the push's format ({@link PushMessage#format()}), such
     *                  as {@code <xml><ToUserName>...</ToUserName>...</xml>}; encrypted by the
     *                  receiver in safe mode; must not be {@code null}
     * @return the answer
     */
    static PushAnswer packet(String plaintext) {
        return new Packet(plaintext);
    }

    /**
     * Answer with {@code transfer_customer_service}: the user's message goes to the customer-service
     * tool (网页版客服工具), where an agent answers it. The packet is written in the message's
     * format with ToUserName and FromUserName turned around.
     *
     * @param message    the customer-service message being answered; must not be {@code null}
     * @param createTime the reply's CreateTime, Unix seconds
     * @return the answer
     * @throws IllegalArgumentException if the message lacks ToUserName or FromUserName, or either is
     *     not an openid or original ID (letters, digits, {@code _} and {@code -})
     */
    static PushAnswer transferToCustomerService(PushMessage message, long createTime) {
        String to = id(message.envelope().fromUserName(), "FromUserName");
        String from = id(message.envelope().toUserName(), "ToUserName");
        return packet(message.format() == PushFormat.XML
                ? "<xml><ToUserName><![CDATA[" + to + "]]></ToUserName><FromUserName><![CDATA[" + from
                        + "]]></FromUserName><CreateTime>" + createTime + "</CreateTime>"
                        + "<MsgType><![CDATA[transfer_customer_service]]></MsgType></xml>"
                : "{\"ToUserName\":\"" + to + "\",\"FromUserName\":\"" + from + "\",\"CreateTime\":" + createTime
                        + ",\"MsgType\":\"transfer_customer_service\"}");
    }

    private static String id(String value, String field) {
        if (value == null || !value.matches("[A-Za-z0-9_-]{1,128}")) {
            throw new IllegalArgumentException("the message's " + field + " is "
                    + (value == null ? "missing" : "not an openid or original ID"));
        }
        return value;
    }

    /** {@code success}. */
    final class Success implements PushAnswer {
        private static final Success INSTANCE = new Success();

        private Success() {
        }

        @Override
        public String toString() {
            return "PushAnswer.success";
        }
    }

    /** An empty body. */
    final class Empty implements PushAnswer {
        private static final Empty INSTANCE = new Empty();

        private Empty() {
        }

        @Override
        public String toString() {
            return "PushAnswer.empty";
        }
    }

    /**
     * A passive reply packet.
     *
     * @param plaintext the packet in the push's format, before encryption
     */
    record Packet(String plaintext) implements PushAnswer {
        /**
         * Checks the packet.
         *
         * @param plaintext the packet in the push's format; must not be {@code null} or blank
         */
        public Packet {
            if (Objects.requireNonNull(plaintext, "plaintext").isBlank()) {
                throw new IllegalArgumentException("a reply packet must not be blank; answer empty() instead");
            }
        }

        @Override
        public String toString() {
            return "PushAnswer.packet[" + plaintext.length() + " chars]";
        }
    }
}
