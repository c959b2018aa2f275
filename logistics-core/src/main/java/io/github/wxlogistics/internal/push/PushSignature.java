package io.github.wxlogistics.internal.push;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The signatures WeChat puts on a push and expects on an encrypted reply: the lower-case hex
 * SHA-1 of the lexicographically sorted values, concatenated.
 * <ul>
 *   <li>{@code signature} (URL check and every push): Token, timestamp, nonce;</li>
 *   <li>{@code msg_signature} (compatible and safe mode) and a reply's {@code MsgSignature}:
 *       Token, timestamp, nonce and the {@code Encrypt} value.</li>
 * </ul>
 * Example from the official message-push page: Token {@code AAAAA}, timestamp
 * {@code 1714036504}, nonce {@code 1514711492} sign to
 * {@code f464b24fc39322e44b38aa78f5edd27bd1441696}.
 *
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/framework/server-ability/message-push.html">Message push (消息推送)</a>
 */
public final class PushSignature {

    private PushSignature() {
    }

    /**
     * The {@code signature} of a URL check or push.
     *
     * @param token     the push Token configured in the mini program's console
     * @param timestamp the {@code timestamp} query parameter, as sent (Unix seconds)
     * @param nonce     the {@code nonce} query parameter, as sent
     * @return 40 lower-case hex digits
     */
    public static String sign(String token, String timestamp, String nonce) {
        return sha1OfSorted(Objects.requireNonNull(token, "token"), Objects.requireNonNull(timestamp, "timestamp"),
                Objects.requireNonNull(nonce, "nonce"));
    }

    /**
     * The {@code msg_signature} of an encrypted push, or the {@code MsgSignature} of an encrypted reply.
     *
     * @param token     the push Token
     * @param timestamp the timestamp, as sent (Unix seconds)
     * @param nonce     the nonce, as sent
     * @param encrypt   the Base64 {@code Encrypt} value
     * @return 40 lower-case hex digits
     */
    public static String signMessage(String token, String timestamp, String nonce, String encrypt) {
        return sha1OfSorted(Objects.requireNonNull(token, "token"), Objects.requireNonNull(timestamp, "timestamp"),
                Objects.requireNonNull(nonce, "nonce"), Objects.requireNonNull(encrypt, "encrypt"));
    }

    /**
     * Compares a computed signature with a received one in time independent of where they
     * differ ({@link MessageDigest#isEqual}). Hex case is ignored; {@code null} never matches.
     *
     * @param expected the signature computed here
     * @param received the signature from the request, may be {@code null}
     * @return whether they are the same
     */
    public static boolean matches(String expected, String received) {
        Objects.requireNonNull(expected, "expected");
        if (received == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8),
                received.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    private static String sha1OfSorted(String... parts) {
        Arrays.sort(parts);
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
        for (String part : parts) {
            sha1.update(part.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha1.digest());
    }
}
