package io.github.wxlogistics.testkit;

import io.github.wxlogistics.event.PushFormat;
import io.github.wxlogistics.internal.push.PushCrypto;
import io.github.wxlogistics.event.PushMode;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A push URL as a mini program configures it in its console (开发管理 - 消息推送): where
 * {@link FakeWeChatServer} sends events, with the Token that signs them, the EncodingAESKey and
 * AppID that encrypt them in compatible and safe mode, the mode and the format.
 *
 * <pre>{@code
 * PushEndpoint courier = PushEndpoint.builder(URI.create("http://127.0.0.1:9000/push"))
 *         .token(token).encodingAesKey(aesKey).appId("wxcourier")   // safe mode by default with a key
 *         .format(PushFormat.JSON)
 *         .build();
 * }</pre>
 *
 * <p>Immutable. {@link #toString()} never shows the Token or the EncodingAESKey.
 */
public final class PushEndpoint {

    private final URI url;
    private final String token;
    private final String encodingAesKey;
    private final String appId;
    private final PushMode mode;
    private final PushFormat format;
    private final String toUserName;

    private PushEndpoint(Builder b, PushMode mode) {
        this.url = b.url;
        this.token = b.token;
        this.encodingAesKey = b.encodingAesKey;
        this.appId = b.appId;
        this.mode = mode;
        this.format = b.format;
        this.toUserName = b.toUserName;
    }

    /**
     * A builder for pushes to {@code url}; {@link Builder#token} is required.
     *
     * @param url the push URL, {@code http} or {@code https}
     * @return a new builder
     * @throws NullPointerException if {@code url} is null
     * @throws IllegalArgumentException if {@code url} is not an absolute http or https URL
     */
    public static Builder builder(URI url) {
        return new Builder(url);
    }

    /**
     * The push URL.
     *
     * @return the URL pushes are POSTed to, with their query parameters added
     */
    public URI url() {
        return url;
    }

    /**
     * The encryption mode.
     *
     * @return the mode
     */
    public PushMode mode() {
        return mode;
    }

    /**
     * The format of pushes and of the replies expected.
     *
     * @return the format
     */
    public PushFormat format() {
        return format;
    }

    /**
     * The AppID the pushes are encrypted for, if set; a merchant endpoint without one uses the
     * server's AppID.
     *
     * @return the AppID, if set
     */
    public Optional<String> appId() {
        return Optional.ofNullable(appId);
    }

    /**
     * The {@code ToUserName} of the pushes (the recipient mini program's original ID), if set.
     *
     * @return the original ID, if set
     */
    public Optional<String> toUserName() {
        return Optional.ofNullable(toUserName);
    }

    String token() {
        return token;
    }

    /** The crypto for this endpoint, or null in plaintext mode; {@code fallbackAppId} when none is set. */
    PushCrypto crypto(String fallbackAppId) {
        if (mode == PushMode.PLAINTEXT) {
            return null;
        }
        return PushCrypto.create(encodingAesKey, appId != null ? appId : fallbackAppId);
    }

    @Override
    public String toString() {
        return "PushEndpoint[" + url + ", " + mode + ", " + format + (appId != null ? ", appId=" + appId : "")
                + ", token=***]";
    }

    /** Configures a {@link PushEndpoint}; not thread-safe. */
    public static final class Builder {

        private final URI url;
        private String token;
        private String encodingAesKey;
        private String appId;
        private PushMode mode;
        private PushFormat format = PushFormat.XML;
        private String toUserName;

        private Builder(URI url) {
            Objects.requireNonNull(url, "url");
            String scheme = url.getScheme();
            if (!url.isAbsolute() || url.getHost() == null
                    || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw new IllegalArgumentException("the push URL must be an absolute http or https URL: " + url);
            }
            this.url = url;
        }

        /**
         * The Token that signs pushes (required); never shown.
         *
         * @param value the Token of the console's push settings
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder token(String value) {
            this.token = Objects.requireNonNull(value, "token");
            return this;
        }

        /**
         * The 43-character EncodingAESKey, needed in compatible and safe mode; setting it makes
         * safe mode the default. Never shown.
         *
         * @param value the EncodingAESKey
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder encodingAesKey(String value) {
            this.encodingAesKey = Objects.requireNonNull(value, "encodingAesKey");
            return this;
        }

        /**
         * The AppID the pushes are encrypted for: the courier's own mini program for a courier
         * endpoint (required there in compatible and safe mode); for the merchant, default the
         * server's AppID.
         *
         * @param value the AppID
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder appId(String value) {
            this.appId = Objects.requireNonNull(value, "appId");
            return this;
        }

        /**
         * The encryption mode; default {@link PushMode#SAFE} with an EncodingAESKey, else
         * {@link PushMode#PLAINTEXT}.
         *
         * @param value the mode
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder mode(PushMode value) {
            this.mode = Objects.requireNonNull(value, "mode");
            return this;
        }

        /**
         * The format of pushes; default {@link PushFormat#XML}.
         *
         * @param value the format
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder format(PushFormat value) {
            this.format = Objects.requireNonNull(value, "format");
            return this;
        }

        /**
         * The {@code ToUserName} of the pushes; default {@code gh_} and the courier's delivery_id
         * in lower case, or {@code gh_} and the server's AppID for the merchant.
         *
         * @param value the recipient mini program's original ID
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder toUserName(String value) {
            this.toUserName = Objects.requireNonNull(value, "toUserName");
            return this;
        }

        /**
         * The endpoint.
         *
         * @return a new endpoint
         * @throws IllegalStateException if the Token is missing or blank, or compatible or safe
         *     mode lacks the EncodingAESKey
         * @throws IllegalArgumentException if the EncodingAESKey is not 43 Base64 characters of 32 bytes
         */
        public PushEndpoint build() {
            if (token == null || token.isBlank()) {
                throw new IllegalStateException("a push endpoint needs a token");
            }
            PushMode effective = mode != null ? mode : encodingAesKey != null ? PushMode.SAFE : PushMode.PLAINTEXT;
            if (effective != PushMode.PLAINTEXT) {
                if (encodingAesKey == null) {
                    throw new IllegalStateException(effective + " mode needs the encodingAesKey");
                }
                PushCrypto.create(encodingAesKey, appId != null ? appId : "check"); // checks the key now
            }
            return new PushEndpoint(this, effective);
        }
    }
}
