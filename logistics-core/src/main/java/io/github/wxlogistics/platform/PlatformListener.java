package io.github.wxlogistics.platform;

/**
 * What a {@link ComponentPlatform} tells the app about its merchants. Every method has an empty
 * default; implementations MUST be quick and MUST NOT throw (a throw is logged and ignored). Called
 * on the thread that learned the news (a push handler, a token fetch's completion).
 */
public interface PlatformListener {

    /**
     * A merchant authorized the platform, or changed what it granted ({@code authorized},
     * {@code updateauthorized}, or {@link ComponentPlatform#queryAuth}); its refresh token is stored.
     *
     * @param info the merchant and its permission sets
     */
    default void onAuthorized(AuthorizationInfo info) {
    }

    /**
     * A merchant's authorization is gone (or a new one could not be completed); its calls fail with
     * {@link io.github.wxlogistics.error.AuthorizationRevokedException} until it authorizes again.
     * Told once per loss by this platform instance, not once per failed call; an authorization
     * (or a token fetched for the merchant) ends the loss, and a later one is told again.
     *
     * @param lost the merchant and how the platform learned it
     */
    default void onAuthorizationLost(AuthorizationLost lost) {
    }

    /**
     * WeChat returned a new refresh token for a merchant and the store now holds it.
     *
     * @param authorizerAppId the merchant's AppID
     */
    default void onRefreshTokenRotated(String authorizerAppId) {
    }

    /**
     * A merchant's call finished, for metrics and logs per merchant (the
     * {@link io.github.wxlogistics.spi.LogisticsListener} given to the platform sees the same call
     * without the AppID). Called on the thread that ended the call; MUST NOT block.
     *
     * @param authorizerAppId the merchant's AppID
     * @param call            the call's outcome, as the platform's LogisticsListener gets it
     */
    default void onAuthorizerCall(String authorizerAppId, io.github.wxlogistics.spi.LogisticsListener.CallFinished call) {
    }
}
