package io.github.wxlogistics.token;

import java.util.Objects;

/**
 * A mini program's AppID and AppSecret. {@link #toString()} never shows the secret.
 *
 * @param appId     the AppID
 * @param appSecret the AppSecret
 */
public record AppCredentials(String appId, String appSecret) {

    /**
     * Checks that both values are present and not blank.
     *
     * @param appId the AppID
     * @param appSecret the AppSecret
     */
    public AppCredentials {
        // A null here is most often an unset environment variable (System.getenv gives null): say so.
        Objects.requireNonNull(appId, "appId is null (an unset environment variable or property?)");
        Objects.requireNonNull(appSecret, "appSecret is null (an unset environment variable, such as"
                + " System.getenv(\"WX_APP_SECRET\") without WX_APP_SECRET, gives null)");
        if (appId.isBlank()) {
            throw new IllegalArgumentException("appId must not be blank");
        }
        if (appSecret.isBlank()) {
            throw new IllegalArgumentException("appSecret must not be blank");
        }
    }

    /**
     * Credentials from an AppID and AppSecret.
     *
     * @param appId the AppID
     * @param appSecret the AppSecret
     * @return the credentials
     */
    public static AppCredentials of(String appId, String appSecret) {
        return new AppCredentials(appId, appSecret);
    }

    @Override
    public String toString() {
        return "AppCredentials[appId=" + appId + ", appSecret=***]";
    }
}
