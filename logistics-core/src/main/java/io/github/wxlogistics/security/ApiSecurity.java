package io.github.wxlogistics.security;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of WeChat's API security ("服务端 API 签名加密"), as downloaded from the mini program's
 * admin console (开发 - 开发管理 - 开发设置 - API安全): the symmetric key and its number (sn), the
 * app's RSA private key and its number, and the platform certificates (by their numbers, as the
 * console shows them: several during a rotation). With it set on the client, every call's body is
 * encrypted (AES256_GCM) and signed (RSAwithSHA256, PSS padding, 32-byte salt), and every reply is
 * verified against the platform certificate named by its {@code Wechatmp-Serial} header, checked for
 * the AppID and its age, and decrypted, before anything is decoded.
 *
 * <p>Algorithms: AES256_GCM and RSAwithSHA256, with the JDK's own crypto. SM4_GCM and SM2withSM3
 * are not supported (they need Bouncy Castle); choose the AES/RSA pair in the console.
 *
 * <p>{@link #toString()} shows the AppID and key numbers only, never a key.
 *
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/getting_started/api_signature.html">服务端 API 签名指南</a>
 */
public final class ApiSecurity {

    /** How old a signed reply may be: the guide's 300 seconds. */
    public static final Duration DEFAULT_REPLY_MAX_AGE = Duration.ofSeconds(300);

    private final String appId;
    private final SecretKey symmetricKey;
    private final String symmetricKeySn;
    private final PrivateKey privateKey;
    private final String privateKeySn;
    private final Map<String, PublicKey> platformKeys;
    private final Duration replyMaxAge;
    private final Clock clock;

    private ApiSecurity(Builder b) {
        this.appId = b.appId;
        this.symmetricKey = b.symmetricKey;
        this.symmetricKeySn = b.symmetricKeySn;
        this.privateKey = b.privateKey;
        this.privateKeySn = b.privateKeySn;
        this.platformKeys = Map.copyOf(b.platformKeys);
        this.replyMaxAge = b.replyMaxAge;
        this.clock = b.clock;
    }

    /**
     * A builder; {@link Builder#build()} says every missing part at once.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the mini program's AppID, sent as {@code Wechatmp-Appid} and inside every ciphertext */
    public String appId() {
        return appId;
    }

    /** @return the AES-256 key (32 bytes) */
    public SecretKey symmetricKey() {
        return symmetricKey;
    }

    /** @return the symmetric key's number from the console, part of the GCM additional data */
    public String symmetricKeySn() {
        return symmetricKeySn;
    }

    /** @return the app's RSA private key, which signs requests */
    public PrivateKey privateKey() {
        return privateKey;
    }

    /** @return the private key's number from the console (said in errors; not sent) */
    public String privateKeySn() {
        return privateKeySn;
    }

    /**
     * The platform's public key with this number, to verify a reply.
     *
     * @param sn the number in the reply's {@code Wechatmp-Serial} header
     * @return the key, or {@code null} when no certificate with that number is configured
     */
    public PublicKey platformKey(String sn) {
        return sn == null ? null : platformKeys.get(sn);
    }

    /** @return the numbers of the configured platform certificates */
    public java.util.Set<String> platformKeySns() {
        return platformKeys.keySet();
    }

    /** @return how old a signed reply may be before it is refused (default 300 s) */
    public Duration replyMaxAge() {
        return replyMaxAge;
    }

    /** @return the clock timestamps are taken from (the system clock by default) */
    public Clock clock() {
        return clock;
    }

    @Override
    public String toString() {
        return "ApiSecurity[appId=" + appId + ", symmetricKeySn=" + symmetricKeySn + ", privateKeySn=" + privateKeySn
                + ", platformKeySns=" + new java.util.TreeSet<>(platformKeys.keySet()) + ", AES256_GCM/RSAwithSHA256]";
    }

    /** Builds {@link ApiSecurity}; not thread-safe. Every key method says its format. */
    public static final class Builder {
        private String appId;
        private SecretKey symmetricKey;
        private String symmetricKeySn;
        private PrivateKey privateKey;
        private String privateKeySn;
        private final Map<String, PublicKey> platformKeys = new LinkedHashMap<>();
        private Duration replyMaxAge = DEFAULT_REPLY_MAX_AGE;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * @param value the mini program's AppID (required)
         * @return this builder
         */
        public Builder appId(String value) {
            this.appId = Objects.requireNonNull(value, "appId");
            return this;
        }

        /**
         * The symmetric key as the console shows it: Base64 of 32 bytes (AES256_GCM).
         *
         * @param base64 the key, Base64 (44 characters)
         * @param sn     its number from the console
         * @return this builder
         * @throws IllegalArgumentException if the key is not Base64 of 32 bytes (the message never shows it)
         */
        public Builder symmetricKey(String base64, String sn) {
            Objects.requireNonNull(base64, "symmetricKey");
            byte[] key;
            try {
                key = Base64.getDecoder().decode(base64.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("symmetricKey must be Base64 (as the console shows it)", null);
            }
            if (key.length != 32) {
                throw new IllegalArgumentException("symmetricKey must decode to 32 bytes for AES256_GCM, was " + key.length);
            }
            this.symmetricKey = new SecretKeySpec(key, "AES");
            this.symmetricKeySn = requireSn(sn, "symmetricKey");
            return this;
        }

        /**
         * The app's RSA private key as downloaded: PEM, PKCS#1 ({@code BEGIN RSA PRIVATE KEY}) or
         * PKCS#8 ({@code BEGIN PRIVATE KEY}).
         *
         * @param pem the key in PEM
         * @param sn  its number from the console
         * @return this builder
         * @throws IllegalArgumentException if the PEM holds no usable RSA private key (the message never shows it)
         */
        public Builder privateKey(String pem, String sn) {
            Objects.requireNonNull(pem, "privateKey");
            byte[] der = Pem.body(pem, "PRIVATE KEY", "privateKey");
            if (pem.contains("BEGIN RSA PRIVATE KEY")) {
                der = Pem.pkcs1ToPkcs8(der);
            }
            try {
                return privateKey(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)), sn);
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("privateKey is not an RSA private key in PEM (PKCS#1 or PKCS#8)", null);
            }
        }

        /**
         * The app's RSA private key.
         *
         * @param key the key
         * @param sn  its number from the console
         * @return this builder
         */
        public Builder privateKey(PrivateKey key, String sn) {
            this.privateKey = Objects.requireNonNull(key, "privateKey");
            if (!"RSA".equals(key.getAlgorithm())) {
                throw new IllegalArgumentException("privateKey must be an RSA key (RSAwithSHA256), was " + key.getAlgorithm());
            }
            this.privateKeySn = requireSn(sn, "privateKey");
            return this;
        }

        /**
         * A platform certificate as downloaded (PEM {@code BEGIN CERTIFICATE}), or the platform's
         * public key (PEM {@code BEGIN PUBLIC KEY}); call once per certificate during a rotation.
         *
         * @param pem the certificate or public key, PEM
         * @param sn  its number from the console (not the serial inside the certificate)
         * @return this builder
         * @throws IllegalArgumentException if the PEM holds neither
         */
        public Builder platformCertificate(String pem, String sn) {
            Objects.requireNonNull(pem, "platformCertificate");
            try {
                if (pem.contains("BEGIN CERTIFICATE")) {
                    PublicKey key = CertificateFactory.getInstance("X.509")
                            .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
                            .getPublicKey();
                    return platformKey(key, sn);
                }
                byte[] der = Pem.body(pem, "PUBLIC KEY", "platformCertificate");
                return platformKey(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)), sn);
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("platformCertificate " + sn + " is neither an X.509 certificate nor an RSA"
                        + " public key in PEM", e);
            }
        }

        /**
         * The platform's public key with its number.
         *
         * @param key the RSA public key
         * @param sn  its number from the console
         * @return this builder
         */
        public Builder platformKey(PublicKey key, String sn) {
            platformKeys.put(requireSn(sn, "platformCertificate"), Objects.requireNonNull(key, "platformKey"));
            return this;
        }

        /**
         * @param value how old a signed reply may be (default 300 s, the guide's); positive
         * @return this builder
         */
        public Builder replyMaxAge(Duration value) {
            if (Objects.requireNonNull(value, "replyMaxAge").isNegative() || value.isZero()) {
                throw new IllegalArgumentException("replyMaxAge must be positive, was " + value);
            }
            this.replyMaxAge = value;
            return this;
        }

        /**
         * @param value where timestamps come from (tests use a fixed one)
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @return the settings
         * @throws IllegalStateException naming every missing part
         */
        public ApiSecurity build() {
            java.util.List<String> missing = new java.util.ArrayList<>();
            if (appId == null || appId.isBlank()) {
                missing.add("appId");
            }
            if (symmetricKey == null) {
                missing.add("symmetricKey (Base64 and its sn)");
            }
            if (privateKey == null) {
                missing.add("privateKey (PEM and its sn)");
            }
            if (platformKeys.isEmpty()) {
                missing.add("platformCertificate (PEM and its sn)");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("ApiSecurity needs " + String.join(", ", missing)
                        + ": download them from the admin console, 开发 - 开发管理 - 开发设置 - API安全");
            }
            return new ApiSecurity(this);
        }

        private static String requireSn(String sn, String of) {
            if (sn == null || sn.isBlank()) {
                throw new IllegalArgumentException(of + " needs its number (sn) from the console");
            }
            return sn;
        }
    }
}
