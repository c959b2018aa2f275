package io.github.wxlogistics.internal.security;

import io.github.wxlogistics.error.ApiSecurityException;
import io.github.wxlogistics.security.ApiSecurity;
import io.github.wxlogistics.spi.TransportResponse;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * WeChat's API security for one client: seals a request (the JSON body with {@code _n},
 * {@code _appid} and {@code _timestamp} first, AES256_GCM with additional data
 * {@code urlpath|appid|timestamp|sn}, sent as {@code {"iv","data","authtag"}} and signed with
 * RSASSA-PSS over {@code urlpath\nappid\ntimestamp\nbody}), and opens a reply (signature verified
 * against the platform key its {@code Wechatmp-Serial} names, AppID and age checked, then
 * decrypted, and its {@code _appid}/{@code _timestamp} checked against the headers). A reply that
 * fails any check is an {@link ApiSecurityException} and is never decoded.
 */
public final class SecureChannel {

    static final String APPID = "Wechatmp-Appid";
    static final String TIMESTAMP = "Wechatmp-TimeStamp";
    static final String SIGNATURE = "Wechatmp-Signature";
    static final String SERIAL = "Wechatmp-Serial";
    private static final int TAG_BITS = 128;
    private static final int IV_BYTES = 12;

    private final ApiSecurity security;
    private final RandomGenerator random;

    private SecureChannel(ApiSecurity security, RandomGenerator random) {
        this.security = security;
        this.random = random;
    }

    /** A channel with random IVs and nonces from a new {@link SecureRandom}. */
    public static SecureChannel of(ApiSecurity security) {
        return new SecureChannel(Objects.requireNonNull(security, "security"), new SecureRandom());
    }

    /** The settings. */
    public ApiSecurity security() {
        return security;
    }

    /**
     * A sealed request.
     *
     * @param body    the JSON to send in place of the request's own
     * @param headers the {@code Wechatmp-*} headers to add
     */
    public record Sealed(byte[] body, Map<String, String> headers) {
    }

    /** Seals {@code json} (a JSON object; {@code null} for a call without a body) for {@code urlPath} now. */
    public Sealed seal(String urlPath, byte[] json) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        return seal(urlPath, json, security.clock().instant().getEpochSecond(), iv,
                Base64.getEncoder().withoutPadding().encodeToString(nonce));
    }

    /** Seals with a given timestamp, IV and nonce (the guide's worked example fixes them). */
    public Sealed seal(String urlPath, byte[] json, long timestamp, byte[] iv, String nonce) {
        String original = json == null ? "{}" : new String(json, StandardCharsets.UTF_8).strip();
        if (!original.startsWith("{") || !original.endsWith("}")) {
            throw ApiSecurityException.notSent("API security seals a JSON object body only", null);
        }
        String rest = original.substring(1).strip();
        String plain = "{\"_n\":\"" + nonce + "\",\"_appid\":\"" + security.appId() + "\",\"_timestamp\":" + timestamp
                + (rest.equals("}") ? "}" : "," + rest);
        byte[] sealed;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, security.symmetricKey(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(urlPath, timestamp));
            sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw ApiSecurityException.notSent("the request could not be encrypted with the symmetric key "
                    + security.symmetricKeySn() + " (" + e.getClass().getSimpleName() + ")", null);
        }
        int dataLength = sealed.length - TAG_BITS / 8;
        Base64.Encoder b64 = Base64.getEncoder();
        byte[] data = java.util.Arrays.copyOf(sealed, dataLength);
        byte[] tag = java.util.Arrays.copyOfRange(sealed, dataLength, sealed.length);
        byte[] body = ("{\"iv\":\"" + b64.encodeToString(iv) + "\",\"data\":\"" + b64.encodeToString(data)
                + "\",\"authtag\":\"" + b64.encodeToString(tag) + "\"}").getBytes(StandardCharsets.UTF_8);
        String signature;
        try {
            Signature signer = pss();
            signer.initSign(security.privateKey());
            signer.update(signed(urlPath, timestamp, body));
            signature = b64.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw ApiSecurityException.notSent("the request could not be signed with the private key "
                    + security.privateKeySn() + " (" + e.getClass().getSimpleName() + ")", null);
        }
        return new Sealed(body, Map.of(APPID, security.appId(), TIMESTAMP, Long.toString(timestamp), SIGNATURE, signature));
    }

    /**
     * The plaintext JSON of a 200 reply to a request for {@code urlPath}, after every check.
     *
     * @throws ApiSecurityException naming the check that failed
     */
    public byte[] open(String operation, String urlPath, TransportResponse response) {
        return open(operation, urlPath, response.header(APPID).orElse(null), response.header(TIMESTAMP).orElse(null),
                response.header(SERIAL).orElse(null), response.header(SIGNATURE).orElse(null), response.body());
    }

    /**
     * The plaintext JSON of a sealed message given its parts: for a reply, its headers; for the
     * fake server opening a request, the request's headers and the signer's key number.
     *
     * @throws ApiSecurityException naming the check that failed
     */
    public byte[] open(String operation, String urlPath, String appId, String timestamp, String serial, String signature,
            byte[] body) {
        if (signature == null || timestamp == null || serial == null) {
            throw refused(operation, "the reply is not signed (no Wechatmp-Signature, Wechatmp-TimeStamp or"
                    + " Wechatmp-Serial header): is API security switched on for " + security.appId() + " in the console?");
        }
        if (!security.appId().equals(appId)) {
            throw refused(operation, "the reply is signed for AppID " + appId + ", not " + security.appId());
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw refused(operation, "the reply's Wechatmp-TimeStamp is not a number");
        }
        long age = security.clock().instant().getEpochSecond() - ts;
        if (age > security.replyMaxAge().toSeconds()) {
            throw refused(operation, "the reply is " + age + " s old, more than " + security.replyMaxAge().toSeconds()
                    + " s (replayed, or this machine's clock is off)");
        }
        PublicKey platform = security.platformKey(serial);
        if (platform == null) {
            throw refused(operation, "the reply is signed with platform certificate " + serial + ", which is not configured"
                    + " (configured: " + new java.util.TreeSet<>(security.platformKeySns()) + "); download the new one from"
                    + " the console");
        }
        boolean verified;
        try {
            Signature verifier = pss();
            verifier.initVerify(platform);
            verifier.update(signed(urlPath, ts, body));
            verified = verifier.verify(Base64.getDecoder().decode(signature.strip()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            verified = false;
        }
        if (!verified) {
            throw refused(operation, "the reply's signature does not verify against platform certificate " + serial);
        }
        return decrypt(operation, urlPath, ts, body);
    }

    private byte[] decrypt(String operation, String urlPath, long ts, byte[] body) {
        JsonObject envelope;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            envelope = reader.readObject();
        } catch (RuntimeException e) {
            throw refused(operation, "the signed reply is not the {\"iv\",\"data\",\"authtag\"} envelope");
        }
        byte[] plain;
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] iv = b64.decode(envelope.getString("iv"));
            byte[] data = b64.decode(envelope.getString("data"));
            byte[] tag = b64.decode(envelope.getString("authtag"));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, security.symmetricKey(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(urlPath, ts));
            cipher.update(data);
            plain = cipher.doFinal(tag);
        } catch (AEADBadTagException e) {
            throw refused(operation, "the reply's ciphertext does not authenticate with symmetric key "
                    + security.symmetricKeySn() + " (wrong key, or altered)");
        } catch (GeneralSecurityException | RuntimeException e) {
            throw refused(operation, "the signed reply's envelope cannot be decrypted (" + e.getClass().getSimpleName() + ")");
        }
        checkInner(operation, ts, plain);
        return plain;
    }

    /** The plaintext's own {@code _appid} and {@code _timestamp} must match the signed headers. */
    private void checkInner(String operation, long ts, byte[] plain) {
        JsonObject inner;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(plain))) {
            inner = reader.readObject();
        } catch (RuntimeException e) {
            return;   // not an object: the codec reports it as the DecodeException it is
        }
        JsonValue appId = inner.get("_appid");
        JsonValue timestamp = inner.get("_timestamp");
        if (!(appId instanceof JsonString s) || !s.getString().equals(security.appId())) {
            throw refused(operation, "the decrypted reply is for another AppID");
        }
        if (!(timestamp instanceof JsonNumber n) || n.longValue() != ts) {
            throw refused(operation, "the decrypted reply's _timestamp differs from its signed Wechatmp-TimeStamp");
        }
    }

    private static ApiSecurityException refused(String operation, String why) {
        return ApiSecurityException.replyRefused(operation + " reply refused by API security: " + why, null);
    }

    private byte[] aad(String urlPath, long timestamp) {
        return (urlPath + "|" + security.appId() + "|" + timestamp + "|" + security.symmetricKeySn())
                .getBytes(StandardCharsets.UTF_8);
    }

    private byte[] signed(String urlPath, long timestamp, byte[] body) {
        byte[] head = (urlPath + "\n" + security.appId() + "\n" + timestamp + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    /** RSASSA-PSS with SHA-256, MGF1 with SHA-256, a 32-byte salt: the guide's RSAwithSHA256. */
    private static Signature pss() throws GeneralSecurityException {
        Signature signature = Signature.getInstance("RSASSA-PSS");
        signature.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        return signature;
    }
}
