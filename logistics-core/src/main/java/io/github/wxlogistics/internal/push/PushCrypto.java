package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.internal.push.PushRejectedException.Reason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.random.RandomGenerator;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The message encryption of compatible and safe mode (WeChat's "message encryption technical plan").
 * <ul>
 *   <li>Key: AESKey = Base64-decode(EncodingAESKey + "="), 32 bytes from the 43-character
 *       EncodingAESKey of the mini program's console.</li>
 *   <li>Plaintext: 16 random bytes, the message's length in UTF-8 bytes as a 4-byte big-endian
 *       integer, the message (UTF-8), then the AppID (UTF-8).</li>
 *   <li>Padding: PKCS#7 to a multiple of 32 bytes (pad value 1 to 32), done here.</li>
 *   <li>Cipher: AES-256-CBC without padding, IV = the first 16 bytes of AESKey; {@code Encrypt}
 *       is the Base64 of the ciphertext.</li>
 * </ul>
 * Instances are immutable and safe for concurrent use if the random source is.
 * {@link #toString()} never shows the key.
 *
 * @see <a href="https://developers.weixin.qq.com/doc/oplatform/en/Third-party_Platforms/Message_Encryption/Technical_Plan.html">Message encryption technical plan</a>
 */
public final class PushCrypto {

    private static final int RANDOM_BYTES = 16;
    private static final int HEADER_BYTES = RANDOM_BYTES + 4;
    private static final int PAD_BLOCK = 32;
    private static final int AES_BLOCK = 16;

    private final SecretKeySpec key;
    private final IvParameterSpec iv;
    private final String appId;
    private final byte[] appIdBytes;
    private final RandomGenerator random;

    private PushCrypto(SecretKeySpec key, IvParameterSpec iv, String appId, RandomGenerator random) {
        this.key = key;
        this.iv = iv;
        this.appId = appId;
        this.appIdBytes = appId.getBytes(StandardCharsets.UTF_8);
        this.random = random;
    }

    /**
     * Message crypto for one mini program, with random prefixes from a new {@link SecureRandom}.
     *
     * @param encodingAesKey the 43-character EncodingAESKey from the console
     * @param appId          the mini program's AppID, appended on encryption and checked on decryption
     * @return the crypto
     * @throws IllegalArgumentException if the key is not 43 Base64 characters encoding 32 bytes,
     *     or the AppID is blank; the message never contains the key
     */
    public static PushCrypto create(String encodingAesKey, String appId) {
        Objects.requireNonNull(encodingAesKey, "encodingAesKey");
        Objects.requireNonNull(appId, "appId");
        if (appId.isBlank()) {
            throw new IllegalArgumentException("appId must not be blank");
        }
        byte[] aesKey = aesKey(encodingAesKey);
        return new PushCrypto(new SecretKeySpec(aesKey, "AES"), new IvParameterSpec(aesKey, 0, AES_BLOCK), appId,
                new SecureRandom());
    }

    /**
     * This crypto with another source of the 16 random prefix bytes (tests use a fixed one to
     * reproduce a known ciphertext). Only {@link RandomGenerator#nextBytes(byte[])} is called.
     *
     * @param random the source; MUST be safe for concurrent use if this crypto is shared
     * @return a new crypto with the same key and AppID
     */
    public PushCrypto withRandom(RandomGenerator random) {
        return new PushCrypto(key, iv, appId, Objects.requireNonNull(random, "random"));
    }

    /**
     * The AppID this crypto appends and expects.
     *
     * @return the AppID
     */
    public String appId() {
        return appId;
    }

    /**
     * Encrypts a message.
     *
     * @param message the plaintext, such as a reply packet; encoded as UTF-8
     * @return the Base64 {@code Encrypt} value
     */
    public String encrypt(String message) {
        byte[] text = Objects.requireNonNull(message, "message").getBytes(StandardCharsets.UTF_8);
        int unpadded = HEADER_BYTES + text.length + appIdBytes.length;
        int pad = PAD_BLOCK - unpadded % PAD_BLOCK;
        ByteBuffer plain = ByteBuffer.allocate(unpadded + pad);
        byte[] prefix = new byte[RANDOM_BYTES];
        random.nextBytes(prefix);
        plain.put(prefix).putInt(text.length).put(text).put(appIdBytes);
        for (int i = 0; i < pad; i++) {
            plain.put((byte) pad);
        }
        return Base64.getEncoder().encodeToString(run(Cipher.ENCRYPT_MODE, plain.array()));
    }

    /**
     * Decrypts an {@code Encrypt} value and checks its AppID.
     *
     * @param encrypted the Base64 {@code Encrypt} value
     * @return the message
     * @throws PushRejectedException with {@link Reason#DECRYPTION} if the value is not Base64, not
     *     whole AES blocks, badly padded, too short, its length field points past the end or the
     *     message is not UTF-8; with {@link Reason#APP_ID} if it names another AppID
     */
    public String decrypt(String encrypted) {
        byte[] cipherText;
        try {
            cipherText = Base64.getDecoder().decode(Objects.requireNonNull(encrypted, "encrypted"));
        } catch (IllegalArgumentException e) {
            throw new PushRejectedException(Reason.DECRYPTION, "Encrypt is not valid Base64");
        }
        if (cipherText.length == 0 || cipherText.length % AES_BLOCK != 0) {
            throw new PushRejectedException(Reason.DECRYPTION,
                    "Encrypt is " + cipherText.length + " bytes, not a whole number of AES blocks");
        }
        byte[] plain = run(Cipher.DECRYPT_MODE, cipherText);
        int end = plain.length - padding(plain);
        if (end < HEADER_BYTES) {
            throw new PushRejectedException(Reason.DECRYPTION, "the decrypted message is shorter than its header");
        }
        long length = ByteBuffer.wrap(plain, RANDOM_BYTES, 4).getInt() & 0xFFFF_FFFFL;
        if (length > end - HEADER_BYTES) {
            throw new PushRejectedException(Reason.DECRYPTION,
                    "the length field (" + length + ") points past the end of the message");
        }
        int messageEnd = HEADER_BYTES + (int) length;
        if (!MessageDigest.isEqual(appIdBytes, Arrays.copyOfRange(plain, messageEnd, end))) {
            throw new PushRejectedException(Reason.APP_ID, "the message is for another AppID (this receiver is configured for "
                    + appId + ")");
        }
        return utf8(plain, HEADER_BYTES, (int) length);
    }

    @Override
    public String toString() {
        return "PushCrypto[appId=" + appId + ", key=***]";
    }

    /** What a decryption that yields garbage usually means; names the setting, never its value. */
    static final String KEY_HINT = " (is the EncodingAESKey here the one entered with this URL: 消息加密密钥 of the mini"
            + " program's message-push settings, or a third-party platform's 消息加解密Key?)";

    private static int padding(byte[] plain) {
        int pad = plain[plain.length - 1] & 0xFF;
        if (pad < 1 || pad > PAD_BLOCK || pad > plain.length) {
            throw new PushRejectedException(Reason.DECRYPTION, "bad padding: pad value " + pad + KEY_HINT);
        }
        for (int i = plain.length - pad; i < plain.length; i++) {
            if ((plain[i] & 0xFF) != pad) {
                throw new PushRejectedException(Reason.DECRYPTION, "bad padding: pad bytes differ" + KEY_HINT);
            }
        }
        return pad;
    }

    private byte[] run(int mode, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, key, iv);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // Lengths are checked before; this means the platform lacks AES-256-CBC.
            throw new IllegalStateException("AES/CBC/NoPadding with a 256-bit key is unavailable", e);
        }
    }

    private static String utf8(byte[] bytes, int offset, int length) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new PushRejectedException(Reason.DECRYPTION, "the decrypted message is not UTF-8");
        }
    }

    private static byte[] aesKey(String encodingAesKey) {
        if (encodingAesKey.length() != 43) {
            throw new IllegalArgumentException(
                    "the EncodingAESKey must be 43 characters, was " + encodingAesKey.length());
        }
        try {
            byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
            if (key.length == 32) {
                return key;
            }
        } catch (IllegalArgumentException e) {
            // Falls through: the decoder's message would quote the offending character.
        }
        throw new IllegalArgumentException("the EncodingAESKey is not Base64 of 32 bytes");
    }
}
