package io.github.wxlogistics.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * An access token and the instant after which it must not be used. {@link #toString()} never
 * shows the value.
 *
 * @param value     the token as WeChat issued it
 * @param expiresAt when the token stops being usable (already shortened by any safety margin)
 */
public record AccessToken(String value, Instant expiresAt) {

    /**
     * Checks that the value is present and not blank.
     *
     * @param value the token as WeChat issued it
     * @param expiresAt when the token stops being usable (already shortened by any safety margin)
     */
    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (value.isBlank()) {
            throw new IllegalArgumentException("access token value must not be blank");
        }
    }

    /**
     * A token that never expires, for tokens managed outside this library.
     *
     * @param value the token as WeChat issued it
     * @return a token that never expires, for tokens managed outside this library
     */
    public static AccessToken fixed(String value) {
        return new AccessToken(value, Instant.MAX);
    }

    /**
     * Whether the token may still be used at {@code now}.
     *
     * @param now the instant to check against {@code expiresAt}
     * @return whether the token may still be used at {@code now}
     */
    public boolean isUsableAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "AccessToken[value=***, expiresAt=" + expiresAt + "]";
    }
}
