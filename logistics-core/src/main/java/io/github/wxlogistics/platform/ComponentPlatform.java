package io.github.wxlogistics.platform;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.RetryPolicy;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.HttpTransportProvider;
import io.github.wxlogistics.spi.JsonCodec;
import io.github.wxlogistics.spi.LogisticsListener;
import io.github.wxlogistics.spi.PlatformStore;
import io.github.wxlogistics.spi.TokenSlot;
import io.github.wxlogistics.token.TokenSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A third-party platform (第三方平台, a "component") that calls WeChat for the merchants that
 * authorized it: one transport, one scheduler, one codec and one set of listeners shared by every
 * merchant, with the platform's state in a {@link PlatformStore}.
 *
 * <pre>{@code
 * ComponentPlatform platform = ComponentPlatform.builder()
 *         .componentAppId("wxcomponent0000001").componentSecret(secret)
 *         .pushToken(token).encodingAesKey(aesKey)
 *         .build();
 * PushReceiver events = platform.pushReceiver().build();   // serve it on the authorization-event URL
 * LogisticsClient merchant = platform.forAuthorizer("wxmerchant00000001");
 * merchant.merchant().addOrder(order);
 * }</pre>
 *
 * <p>The component side: WeChat pushes {@code component_verify_ticket} every 10 minutes to the
 * authorization-event URL; {@link #pushReceiver()} verifies and decrypts it with the platform's
 * Token and EncodingAESKey and keeps it in the store; {@link #componentTokens()} fetches
 * {@code component_access_token} from the latest ticket. {@link #createPreAuthCode()},
 * {@link #authorizationUrl} and {@link #queryAuth} complete an authorization; the
 * {@code authorized}, {@code updateauthorized} and {@code unauthorized} pushes keep the store up to date.
 *
 * <p>The authorizer side: {@link #forAuthorizer(String)} gives the client for one merchant, whose
 * calls carry that merchant's {@code authorizer_access_token}, refreshed through
 * {@code api_authorizer_token} with the stored refresh token (rotated when WeChat returns a new one).
 * When the authorization is gone the calls fail with
 * {@link io.github.wxlogistics.error.AuthorizationRevokedException} and the
 * {@link PlatformListener} is told.
 *
 * <p>Thread-safe. Tickets, tokens, refresh tokens, the secret, the push Token and the
 * EncodingAESKey never appear in a log line, an exception message or {@link #toString()}.
 *
 * @see <a href="https://developers.weixin.qq.com/doc/oplatform/developers/dev/ThirdParty/token/component_verify_ticket.html">component_verify_ticket</a>
 */
public final class ComponentPlatform implements AutoCloseable {

    private final Builder settings;
    private final HttpTransport transport;
    private final HttpTransport ownedTransport;
    private final ScheduledExecutorService scheduler;
    private final ScheduledExecutorService ownedScheduler;
    private final JsonCodec codec;
    private final Map<String, LogisticsClient> clients = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private ComponentPlatform(Builder b) {
        this.settings = b;
        this.ownedTransport = b.transport == null ? discoverTransport() : null;
        this.transport = b.transport != null ? b.transport : ownedTransport;
        this.ownedScheduler = b.scheduler == null ? newScheduler() : null;
        this.scheduler = b.scheduler != null ? b.scheduler : ownedScheduler;
        this.codec = b.codec != null ? b.codec : LogisticsClient.defaultJsonCodec();
    }

    /**
     * A builder; component AppID, secret, push Token and EncodingAESKey are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The platform's AppID ({@code component_appid}).
     *
     * @return the platform's AppID
     */
    public String componentAppId() {
        return settings.componentAppId;
    }

    /**
     * A receiver builder for the platform's authorization-event URL, set up with the platform's
     * AppID, Token and EncodingAESKey (safe mode) and handling {@code component_verify_ticket},
     * {@code authorized}, {@code updateauthorized} and {@code unauthorized}. Add an executor, a
     * duplicate store, a listener or a fallback, then build it and serve it through any push adapter.
     *
     * @return a new, pre-configured receiver builder
     */
    public PushReceiver.Builder pushReceiver() {
        return PushReceiver.builder().appId(settings.componentAppId).token(settings.pushToken)
                .encodingAesKey(settings.encodingAesKey).clock(settings.clock);
    }

    /**
     * The provider of the platform's {@code component_access_token}, fetched from the latest ticket.
     *
     * @return the provider, the same on every call
     */
    public AccessTokenProvider componentTokens() {
        throw new UnsupportedOperationException("issue 21: component_access_token comes in the next commit");
    }

    /**
     * The provider of one merchant's {@code authorizer_access_token}.
     *
     * @param authorizerAppId the merchant's AppID
     * @return the provider, the same on every call for this AppID
     */
    public AccessTokenProvider authorizerTokens(String authorizerAppId) {
        throw new UnsupportedOperationException("issue 21: authorizer tokens come in the next commit");
    }

    /**
     * Asks WeChat for a pre-authorization code ({@code api_create_preauthcode}).
     *
     * @return a stage with the code
     */
    public CompletableFuture<PreAuthCode> createPreAuthCode() {
        throw new UnsupportedOperationException("issue 21: next commit");
    }

    /**
     * The link a merchant's administrator opens on a PC to authorize the platform
     * ({@code componentloginpage}, mini programs only: {@code auth_type=2}).
     *
     * @param code        a fresh pre-authorization code
     * @param redirectUri where WeChat sends the administrator back with {@code auth_code}
     * @return the link
     */
    public URI authorizationUrl(PreAuthCode code, URI redirectUri) {
        throw new UnsupportedOperationException("issue 21: next commit");
    }

    /**
     * Completes an authorization ({@code api_query_auth}): stores the merchant's refresh token and
     * token and tells the {@link PlatformListener}.
     *
     * @param authorizationCode the {@code auth_code} of the redirect, or the
     *                          {@code AuthorizationCode} of an {@code authorized} push
     * @return a stage with what the merchant granted
     */
    public CompletableFuture<AuthorizationInfo> queryAuth(String authorizationCode) {
        throw new UnsupportedOperationException("issue 21: next commit");
    }

    /**
     * The client for one merchant: the same calls as any {@link LogisticsClient} (blocking, and
     * non-blocking through {@code async()}), with that merchant's {@code authorizer_access_token}.
     * It shares the platform's transport, scheduler, codec and listeners and owns nothing: the
     * same instance is returned for the same AppID, and {@link #close()} closes it. Do not close it yourself.
     *
     * @param authorizerAppId the merchant's AppID ({@code authorizer_appid})
     * @return the merchant's client
     * @throws IllegalStateException if the platform is closed
     */
    public LogisticsClient forAuthorizer(String authorizerAppId) {
        TokenSlot.checkAppId(authorizerAppId, "authorizerAppId");
        if (closed.get()) {
            throw new IllegalStateException("the platform is closed");
        }
        return clients.computeIfAbsent(authorizerAppId, appId -> {
            LogisticsClient.Builder client = LogisticsClient.builder().tokenProvider(authorizerTokens(appId))
                    .transport(transport).scheduler(scheduler).jsonCodec(codec).baseUri(settings.baseUri)
                    .clock(settings.clock).callTimeout(settings.callTimeout).attemptTimeout(settings.attemptTimeout)
                    .retryPolicy(settings.retryPolicy);
            if (settings.listener != null) {
                client.listener(settings.listener);
            }
            return client.build();
        });
    }

    /**
     * Closes every merchant's client, then what the builder created (a discovered transport, the
     * scheduler); never what was passed in (transport, scheduler, store). Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            clients.values().forEach(LogisticsClient::close);
            if (ownedScheduler != null) {
                ownedScheduler.shutdownNow();
            }
            if (ownedTransport != null) {
                ownedTransport.close();
            }
        }
    }

    /**
     * Names the platform and how many merchant clients it holds.
     *
     * @return a description without any secret
     */
    @Override
    public String toString() {
        return "ComponentPlatform[componentAppId=" + settings.componentAppId + ", authorizers=" + clients.size() + "]";
    }

    private static HttpTransport discoverTransport() {
        return ServiceLoader.load(HttpTransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .max(Comparator.comparingInt(HttpTransportProvider::priority))
                .orElseThrow(() -> new IllegalStateException("no HttpTransport given and none on the class path:"
                        + " add logistics-transport-jdk, logistics-transport-vertx or logistics-transport-apache, or call transport(...)"))
                .create();
    }

    private static ScheduledExecutorService newScheduler() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "wxlogistics-platform-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /** Builds a {@link ComponentPlatform}. Not thread-safe; build once and share the platform. */
    public static final class Builder {
        private String componentAppId;
        private String componentSecret;
        private String pushToken;
        private String encodingAesKey;
        private PlatformStore store;
        private HttpTransport transport;
        private ScheduledExecutorService scheduler;
        private JsonCodec codec;
        private URI baseUri = TokenSettings.DEFAULT_BASE_URI;
        private Clock clock = Clock.systemUTC();
        private Duration callTimeout = Duration.ofSeconds(30);
        private Duration attemptTimeout = Duration.ofSeconds(10);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private LogisticsListener listener;
        private PlatformListener platformListener = new PlatformListener() { };

        private Builder() {
        }

        /**
         * The platform's AppID ({@code component_appid}). Required.
         *
         * @param value the AppID
         * @return this builder
         */
        public Builder componentAppId(String value) {
            this.componentAppId = TokenSlot.checkAppId(value, "componentAppId");
            return this;
        }

        /**
         * The platform's AppSecret ({@code component_appsecret}). Required; never logged nor shown.
         *
         * @param value the secret
         * @return this builder
         */
        public Builder componentSecret(String value) {
            this.componentSecret = Objects.requireNonNull(value, "componentSecret");
            return this;
        }

        /**
         * The message-check Token (消息校验Token) of the authorization-event URL. Required; never logged.
         *
         * @param value the Token
         * @return this builder
         */
        public Builder pushToken(String value) {
            this.pushToken = Objects.requireNonNull(value, "pushToken");
            return this;
        }

        /**
         * The EncodingAESKey (消息加解密Key), 43 characters. Required; never logged.
         *
         * @param value the key
         * @return this builder
         */
        public Builder encodingAesKey(String value) {
            this.encodingAesKey = Objects.requireNonNull(value, "encodingAesKey");
            return this;
        }

        /**
         * Where tickets, tokens and refresh tokens are kept. Borrowed. Default: a new
         * {@link InMemoryPlatformStore} (one process; lost on restart).
         *
         * @param value the store
         * @return this builder
         */
        public Builder store(PlatformStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /**
         * The HTTP transport every merchant's calls and the platform's own share. Borrowed: not
         * closed by {@link ComponentPlatform#close()}. Default: one found on the class path, owned.
         *
         * @param value the transport
         * @return this builder
         */
        public Builder transport(HttpTransport value) {
            this.transport = Objects.requireNonNull(value, "transport");
            return this;
        }

        /**
         * The scheduler for deadlines and backoff, shared by every merchant. Borrowed. Default: one
         * daemon thread, owned.
         *
         * @param value the scheduler
         * @return this builder
         */
        public Builder scheduler(ScheduledExecutorService value) {
            this.scheduler = Objects.requireNonNull(value, "scheduler");
            return this;
        }

        /**
         * The JSON codec. Default: {@link LogisticsClient#defaultJsonCodec()}, one instance shared.
         *
         * @param value the codec
         * @return this builder
         */
        public Builder jsonCodec(JsonCodec value) {
            this.codec = Objects.requireNonNull(value, "jsonCodec");
            return this;
        }

        /**
         * The API host. Default {@code https://api.weixin.qq.com}.
         *
         * @param value the base URI
         * @return this builder
         */
        public Builder baseUri(URI value) {
            this.baseUri = Objects.requireNonNull(value, "baseUri");
            return this;
        }

        /**
         * The clock. Default: system UTC.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The deadline of a whole call. Default 30 s.
         *
         * @param value positive
         * @return this builder
         */
        public Builder callTimeout(Duration value) {
            this.callTimeout = Objects.requireNonNull(value, "callTimeout");
            return this;
        }

        /**
         * The deadline of one exchange. Default 10 s.
         *
         * @param value positive
         * @return this builder
         */
        public Builder attemptTimeout(Duration value) {
            this.attemptTimeout = Objects.requireNonNull(value, "attemptTimeout");
            return this;
        }

        /**
         * Retries of reads. Default {@link RetryPolicy#defaults()}.
         *
         * @param value the policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /**
         * A listener of every merchant's calls and token fetches (metrics, traces).
         *
         * @param value the listener
         * @return this builder
         */
        public Builder listener(LogisticsListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * What the app is told about authorizations. Default: nothing.
         *
         * @param value the listener
         * @return this builder
         */
        public Builder platformListener(PlatformListener value) {
            this.platformListener = Objects.requireNonNull(value, "platformListener");
            return this;
        }

        /**
         * Builds the platform.
         *
         * @return a new platform, to be closed when no longer used
         * @throws IllegalStateException naming every required setting that is missing
         */
        public ComponentPlatform build() {
            StringBuilder missing = new StringBuilder();
            if (componentAppId == null) {
                missing.append(" componentAppId");
            }
            if (componentSecret == null) {
                missing.append(" componentSecret");
            }
            if (pushToken == null) {
                missing.append(" pushToken");
            }
            if (encodingAesKey == null) {
                missing.append(" encodingAesKey");
            }
            if (missing.length() > 0) {
                throw new IllegalStateException("ComponentPlatform needs:" + missing);
            }
            if (store == null) {
                store = InMemoryPlatformStore.create(clock);
            }
            return new ComponentPlatform(this);
        }
    }
}
