package io.github.wxlogistics.event;

import java.util.Objects;

/**
 * {@code authorized} (third-party platform, authorization-event URL): a merchant authorized the platform. Answered
 * {@code success}. {@code io.github.wxlogistics.platform.ComponentPlatform#pushReceiver()} handles it:
 * it redeems the authorization code ({@code api_query_auth}) and stores the merchant's refresh token.
 * {@link #toString()} never shows the authorization code nor the pre-authorization code.
 *
 * @param envelope                      the common fields (only {@code CreateTime} is sent)
 * @param appId                         the platform's AppID ({@code AppId})
 * @param authorizerAppid               the merchant's AppID ({@code AuthorizerAppid})
 * @param authorizationCode             the code for {@code api_query_auth} ({@code AuthorizationCode})
 * @param authorizationCodeExpiredTime  when the code expires, Unix seconds ({@code AuthorizationCodeExpiredTime}), 0 when absent
 * @param preAuthCode                   the pre-authorization code the merchant used ({@code PreAuthCode})
 * @param fields                        every field of the body as it arrived
 * @see <a href="https://developers.weixin.qq.com/doc/oplatform/developers/dev/ThirdParty/token/authorize_event.html">authorization events</a>
 */
public record AuthorizedEvent(EventEnvelope envelope, String appId, String authorizerAppid, String authorizationCode,
        long authorizationCodeExpiredTime, String preAuthCode, PushFields fields) implements NoticeEvent {

    /** The event name on the wire ({@code InfoType}). */
    public static final String NAME = "authorized";

    /**
     * Checks the envelope and raw fields.
     *
     * @param envelope                      the common fields
     * @param appId                         the platform's AppID
     * @param authorizerAppid               the merchant's AppID
     * @param authorizationCode             the code for {@code api_query_auth}
     * @param authorizationCodeExpiredTime  when the code expires, Unix seconds
     * @param preAuthCode                   the pre-authorization code the merchant used
     * @param fields                        every field of the body as it arrived
     */
    public AuthorizedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(fields, "fields");
    }

    @Override
    public String toString() {
        return "AuthorizedEvent[envelope=" + envelope + ", appId=" + appId + ", authorizerAppid=" + authorizerAppid
                + ", authorizationCode=***, authorizationCodeExpiredTime=" + authorizationCodeExpiredTime
                + ", preAuthCode=***, fields=" + fields + "]";
    }
}
