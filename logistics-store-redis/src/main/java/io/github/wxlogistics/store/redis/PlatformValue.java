package io.github.wxlogistics.store.redis;

import io.github.wxlogistics.spi.ComponentTicket;
import io.github.wxlogistics.spi.RefreshToken;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The values of {@link RedisPlatformStore}'s keys: a ticket {@code v1:<created epoch ms>:<ticket>}
 * and a refresh token {@code v1:<refresh token>}. A value that is absent, not ours or of another
 * layout reads as none.
 */
final class PlatformValue {

    private PlatformValue() {
    }

    static byte[] encode(ComponentTicket ticket) {
        return ("v1:" + ticket.createdAt().toEpochMilli() + ":" + ticket.value()).getBytes(StandardCharsets.UTF_8);
    }

    static String text(RefreshToken token) {
        return "v1:" + token.value();
    }

    static byte[] encode(RefreshToken token) {
        return text(token).getBytes(StandardCharsets.UTF_8);
    }

    static ComponentTicket ticket(byte[] raw) {
        if (raw == null) {
            return null;
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        int second = text.indexOf(':', 3);
        if (!text.startsWith("v1:") || second < 0 || second == text.length() - 1) {
            return null;
        }
        try {
            return new ComponentTicket(text.substring(second + 1),
                    Instant.ofEpochMilli(Long.parseLong(text.substring(3, second))));
        } catch (RuntimeException e) {
            return null;
        }
    }

    static RefreshToken refreshToken(byte[] raw) {
        if (raw == null) {
            return null;
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        return text.startsWith("v1:") && !text.substring(3).isBlank() ? new RefreshToken(text.substring(3)) : null;
    }
}
