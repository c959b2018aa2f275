package io.github.wxlogistics.internal.token;

/**
 * The stable_token request body, a wire record (written by the JSON codec, never API).
 *
 * @param grantType    always {@code client_credential}
 * @param appid        the AppID
 * @param secret       the AppSecret
 * @param forceRefresh false: normal mode
 */
public record StableTokenRequest(String grantType, String appid, String secret, boolean forceRefresh) {
    @Override
    public String toString() {
        return "StableTokenRequest[appid=" + appid + ", secret=***, forceRefresh=" + forceRefresh + "]";
    }
}
