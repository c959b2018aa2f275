package io.github.wxlogistics.spi;

import java.util.Objects;

/**
 * An {@code authorizer_refresh_token}: what a third-party platform needs to get a merchant's
 * {@code authorizer_access_token} again. It does not expire on a clock, but losing it means asking
 * the merchant to authorize again, so stores keep it durably. {@link #toString()} never shows the value.
 *
 * @param value the refresh token as WeChat issued it
 * @see <a href="https://developers.weixin.qq.com/doc/oplatform/developers/dev/ThirdParty/token/api_authorizer_token.html">api_authorizer_token</a>
 */
public record RefreshToken(String value) {

    /**
     * Checks that the value is present and not blank.
     *
     * @param value the refresh token as WeChat issued it
     */
    public RefreshToken {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("authorizer_refresh_token must not be blank");
        }
    }

    @Override
    public String toString() {
        return "RefreshToken[value=***]";
    }
}
