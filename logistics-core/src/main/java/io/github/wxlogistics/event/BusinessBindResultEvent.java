package io.github.wxlogistics.event;

import java.util.Objects;

/**
 * {@code update_business_bind_result} (merchant side, logistics.onBindResultUpdate): the courier
 * finished reviewing a bindAccount request. Answered {@code success}. Its fields are snake_case
 * on the wire.
 *
 * @param envelope   the common fields
 * @param deliveryId the courier's ID ({@code delivery_id})
 * @param bizId      the customer code that was reviewed ({@code biz_id})
 * @param errcode    {@code errcode} as sent, 0 when absent; the meaning of other values is not
 *                   documented by WeChat
 * @param errmsg     {@code errmsg} as sent, or {@code null}
 * @param fields     every field of the body as it arrived
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-business/logistics.onBindResultUpdate.html">logistics.onBindResultUpdate</a>
 */
public record BusinessBindResultEvent(EventEnvelope envelope, String deliveryId, String bizId, int errcode,
        String errmsg, PushFields fields) implements NoticeEvent {

    /** The event name on the wire. */
    public static final String NAME = "update_business_bind_result";

    /**
     * Checks the envelope and raw fields.
     *
     * @param envelope   the common fields
     * @param deliveryId the courier's ID ({@code delivery_id})
     * @param bizId      the customer code that was reviewed ({@code biz_id})
     * @param errcode    {@code errcode} as sent, 0 when absent; the meaning of other values is not
     *                   documented by WeChat
     * @param errmsg     {@code errmsg} as sent, or {@code null}
     * @param fields     every field of the body as it arrived
     */
    public BusinessBindResultEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(fields, "fields");
    }
}
