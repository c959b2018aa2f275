package io.github.wxlogistics.platform;

import java.util.Objects;

/**
 * A merchant's authorization is gone: tell the merchant to authorize the platform again.
 *
 * @param authorizerAppId the merchant's AppID
 * @param reason          how the platform learned it
 * @param errcode         WeChat's errcode when {@code reason} is {@link LossReason#REFRESH_REFUSED} or
 *                        {@link LossReason#AUTHORIZATION_REFUSED}, else 0
 */
public record AuthorizationLost(String authorizerAppId, LossReason reason, int errcode) {

    /** How the platform learned that the authorization is gone. */
    public enum LossReason {
        /** WeChat pushed {@code unauthorized}. */
        UNAUTHORIZED_EVENT,
        /** {@code api_authorizer_token} refused the refresh token (61023, 61003). */
        REFRESH_REFUSED,
        /** The store holds no refresh token for the merchant. */
        NO_REFRESH_TOKEN,
        /**
         * An {@code authorized} or {@code updateauthorized} push came, but WeChat refused to redeem
         * its code ({@code api_query_auth}, or the {@code component_access_token} it needs; errcode
         * says which) and the store holds no earlier authorization of the merchant. The push was
         * answered {@code success} (a re-send would be refused the same way), so the merchant must
         * authorize again.
         */
        AUTHORIZATION_REFUSED
    }

    /**
     * Checks that both are present.
     *
     * @param authorizerAppId the merchant's AppID
     * @param reason          how the platform learned it
     * @param errcode         WeChat's errcode, or 0
     */
    public AuthorizationLost {
        Objects.requireNonNull(authorizerAppId, "authorizerAppId");
        Objects.requireNonNull(reason, "reason");
    }
}
