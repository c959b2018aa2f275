package io.github.wxlogistics;

import io.github.wxlogistics.internal.call.ApiCaller;
import io.github.wxlogistics.internal.call.CallSettings;
import io.github.wxlogistics.internal.call.SchedulerDelayer;
import io.github.wxlogistics.internal.json.JsonbCodec;
import io.github.wxlogistics.internal.listener.Listeners;
import io.github.wxlogistics.internal.security.SecureChannel;
import io.github.wxlogistics.security.ApiSecurity;
import io.github.wxlogistics.internal.transport.Defaults;
import io.github.wxlogistics.internal.transport.LoggingTransport;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.HttpTransportProvider;
import io.github.wxlogistics.spi.JsonCodec;
import io.github.wxlogistics.spi.LogisticsListener;
import io.github.wxlogistics.token.AppCredentials;
import io.github.wxlogistics.token.ClassicTokenProvider;
import io.github.wxlogistics.token.FixedTokenProvider;
import io.github.wxlogistics.token.StableTokenProvider;
import io.github.wxlogistics.token.TokenSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The client for one mini program (one AppID): merchant calls through {@link #merchant()},
 * courier calls through {@link #courier()}, both blocking; the same calls non-blocking through
 * {@link #async()}. Thread-safe; build one per AppID and share it.
 *
 * <pre>{@code
 * try (LogisticsClient client = LogisticsClient.builder()
 *         .credentials("wx0123456789abcdef", appSecret)
 *         .build()) {
 *     GetPathResponse path = client.merchant().getPath(GetPathRequest.builder()
 *             .orderId("order-1").deliveryId("SF").waybillId("SF1234").build());
 * }
 * }</pre>
 *
 * <p>Every call: validates its input before sending; adds the access token; on a token rejection
 * (40001, 40014, 42001) refreshes once and replays once; retries reads on -1, 5xx and I/O errors
 * per the {@link RetryPolicy}; never re-sends a write; completes within the call timeout.
 */
public final class LogisticsClient implements AutoCloseable {

    /** The default cap on a reply body: 4 MiB. See {@link Builder#maxReplyBytes(int)}. */
    public static final int DEFAULT_MAX_REPLY_BYTES = 4 * 1024 * 1024;

    private final MerchantClient merchant;
    private final CourierClient courier;
    private final IntracityClient intracity;
    private final TrackingClient tracking;
    private final ReturnClient returns;
    private final FreightInsuranceClient freightInsurance;
    private final AsyncLogisticsClient async;
    private final ApiCaller caller;
    private final SchedulerDelayer delayer;
    private final HttpTransport ownedTransport;
    private final String transportName;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LogisticsClient(ApiCaller caller, SchedulerDelayer delayer, HttpTransport ownedTransport,
            String transportName) {
        this.caller = caller;
        this.async = new AsyncLogisticsClient(caller);
        // The blocking facades run the same calls through ApiCaller.callBlocking: one entry point, whose
        // exchanges may run on the calling thread (HttpTransport.sendBlocking).
        this.merchant = new MerchantClient(caller);
        this.courier = new CourierClient(caller);
        this.intracity = new IntracityClient(caller);
        this.tracking = new TrackingClient(caller);
        this.returns = new ReturnClient(caller);
        this.freightInsurance = new FreightInsuranceClient(caller);
        this.delayer = delayer;
        this.ownedTransport = ownedTransport;
        this.transportName = transportName;
    }

    /**
     * A builder; a token source (credentials, token provider or fixed token) is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The library's own {@link JsonCodec}: JSON-B (Yasson) with snake_case names and strict reply
     * decoding (no number narrowed, no text member re-rendered, nesting bounded). What a client uses
     * when no codec is set; a codec that decorates it (to log or measure, say) starts from here.
     *
     * @return a new instance of the default codec; thread-safe
     */
    public static JsonCodec defaultJsonCodec() {
        return JsonbCodec.create();
    }

    /**
     * The merchant-side calls, blocking.
     *
     * @return the merchant-side calls, blocking
     */
    public MerchantClient merchant() {
        return merchant;
    }

    /**
     * The courier-side calls, blocking.
     *
     * @return the courier-side calls, blocking
     */
    public CourierClient courier() {
        return courier;
    }

    /**
     * The intracity delivery calls (同城配送), blocking; all but {@code apply} need
     * {@link Builder#apiSecurity(ApiSecurity)}.
     *
     * @return the intracity delivery calls, blocking
     */
    public IntracityClient intracity() {
        return intracity;
    }

    /**
     * The tracking component (物流查询组件) and the deprecated message component, blocking.
     *
     * @return the tracking calls, blocking
     */
    public TrackingClient tracking() {
        return tracking;
    }

    /**
     * The return component (退货组件), current and legacy paths, blocking.
     *
     * @return the return calls, blocking
     */
    public ReturnClient returns() {
        return returns;
    }

    /**
     * Freight insurance (无忧退货 / 运费险), blocking.
     *
     * @return the freight insurance calls, blocking
     */
    public FreightInsuranceClient freightInsurance() {
        return freightInsurance;
    }

    /**
     * The same calls, non-blocking.
     *
     * @return the same calls, non-blocking
     */
    public AsyncLogisticsClient async() {
        return async;
    }

    /**
     * Refuses new calls, fails the calls still in flight with a
     * {@link io.github.wxlogistics.error.TransportException}, and closes what the builder created
     * (a transport found through {@link HttpTransportProvider}, the retry scheduler);
     * never what the caller passed in. Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            caller.close();
            delayer.close();
            if (ownedTransport != null) {
                ownedTransport.close();
            }
        }
    }

    /**
     * Names the transport and how it was chosen, such as
     * {@code LogisticsClient[transport=JdkHttpTransport (discovered)]} or {@code ... (given)}.
     *
     * @return a description without any credential
     */
    @Override
    public String toString() {
        return "LogisticsClient[transport=" + transportName + "]";
    }

    /** Builds a {@link LogisticsClient}. Not thread-safe; build once and share the client. */
    public static final class Builder {

        private AppCredentials credentials;
        private TokenSource tokenSource = TokenSource.STABLE;
        private AccessTokenProvider tokenProvider;
        private HttpTransport transport;
        private URI baseUri = TokenSettings.DEFAULT_BASE_URI;
        private Clock clock = Clock.systemUTC();
        private Duration callTimeout = Duration.ofSeconds(30);
        private Duration attemptTimeout = Duration.ofSeconds(10);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private int maxReplyBytes = DEFAULT_MAX_REPLY_BYTES;
        private JsonCodec codec;
        private ScheduledExecutorService scheduler;
        private final List<LogisticsListener> listeners = new ArrayList<>();
        private ApiSecurity apiSecurity;

        private Builder() {
        }

        /**
         * The AppID and AppSecret to fetch access tokens with (from {@link #tokenSource}).
         *
         * @param appId the mini program's AppID
         * @param appSecret its AppSecret; never logged nor shown by {@code toString()}
         * @return this builder
         */
        public Builder credentials(String appId, String appSecret) {
            this.credentials = AppCredentials.of(appId, appSecret);
            return this;
        }

        /**
         * Which endpoint tokens come from when built from credentials; {@link TokenSource#STABLE} by default.
         *
         * @param value the token endpoint
         * @return this builder
         */
        public Builder tokenSource(TokenSource value) {
            this.tokenSource = Objects.requireNonNull(value, "tokenSource");
            return this;
        }

        /**
         * Tokens from this provider instead of from credentials. Borrowed: the client never closes it.
         *
         * @param value the provider of access tokens
         * @return this builder
         */
        public Builder tokenProvider(AccessTokenProvider value) {
            this.tokenProvider = Objects.requireNonNull(value, "tokenProvider");
            return this;
        }

        /**
         * A fixed token managed elsewhere (for example a third-party platform's authorizer_access_token).
         *
         * @param value the access token to send with every call
         * @return this builder
         */
        public Builder accessToken(String value) {
            this.tokenProvider = FixedTokenProvider.of(Objects.requireNonNull(value, "accessToken"));
            return this;
        }

        /**
         * The HTTP transport. Borrowed: {@link LogisticsClient#close()} does not close it. Without
         * one, the highest-priority {@link HttpTransportProvider} on the class path creates one,
         * which the client owns and closes: Vert.x ({@code logistics-transport-vertx}, priority 10)
         * over Apache ({@code logistics-transport-apache}, 5) over the JDK
         * ({@code logistics-transport-jdk}, 0). {@link LogisticsClient#toString()} names the one in use.
         *
         * @param value the transport to send through
         * @return this builder
         */
        public Builder transport(HttpTransport value) {
            this.transport = Objects.requireNonNull(value, "transport");
            return this;
        }

        /**
         * The API host; {@code https://api.weixin.qq.com} by default. A path prefix (a proxy's) is kept.
         *
         * @param value an absolute {@code http} or {@code https} URI with a host, no query and no fragment
         * @return this builder
         * @throws IllegalArgumentException if the URI has no such scheme or no host
         */
        public Builder baseUri(URI value) {
            Objects.requireNonNull(value, "baseUri");
            String scheme = value.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || value.getHost() == null || value.getRawQuery() != null || value.getRawFragment() != null) {
                // URI.create("localhost:8080") parses with scheme "localhost" and no host: refuse it here,
                // not with a failure on every call.
                throw new IllegalArgumentException("baseUri must be http:// or https:// with a host and no query or"
                        + " fragment, such as https://api.weixin.qq.com or http://127.0.0.1:8080/proxy, was " + value);
            }
            this.baseUri = value;
            return this;
        }

        /**
         * The clock that decides token expiry; UTC system clock by default.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The longest a call may take, retries included; 30 s by default.
         *
         * @param value the deadline of a whole call; positive
         * @return this builder
         */
        public Builder callTimeout(Duration value) {
            this.callTimeout = positive(value, "callTimeout");
            return this;
        }

        /**
         * The longest one HTTP exchange may take; 10 s by default.
         *
         * @param value the deadline of one exchange; positive
         * @return this builder
         */
        public Builder attemptTimeout(Duration value) {
            this.attemptTimeout = positive(value, "attemptTimeout");
            return this;
        }

        /**
         * The largest reply body, in bytes, the client decodes; a larger reply fails the call with a
         * {@link io.github.wxlogistics.error.DecodeException} naming both sizes. {@value #DEFAULT_MAX_REPLY_BYTES}
         * bytes (4 MiB) by default: getOrder's printable HTML is the largest reply WeChat sends.
         *
         * @param value the cap in bytes, positive
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is not positive
         */
        public Builder maxReplyBytes(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxReplyBytes must be positive, was " + value);
            }
            this.maxReplyBytes = value;
            return this;
        }

        /**
         * How reads are retried; {@link RetryPolicy#defaults()} by default.
         *
         * @param value the policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /**
         * Another JSON codec; JSON-B (Yasson) by default.
         *
         * @param value the codec to encode requests and decode replies with
         * @return this builder
         */
        public Builder jsonCodec(JsonCodec value) {
            this.codec = Objects.requireNonNull(value, "jsonCodec");
            return this;
        }

        /**
         * The scheduler for retry backoff waits. Borrowed: never shut down by the client. Without
         * one the client creates a single daemon thread (started at the first retry) and shuts it
         * down on close. Call deadlines need no scheduler: the calls in flight are swept every 20 ms
         * on the JDK's shared delay thread, so a call ends by its deadline up to 20 ms late.
         *
         * @param value the scheduler to borrow
         * @return this builder
         */
        public Builder scheduler(ScheduledExecutorService value) {
            this.scheduler = Objects.requireNonNull(value, "scheduler");
            return this;
        }

        /**
         * Adds a listener told of every call, attempt and token fetch (metrics, traces); may be
         * called several times, listeners are called in the order added. The token provider the
         * client builds from {@link #credentials} reports its fetches to them too; a
         * {@link #tokenProvider} passed in is not wrapped. A listener that throws never breaks a
         * call: the first failure of each is logged at WARNING.
         *
         * @param value the listener
         * @return this builder
         */
        public Builder listener(LogisticsListener value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /**
         * Switches on WeChat's API security ("服务端 API 签名加密") for every call: each request body is
         * encrypted and signed, each reply verified against the platform certificate and decrypted
         * before it is decoded. Use it once the mini program has it switched on in the admin console
         * (WeChat then refuses plain calls). Off by default. A reply that fails verification is an
         * {@link io.github.wxlogistics.error.ApiSecurityException} and is never decoded; WeChat's own
         * refusals, which come unsigned (40234 invalid signature, say), are
         * {@link io.github.wxlogistics.error.ApiException}s as usual, and an unsigned reply that claims
         * success is refused.
         *
         * @param value the keys from the console
         * @return this builder
         * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/getting_started/api_signature.html">服务端 API 签名指南</a>
         */
        public Builder apiSecurity(ApiSecurity value) {
            this.apiSecurity = Objects.requireNonNull(value, "apiSecurity");
            return this;
        }

        /**
         * Builds the client.
         *
         * @return a new client, to be closed when no longer used
         * @throws IllegalStateException if no token source is configured, or no transport is
         *     given and none is on the class path
         */
        public LogisticsClient build() {
            if (credentials == null && tokenProvider == null) {
                throw new IllegalStateException(
                        "no token source: call credentials(appId, appSecret), tokenProvider(...) or accessToken(...)");
            }
            if (apiSecurity != null && credentials != null && !apiSecurity.appId().equals(credentials.appId())) {
                throw new IllegalStateException("apiSecurity is for AppID " + apiSecurity.appId()
                        + " but credentials(...) are for " + credentials.appId() + ": both must be the same mini program");
            }
            HttpTransport raw = transport != null ? transport : Defaults.discoverTransport();
            HttpTransport ownedTransport = transport != null ? null : raw;
            SchedulerDelayer delayer = scheduler != null ? SchedulerDelayer.borrowing(scheduler)
                    : SchedulerDelayer.owning(Defaults.newScheduler("wxlogistics-scheduler"));
            JsonCodec json = codec != null ? codec : JsonbCodec.create();

            HttpTransport logged = new LoggingTransport(raw, clock);
            Listeners listener = Listeners.of(listeners);
            AccessTokenProvider tokens = tokenProvider != null ? tokenProvider : fetchingProvider(logged, json, listener);
            RetryPolicy retry = retryPolicy;
            ApiCaller caller = new ApiCaller(new CallSettings(logged, raw, tokens, json, baseUri, attemptTimeout,
                    callTimeout, retry.maxAttempts(), retry::backoffCeiling,
                    () -> ThreadLocalRandom.current().nextDouble(), delayer, clock, maxReplyBytes,
                    listener, apiSecurity == null ? null : SecureChannel.of(apiSecurity)));
            return new LogisticsClient(caller, delayer, ownedTransport,
                    raw.getClass().getSimpleName() + (transport != null ? " (given)" : " (discovered)"));
        }

        private AccessTokenProvider fetchingProvider(HttpTransport logged, JsonCodec json, Listeners listener) {
            TokenSettings settings = TokenSettings.of(credentials, logged).withBaseUri(baseUri).withClock(clock)
                    .withTimeout(attemptTimeout).withCodec(json).withListener(listener);
            return tokenSource == TokenSource.CLASSIC ? ClassicTokenProvider.create(settings)
                    : StableTokenProvider.create(settings);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isZero() || value.isNegative() || value.compareTo(MAX_TIMEOUT) > 0) {
                throw new IllegalArgumentException(name + " must be positive and at most " + MAX_TIMEOUT + ", was " + value);
            }
            return value;
        }

        /** No call waits a day: a larger timeout is a mistake, and would overflow when counted in nanoseconds. */
        private static final Duration MAX_TIMEOUT = Duration.ofDays(1);
    }
}
