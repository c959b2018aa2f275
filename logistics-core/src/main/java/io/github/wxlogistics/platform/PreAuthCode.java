package io.github.wxlogistics.platform;

import java.time.Instant;
import java.util.Objects;

/**
 * A {@code pre_auth_code} from {@code api_create_preauthcode}, used once in the authorization link
 * a merchant's administrator opens. {@link #toString()} never shows the value.
 *
 * @param value     the code
 * @param expiresAt when WeChat stops accepting it (its {@code expires_in}, 1800 s, after the request was sent)
 * @see <a href="https://developers.weixin.qq.com/doc/oplatform/developers/dev/ThirdParty/token/pre_auth_code.html">api_create_preauthcode</a>
 */
public record PreAuthCode(String value, Instant expiresAt) {

    /**
     * Checks that both are present.
     *
     * @param value     the code
     * @param expiresAt when WeChat stops accepting it
     */
    public PreAuthCode {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "PreAuthCode[value=***, expiresAt=" + expiresAt + "]";
    }
}
