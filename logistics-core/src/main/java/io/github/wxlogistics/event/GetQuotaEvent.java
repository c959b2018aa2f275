package io.github.wxlogistics.event;

import java.util.Objects;

/**
 * {@code get_quota} (courier side, logistics.onGetQuota): a merchant asks how many waybills its
 * customer code has left; the courier answers with a {@link GetQuotaReply}.
 * {@link #toString()} hides {@code BizPwd}.
 *
 * @param envelope  the common fields
 * @param bizId     the customer code ({@code BizID})
 * @param bizPwd    its password ({@code BizPwd})
 * @param shopAppId the merchant's AppID ({@code ShopAppID})
 * @param fields    every field of the body as it arrived
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-provider/logistics.onGetQuota.html">logistics.onGetQuota</a>
 */
public record GetQuotaEvent(EventEnvelope envelope, String bizId, String bizPwd, String shopAppId,
        PushFields fields) implements RequestEvent<GetQuotaReply> {

    /** The event name on the wire. */
    public static final String NAME = "get_quota";

    /**
     * Checks the envelope and raw fields.
     *
     * @param envelope  the common fields
     * @param bizId     the customer code ({@code BizID})
     * @param bizPwd    its password ({@code BizPwd})
     * @param shopAppId the merchant's AppID ({@code ShopAppID})
     * @param fields    every field of the body as it arrived
     */
    public GetQuotaEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(fields, "fields");
    }

    @Override
    public String toString() {
        return "GetQuotaEvent[envelope=" + envelope + ", bizId=" + bizId + ", bizPwd=***, shopAppId=" + shopAppId
                + ", fields=" + fields + "]";
    }
}
