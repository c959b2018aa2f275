package io.github.wxlogistics.testkit.internal;

import io.github.wxlogistics.error.ApiSecurityException;
import io.github.wxlogistics.internal.security.SecureChannel;
import io.github.wxlogistics.security.ApiSecurity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;

/**
 * WeChat's side of API security for one AppID, with keys the fake makes at start: the symmetric
 * key, the app's key pair (its private key goes to the client under test) and the platform's key
 * pair (its public key is what the client trusts). Opens sealed requests and seals replies with the
 * core's own channel, roles swapped.
 */
public final class FakeApiSecurity {

    /** The numbers the console would show for the three keys. */
    public static final String SYMMETRIC_SN = "fake-symmetric-1";
    public static final String APP_KEY_SN = "fake-app-key-1";
    public static final String PLATFORM_SN = "fake-platform-1";

    private final ApiSecurity client;
    private final SecureChannel platform;
    private final KeyPair app;
    private final KeyPair platformKeys;
    private final String symmetricBase64;

    private FakeApiSecurity(String appId, Clock clock, KeyPair app, KeyPair platformKeys, String symmetricBase64) {
        this.app = app;
        this.platformKeys = platformKeys;
        this.symmetricBase64 = symmetricBase64;
        this.client = ApiSecurity.builder().appId(appId).symmetricKey(symmetricBase64, SYMMETRIC_SN)
                .privateKey(app.getPrivate(), APP_KEY_SN).platformKey(platformKeys.getPublic(), PLATFORM_SN).build();
        this.platform = SecureChannel.of(ApiSecurity.builder().appId(appId).symmetricKey(symmetricBase64, SYMMETRIC_SN)
                .privateKey(platformKeys.getPrivate(), PLATFORM_SN).platformKey(app.getPublic(), APP_KEY_SN)
                .clock(clock).build());
    }

    /** New keys for {@code appId}; replies are timestamped with {@code clock}. */
    public static FakeApiSecurity generate(String appId, Clock clock) {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            byte[] symmetric = new byte[32];
            new SecureRandom().nextBytes(symmetric);
            return new FakeApiSecurity(appId, clock, rsa.generateKeyPair(), rsa.generateKeyPair(),
                    Base64.getEncoder().encodeToString(symmetric));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make RSA keys", e);
        }
    }

    /** What the client under test configures: the app's keys and the fake platform's public key. */
    public ApiSecurity clientSettings() {
        return client;
    }

    /**
     * The plaintext of a sealed request to {@code urlPath} ({@code http://host:port/path}, as the
     * client computed it from its base URI).
     *
     * @throws ApiError 40234 with a hint when the request is plain, badly signed, stale or wrongly encrypted
     */
    public byte[] open(String urlPath, Map<String, String> headers, byte[] body) {
        if (headers.get("Wechatmp-Signature") == null) {
            throw ApiError.withHint(40234, "API security is on for this AppID: the request must be encrypted and signed"
                    + " (Wechatmp-Signature missing)");
        }
        try {
            return platform.open("request", urlPath, headers.get("Wechatmp-Appid"), headers.get("Wechatmp-TimeStamp"),
                    APP_KEY_SN, headers.get("Wechatmp-Signature"), body);
        } catch (ApiSecurityException e) {
            throw ApiError.withHint(40234, e.getMessage().replace("request reply refused by API security: the reply",
                    "the request"));
        }
    }

    /** A reply body and its {@code Wechatmp-*} headers, sealed and signed by the fake platform. */
    public SecureChannel.Sealed seal(String urlPath, byte[] json) {
        SecureChannel.Sealed sealed = platform.seal(urlPath, json);
        Map<String, String> headers = new java.util.HashMap<>(sealed.headers());
        headers.put("Wechatmp-Serial", PLATFORM_SN);
        return new SecureChannel.Sealed(sealed.body(), Map.copyOf(headers));
    }

    /**
     * Writes what a client in any language needs: {@code symmetric-key.txt} (Base64, then its sn),
     * {@code app-private-key.pem} (PKCS#8) with {@code app-key-sn.txt}, and
     * {@code platform-public-key.pem} with {@code platform-sn.txt}.
     */
    public void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("symmetric-key.txt"), symmetricBase64 + "\n" + SYMMETRIC_SN + "\n");
        Files.writeString(dir.resolve("app-private-key.pem"), pem("PRIVATE KEY", app.getPrivate().getEncoded()));
        Files.writeString(dir.resolve("app-key-sn.txt"), APP_KEY_SN + "\n");
        Files.writeString(dir.resolve("platform-public-key.pem"), pem("PUBLIC KEY", platformKeys.getPublic().getEncoded()));
        Files.writeString(dir.resolve("platform-sn.txt"), PLATFORM_SN + "\n");
    }

    private static String pem(String kind, byte[] der) {
        return "-----BEGIN " + kind + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + kind + "-----\n";
    }

    @Override
    public String toString() {
        return "FakeApiSecurity[" + client + "]";
    }
}
