package io.github.wxlogistics.error;

import java.util.Objects;

/**
 * A third-party platform can no longer get a token for a merchant: the merchant revoked the
 * authorization ({@code unauthorized}), or WeChat refused its {@code authorizer_refresh_token}
 * (61023 invalid refresh token, 61003 the component is not authorized by the account), or the
 * platform's store holds no refresh token for it. Retrying does not help: the merchant must
 * authorize the platform again. Nothing of the failed call was sent to WeChat.
 */
public final class AuthorizationRevokedException extends LogisticsException {
    private static final long serialVersionUID = 1L;

    /** The merchant's AppID. */
    private final String authorizerAppId;
    /** WeChat's errcode, or 0 when the store had no refresh token (nothing was asked). */
    private final int errcode;

    /**
     * A revoked authorization.
     *
     * @param authorizerAppId the merchant's AppID
     * @param errcode         WeChat's errcode from {@code api_authorizer_token}, or 0 when no refresh
     *                        token was kept
     * @param reason          what happened, without any secret
     */
    public AuthorizationRevokedException(String authorizerAppId, int errcode, String reason) {
        super("authorizer " + Objects.requireNonNull(authorizerAppId, "authorizerAppId")
                + " must authorize the platform again: " + Objects.requireNonNull(reason, "reason")
                + (errcode == 0 ? "" : " (errcode " + errcode + ")"), null);
        this.authorizerAppId = authorizerAppId;
        this.errcode = errcode;
    }

    /**
     * The merchant's AppID ({@code authorizer_appid}).
     *
     * @return the merchant's AppID
     */
    public String authorizerAppId() {
        return authorizerAppId;
    }

    /**
     * WeChat's errcode from {@code api_authorizer_token} (such as 61023), or 0 when the store held
     * no refresh token for the merchant.
     *
     * @return the errcode, or 0
     */
    public int errcode() {
        return errcode;
    }
}
