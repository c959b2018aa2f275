package io.github.wxlogistics.spring;

import io.github.wxlogistics.TokenSource;
import io.github.wxlogistics.event.PushMode;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the auto-configured client and push endpoint, under {@code wx.logistics}. The app
 * secret, the push Token and the EncodingAESKey are never shown: {@link #toString()} masks them,
 * and {@code /actuator/configprops} masks them even with {@code show-values: always}.
 */
@ConfigurationProperties(prefix = "wx.logistics")
public final class LogisticsProperties {

    /** The mini program's AppID (required unless an AccessTokenProvider bean is defined). */
    private String appId;
    /** The AppSecret (required unless an AccessTokenProvider bean is defined); never logged or shown. */
    private String appSecret;
    /** Where access tokens come from: stable (/cgi-bin/stable_token, for fleets) or classic (/cgi-bin/token). */
    private TokenSource tokenSource = TokenSource.STABLE;
    /** The API host; a proxy's path prefix is kept. */
    private URI baseUri = URI.create("https://api.weixin.qq.com");
    /** The longest a call may take, retries and token fetches included. */
    private Duration callTimeout = Duration.ofSeconds(30);
    /** The longest one HTTP exchange may take. */
    private Duration attemptTimeout = Duration.ofSeconds(10);
    /**
     * The HTTP transport: auto (the highest-priority adapter on the class path), or an adapter's
     * name: jdk, vertx or apache. Ignored when an HttpTransport bean is defined.
     */
    private String transport = "auto";
    /** How reads are retried. */
    private final Retry retry = new Retry();
    /** The push URL. */
    private final Push push = new Push();
    /** The Actuator health indicator. */
    private final Health health = new Health();

    /** Creates the defaults. */
    public LogisticsProperties() {
    }

    /** @return the AppID */
    public String getAppId() {
        return appId;
    }

    /** @param appId the AppID */
    public void setAppId(String appId) {
        this.appId = appId;
    }

    /** @return the AppSecret */
    public String getAppSecret() {
        return appSecret;
    }

    /** @param appSecret the AppSecret */
    public void setAppSecret(String appSecret) {
        this.appSecret = appSecret;
    }

    /** @return the token source */
    public TokenSource getTokenSource() {
        return tokenSource;
    }

    /** @param tokenSource the token source */
    public void setTokenSource(TokenSource tokenSource) {
        this.tokenSource = tokenSource;
    }

    /** @return the API host */
    public URI getBaseUri() {
        return baseUri;
    }

    /** @param baseUri the API host */
    public void setBaseUri(URI baseUri) {
        this.baseUri = baseUri;
    }

    /** @return the call timeout */
    public Duration getCallTimeout() {
        return callTimeout;
    }

    /** @param callTimeout the call timeout */
    public void setCallTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    /** @return the attempt timeout */
    public Duration getAttemptTimeout() {
        return attemptTimeout;
    }

    /** @param attemptTimeout the attempt timeout */
    public void setAttemptTimeout(Duration attemptTimeout) {
        this.attemptTimeout = attemptTimeout;
    }

    /** @return the transport choice */
    public String getTransport() {
        return transport;
    }

    /** @param transport auto, jdk, vertx, apache or another adapter's name */
    public void setTransport(String transport) {
        this.transport = transport;
    }

    /** @return the retry settings */
    public Retry getRetry() {
        return retry;
    }

    /** @return the push settings */
    public Push getPush() {
        return push;
    }

    /** @return the health settings */
    public Health getHealth() {
        return health;
    }

    @Override
    public String toString() {
        return "LogisticsProperties[appId=" + appId + ", appSecret=" + (appSecret == null ? null : "***")
                + ", tokenSource=" + tokenSource + ", baseUri=" + baseUri + ", transport=" + transport + "]";
    }

    /** How reads are retried (writes are never re-sent). */
    public static final class Retry {
        /** Attempts a read may take in all, at least 1. */
        private int maxAttempts = 3;
        /** The wait before the second attempt (doubling after each, jittered). */
        private Duration backoff = Duration.ofMillis(200);
        /** The longest wait between attempts. */
        private Duration maxBackoff = Duration.ofSeconds(2);

        /** @return attempts in all */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        /** @param maxAttempts attempts in all */
        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /** @return the first wait */
        public Duration getBackoff() {
            return backoff;
        }

        /** @param backoff the first wait */
        public void setBackoff(Duration backoff) {
            this.backoff = backoff;
        }

        /** @return the longest wait */
        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        /** @param maxBackoff the longest wait */
        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }
    }

    /** The push URL (消息推送); on when {@code token} is set. */
    public static final class Push {
        /** Whether to serve the push URL when a Token is set. */
        private boolean enabled = true;
        /** The path of the push URL. */
        private String path = "/wechat/push";
        /** The message-push Token of the console; never logged or shown. */
        private String token;
        /** The 43-character EncodingAESKey (compatible and safe mode); never logged or shown. */
        private String encodingAesKey;
        /** The AppID checked in decrypted pushes; wx.logistics.app-id by default. */
        private String appId;
        /** The encryption mode: plaintext, compatible or safe; safe by default when an EncodingAESKey is set. */
        private PushMode mode;
        /** How long a push may take from arrival to reply; later ones are answered 503 so WeChat re-sends. */
        private Duration handlerDeadline = Duration.ofSeconds(4);
        /** The largest body accepted, in bytes. */
        private int maxBodyBytes = 65536;   // a literal, so the configuration metadata shows the default

        /** @return whether the push URL is served */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the push URL is served */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the path */
        public String getPath() {
            return path;
        }

        /** @param path the path */
        public void setPath(String path) {
            this.path = path;
        }

        /** @return the Token */
        public String getToken() {
            return token;
        }

        /** @param token the Token */
        public void setToken(String token) {
            this.token = token;
        }

        /** @return the EncodingAESKey */
        public String getEncodingAesKey() {
            return encodingAesKey;
        }

        /** @param encodingAesKey the EncodingAESKey */
        public void setEncodingAesKey(String encodingAesKey) {
            this.encodingAesKey = encodingAesKey;
        }

        /** @return the AppID checked in pushes */
        public String getAppId() {
            return appId;
        }

        /** @param appId the AppID checked in pushes */
        public void setAppId(String appId) {
            this.appId = appId;
        }

        /** @return the mode, or null for the default */
        public PushMode getMode() {
            return mode;
        }

        /** @param mode the mode */
        public void setMode(PushMode mode) {
            this.mode = mode;
        }

        /** @return the handler deadline */
        public Duration getHandlerDeadline() {
            return handlerDeadline;
        }

        /** @param handlerDeadline the handler deadline */
        public void setHandlerDeadline(Duration handlerDeadline) {
            this.handlerDeadline = handlerDeadline;
        }

        /** @return the body limit */
        public int getMaxBodyBytes() {
            return maxBodyBytes;
        }

        /** @param maxBodyBytes the body limit */
        public void setMaxBodyBytes(int maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
        }
    }

    /** The health indicator {@code wxLogistics}: can an access token be had? */
    public static final class Health {
        /** Whether to contribute the indicator (when Actuator is present). */
        private boolean enabled = true;
        /** How long a result is reused before the next probe checks again. */
        private Duration refreshInterval = Duration.ofSeconds(30);
        /** The longest a probe waits for a check; after that it reports the last result (or UNKNOWN). */
        private Duration timeout = Duration.ofSeconds(2);
        /**
         * Whether the indicator counts in the overall status of /actuator/health. By default it does
         * not: a WeChat outage must not take every instance out of a load balancer; it is shown at
         * /actuator/health/logistics.
         */
        private boolean inOverallStatus;

        /** @return whether the indicator counts in the overall status */
        public boolean isInOverallStatus() {
            return inOverallStatus;
        }

        /** @param inOverallStatus whether the indicator counts in the overall status */
        public void setInOverallStatus(boolean inOverallStatus) {
            this.inOverallStatus = inOverallStatus;
        }

        /** @return whether the indicator is on */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the indicator is on */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the reuse interval */
        public Duration getRefreshInterval() {
            return refreshInterval;
        }

        /** @param refreshInterval the reuse interval */
        public void setRefreshInterval(Duration refreshInterval) {
            this.refreshInterval = refreshInterval;
        }

        /** @return the probe's wait */
        public Duration getTimeout() {
            return timeout;
        }

        /** @param timeout the probe's wait */
        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }
}
