package io.github.wxlogistics.event;

import java.util.Objects;

/**
 * {@code unauthorized} (third-party platform, authorization-event URL): a merchant revoked the
 * platform's authorization. Answered {@code success}.
 * {@code io.github.wxlogistics.platform.ComponentPlatform#pushReceiver()} handles it: it forgets the
 * merchant's refresh token and token and tells the platform's listener.
 *
 * @param envelope        the common fields (only {@code CreateTime} is sent)
 * @param appId           the platform's AppID ({@code AppId})
 * @param authorizerAppid the merchant's AppID ({@code AuthorizerAppid})
 * @param fields          every field of the body as it arrived
 * @see <a href="https://developers.weixin.qq.com/doc/oplatform/developers/dev/ThirdParty/token/authorize_event.html">authorization events</a>
 */
public record UnauthorizedEvent(EventEnvelope envelope, String appId, String authorizerAppid, PushFields fields)
        implements NoticeEvent {

    /** The event name on the wire ({@code InfoType}). */
    public static final String NAME = "unauthorized";

    /**
     * Checks the envelope and raw fields.
     *
     * @param envelope        the common fields
     * @param appId           the platform's AppID
     * @param authorizerAppid the merchant's AppID
     * @param fields          every field of the body as it arrived
     */
    public UnauthorizedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(fields, "fields");
    }
}
