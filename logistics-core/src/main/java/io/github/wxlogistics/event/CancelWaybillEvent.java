package io.github.wxlogistics.event;

import java.util.Objects;

/**
 * {@code cancel_waybill} (courier side, logistics.onCancelOrder): a merchant cancelled an order;
 * the courier answers with a {@link CancelWaybillReply}. Deduplicated on BizID and OrderID.
 * {@link #toString()} hides {@code BizPwd}.
 *
 * @param envelope  the common fields ({@code FromUserName} is the ordering user's openid)
 * @param orderId   the merchant's order ID ({@code OrderID})
 * @param bizId     the customer code ({@code BizID})
 * @param bizPwd    its password ({@code BizPwd})
 * @param shopAppId the merchant's AppID ({@code ShopAppID})
 * @param waybillId the waybill ID ({@code WayBillID})
 * @param fields    every field of the body as it arrived
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-provider/logistics.onCancelOrder.html">logistics.onCancelOrder</a>
 */
public record CancelWaybillEvent(EventEnvelope envelope, String orderId, String bizId, String bizPwd,
        String shopAppId, String waybillId, PushFields fields) implements RequestEvent<CancelWaybillReply> {

    /** The event name on the wire. */
    public static final String NAME = "cancel_waybill";

    /**
     * Checks the envelope and raw fields.
     *
     * @param envelope  the common fields ({@code FromUserName} is the ordering user's openid)
     * @param orderId   the merchant's order ID ({@code OrderID})
     * @param bizId     the customer code ({@code BizID})
     * @param bizPwd    its password ({@code BizPwd})
     * @param shopAppId the merchant's AppID ({@code ShopAppID})
     * @param waybillId the waybill ID ({@code WayBillID})
     * @param fields    every field of the body as it arrived
     */
    public CancelWaybillEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(fields, "fields");
    }

    @Override
    public String toString() {
        return "CancelWaybillEvent[envelope=" + envelope + ", orderId=" + orderId + ", bizId=" + bizId
                + ", bizPwd=***, shopAppId=" + shopAppId + ", waybillId=" + waybillId + ", fields=" + fields + "]";
    }
}
