package io.github.wxlogistics.internal.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.wxlogistics.internal.push.PushRejectedException.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The acceptance vectors, and each malformed ciphertext refused with its own reason. */
public class PushCryptoTest {

    public static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    public static final String APP_ID = "wxb11529c136998cb6";
    static final String MESSAGE = "我是中文abcd123";
    static final String VECTOR =
            "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==";

    private final PushCrypto crypto = PushCrypto.create(AES_KEY, APP_ID).withRandom(fixedPrefix("aaaabbbbccccdddd"));

    /** A random source whose every nextBytes call yields the given ASCII text. */
    static Random fixedPrefix(String ascii) {
        return new Random() {
            private static final long serialVersionUID = 1L;

            @Override
            public void nextBytes(byte[] bytes) {
                byte[] source = ascii.getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = source[i % source.length];
                }
            }
        };
    }

    @Test
    void signatureVectorFromTheMessagePushPage() {
        assertThat(PushSignature.sign("AAAAA", "1714036504", "1514711492"))
                .isEqualTo("f464b24fc39322e44b38aa78f5edd27bd1441696");
    }

    @Test
    void signatureIsOverTheSortedValuesSoOrderDoesNotMatter() {
        assertThat(PushSignature.signMessage("t", "2", "1", "enc"))
                .isEqualTo(PushSignature.signMessage("enc", "1", "2", "t"))
                .isNotEqualTo(PushSignature.sign("t", "2", "1"));
    }

    @Test
    void signaturesCompareIgnoringHexCaseAndNeverMatchNull() {
        String signature = PushSignature.sign("AAAAA", "1714036504", "1514711492");
        assertThat(PushSignature.matches(signature, signature.toUpperCase())).isTrue();
        assertThat(PushSignature.matches(signature, signature.substring(1))).isFalse();
        assertThat(PushSignature.matches(signature, null)).isFalse();
    }

    @Test
    void encryptsTheVector() {
        assertThat(crypto.encrypt(MESSAGE)).isEqualTo(VECTOR);
    }

    @Test
    void decryptsTheVector() {
        assertThat(PushCrypto.create(AES_KEY, APP_ID).decrypt(VECTOR)).isEqualTo(MESSAGE);
    }

    @Test
    void randomPrefixesDifferButDecryptToTheSameMessage() {
        PushCrypto secure = PushCrypto.create(AES_KEY, APP_ID);
        String first = secure.encrypt(MESSAGE);
        String second = secure.encrypt(MESSAGE);
        assertThat(first).isNotEqualTo(second);
        assertThat(secure.decrypt(first)).isEqualTo(secure.decrypt(second)).isEqualTo(MESSAGE);
    }

    @Test
    void paddingFillsAWholeBlockWhenTheTextIsAlreadyAligned() {
        // 16 + 4 + 8 + 4 = 32 bytes: PKCS#7 adds a full block of 32.
        PushCrypto fourCharAppId = PushCrypto.create(AES_KEY, "wxab");
        String encrypted = fourCharAppId.encrypt("12345678");
        assertThat(Base64.getDecoder().decode(encrypted)).hasSize(64);
        assertThat(fourCharAppId.decrypt(encrypted)).isEqualTo("12345678");
    }

    @Test
    void refusesAnotherAppId() {
        String forOther = PushCrypto.create(AES_KEY, "wx0000000000000000").encrypt(MESSAGE);
        assertRefused(forOther, Reason.APP_ID, "another AppID (this receiver is configured for " + APP_ID + ")");
    }

    @Test
    void refusesTruncatedBase64() {
        assertRefused(VECTOR.substring(0, VECTOR.length() - 3), Reason.DECRYPTION, "not valid Base64");
    }

    @Test
    void refusesBase64ThatIsNotWholeBlocks() {
        String shortened = Base64.getEncoder().encodeToString(Arrays.copyOf(Base64.getDecoder().decode(VECTOR), 40));
        assertRefused(shortened, Reason.DECRYPTION, "not a whole number of AES blocks");
    }

    @Test
    void refusesBadPadding() {
        byte[] plain = layout(MESSAGE.getBytes(StandardCharsets.UTF_8).length, MESSAGE, APP_ID, 0);
        plain[plain.length - 1] = 33;
        assertRefused(encryptRaw(plain), Reason.DECRYPTION, "bad padding");

        byte[] uneven = layout(MESSAGE.getBytes(StandardCharsets.UTF_8).length, MESSAGE, APP_ID, 0);
        uneven[uneven.length - 2] ^= 1;
        assertRefused(encryptRaw(uneven), Reason.DECRYPTION, "bad padding");
    }

    @Test
    void refusesALengthFieldPastTheEnd() {
        assertRefused(encryptRaw(layout(1000, MESSAGE, APP_ID, 0)), Reason.DECRYPTION, "points past the end");
        assertRefused(encryptRaw(layout(-1, MESSAGE, APP_ID, 0)), Reason.DECRYPTION, "points past the end");
    }

    @Test
    void refusesAMessageShorterThanItsHeader() {
        byte[] plain = new byte[32];
        Arrays.fill(plain, 16, 32, (byte) 16);
        assertRefused(encryptRaw(plain), Reason.DECRYPTION, "shorter than its header");
    }

    @Test
    void keysAreCheckedWithoutQuotingThem() {
        String tooShort = AES_KEY.substring(1);
        String notBase64 = "!" + AES_KEY.substring(1);
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> PushCrypto.create(tooShort, APP_ID)))
                .hasMessageContaining("43 characters").hasMessageNotContaining(tooShort);
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> PushCrypto.create(notBase64, APP_ID)))
                .hasMessageContaining("not Base64").hasMessageNotContaining(notBase64);
        assertThat(crypto.toString()).contains(APP_ID).doesNotContain(AES_KEY);
    }

    private void assertRefused(String encrypted, Reason reason, String detail) {
        PushRejectedException refused = catchThrowableOfType(PushRejectedException.class, () -> crypto.decrypt(encrypted));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.reason()).isEqualTo(reason);
        assertThat(refused.detail()).contains(detail);
        assertThat(refused.getMessage()).doesNotContain(AES_KEY).doesNotContain(MESSAGE);
    }

    /** random(16) + length field + message + appid, PKCS#7-padded to 32 unless {@code pad} says otherwise. */
    public static byte[] layout(int lengthField, String message, String appId, int pad) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        byte[] app = appId.getBytes(StandardCharsets.UTF_8);
        int unpadded = 20 + text.length + app.length;
        int padding = pad > 0 ? pad : 32 - unpadded % 32;
        ByteBuffer out = ByteBuffer.allocate(unpadded + padding);
        out.put("aaaabbbbccccdddd".getBytes(StandardCharsets.US_ASCII)).putInt(lengthField).put(text).put(app);
        while (out.hasRemaining()) {
            out.put((byte) padding);
        }
        return out.array();
    }

    public static String encryptRaw(byte[] plain) {
        try {
            byte[] key = Base64.getDecoder().decode(AES_KEY + "=");
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return Base64.getEncoder().encodeToString(cipher.doFinal(plain));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
