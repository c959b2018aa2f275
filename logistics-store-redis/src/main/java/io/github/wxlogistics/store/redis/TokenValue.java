package io.github.wxlogistics.store.redis;

import io.github.wxlogistics.spi.AccessToken;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The value of a token key: {@code v1:<expiresAt epoch ms>:<access token>}. */
final class TokenValue {

    private TokenValue() {
    }

    static byte[] encode(AccessToken token) {
        return ("v1:" + token.expiresAt().toEpochMilli() + ":" + token.value()).getBytes(StandardCharsets.UTF_8);
    }

    /** The token, or null for a value that is absent, not ours or of another layout (fetched again and overwritten). */
    static AccessToken decode(byte[] raw) {
        if (raw == null) {
            return null;
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        int first = text.indexOf(':');
        int second = first < 0 ? -1 : text.indexOf(':', first + 1);
        if (second < 0 || !text.startsWith("v1:") || second == text.length() - 1) {
            return null;
        }
        try {
            return new AccessToken(text.substring(second + 1),
                    Instant.ofEpochMilli(Long.parseLong(text.substring(first + 1, second))));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
