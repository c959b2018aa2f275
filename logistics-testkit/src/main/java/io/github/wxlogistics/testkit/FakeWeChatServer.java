package io.github.wxlogistics.testkit;

import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.event.PushFields;
import io.github.wxlogistics.event.PushFormat;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.testkit.internal.AccountCalls;
import io.github.wxlogistics.testkit.internal.CourierCalls;
import io.github.wxlogistics.testkit.internal.FakeApiSecurity;
import io.github.wxlogistics.testkit.internal.FakeRoutes;
import io.github.wxlogistics.testkit.internal.IntracityCallbacks;
import io.github.wxlogistics.testkit.internal.IntracityCalls;
import io.github.wxlogistics.testkit.internal.IntracityState;
import io.github.wxlogistics.testkit.internal.ComponentRoutes;
import io.github.wxlogistics.testkit.internal.InsuranceCalls;
import io.github.wxlogistics.testkit.internal.InsuranceRoutes;
import io.github.wxlogistics.testkit.internal.FakeRoutes;
import io.github.wxlogistics.testkit.internal.ReturnCalls;
import io.github.wxlogistics.testkit.internal.TrackingCalls;
import io.github.wxlogistics.testkit.internal.LogisticsState;
import io.github.wxlogistics.testkit.internal.OpenPlatformState;
import io.github.wxlogistics.testkit.internal.Order;
import io.github.wxlogistics.testkit.internal.OrderCalls;
import io.github.wxlogistics.testkit.internal.PlainHttpPort;
import io.github.wxlogistics.testkit.internal.PushAttempt;
import io.github.wxlogistics.testkit.internal.PushPacket;
import io.github.wxlogistics.testkit.internal.PushSender;
import io.github.wxlogistics.testkit.internal.PushTarget;
import io.github.wxlogistics.testkit.internal.SeedData;
import io.github.wxlogistics.testkit.internal.Pushes;
import io.github.wxlogistics.testkit.internal.TemplateRenderer;
import io.github.wxlogistics.testkit.internal.TokenCalls;
import io.github.wxlogistics.testkit.internal.TokenRegistry;
import io.github.wxlogistics.testkit.internal.console.Changes;
import io.github.wxlogistics.testkit.internal.console.ConsoleHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * A fake WeChat API server on loopback: it issues access tokens and serves the 12 merchant and 4
 * courier calls of the Logistics Assistant with state and WeChat's error codes, so that code
 * using the client can be tested without the live API. Modelled on OkHttp's
 * {@code MockWebServer}: {@link #enqueue} scripts replies and faults by operation name or path,
 * a {@link Dispatcher} computes every other reply (the stateful WeChat fake unless replaced or
 * wrapped), {@link #requests()} and {@link #takeRequest} show what a client sent.
 *
 * <pre>{@code
 * try (FakeWeChatServer server = FakeWeChatServer.builder().demoData().start()) {
 *     URI api = server.baseUri();           // http://127.0.0.1:PORT
 *     String token = server.issueToken();   // or fetch one from /cgi-bin/stable_token
 *     server.enqueue("getOrder", FakeResponse.errcode(45011));
 *     ...
 *     assertThat(server.requests()).extracting(r -> r.operation().orElse(""))
 *             .containsExactly("getStableAccessToken", "getOrder");
 * }
 * }</pre>
 *
 * <p>Given push URLs ({@link Builder#courierPush}, {@link Builder#merchantPush}) it also pushes
 * events as WeChat does, signed and encrypted with the core's {@code PushSignature} and
 * {@code PushCrypto}: addOrder asks the courier with {@code add_waybill} and answers with its
 * waybill, updatePath tells the merchant with {@code add_express_path}; {@link #pushes()} and
 * {@link #takePush} show every delivery attempt and its answer.
 *
 * <p>Plain HTTP only. A connection that opens with a TLS record (a ClientHello: an
 * {@code https://} URI pointed at the fake by mistake) is closed at once, so the client's
 * handshake fails in milliseconds (the transports say "TLS handshake failed") instead of waiting
 * for its timeout.
 *
 * <p>Thread-safe. {@link #close()} stops it promptly and is idempotent. No secret (app secret,
 * access token, courier token, push Token, EncodingAESKey) appears in {@link #toString()} or in any
 * output of the server.
 */
public final class FakeWeChatServer implements AutoCloseable {

    /** How long a push waits for its answer by default: WeChat's 5 seconds. */
    public static final Duration DEFAULT_PUSH_TIMEOUT = Duration.ofSeconds(5);
    /** How many times a push is delivered at most by default: WeChat's 3 tries. */
    public static final int DEFAULT_PUSH_ATTEMPTS = 3;

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final String appId;
    private final String appSecret;
    private final HttpServer http;
    private final PlainHttpPort port;
    private final ExecutorService executor;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final TokenRegistry tokens;
    private final LogisticsState state;
    private final ScriptQueue script = new ScriptQueue();
    private final Changes changes = new Changes();
    private final Journal journal = new Journal(changes::bump);
    private final Dispatcher weChat;
    private volatile Dispatcher dispatcher;
    private final URI baseUri;
    private final PushJournal pushJournal = new PushJournal(changes::bump);
    private final Pushes pushes;
    private final Clock clock;
    private final Duration pushTimeout;
    private final int pushAttempts;
    private PushSender pushSender;   // guarded by this; made on the first push, so a fake that never pushes starts no push threads
    private final FakeApiSecurity apiSecurity;
    private final FakeIntracity intracity;
    private final IntracityCallbacks intracityCallbacks;
    private final URI consoleUri;
    private final TrackingCalls tracking;
    private final ReturnCalls returns;
    private final InsuranceCalls insurance;
    private final FakePlatform platform;

    private FakeWeChatServer(Builder b) throws IOException {
        this.appId = b.appId;
        this.appSecret = b.appSecret;
        this.tokens = new TokenRegistry(b.clock, b.tokenLifetime);
        this.state = new LogisticsState(b.clock);
        List<SeedData> seeds = new ArrayList<>();
        seeds.add(FakeData.couriers().seedData());
        b.seeds.forEach(seed -> seeds.add(seed.seedData()));
        seeds.forEach(state::seed);
        this.clock = b.clock;
        this.pushTimeout = b.pushTimeout;
        this.pushAttempts = b.pushAttempts;
        this.pushes = new Pushes(courierTargets(b.courierPushes),
                b.merchantPush == null ? null : merchantTarget(b.merchantPush), this::pushSender, b.clock);
        this.apiSecurity = b.apiSecurity ? FakeApiSecurity.generate(appId, b.clock) : null;
        IntracityState intracityState = new IntracityState(b.clock);
        AtomicReference<FakeIntracity> intracityRef = new AtomicReference<>();
        this.intracityCallbacks = new IntracityCallbacks(sent -> intracityRef.get().record(sent));
        IntracityCalls intracityCalls = new IntracityCalls(intracityState, appId, appSecret, apiSecurity != null,
                intracityCallbacks);
        this.intracity = new FakeIntracity(intracityState, intracityCalls);
        intracityRef.set(intracity);
        CourierCalls courier = new CourierCalls(state, new TemplateRenderer(b.clock), appId, pushes);
        this.tracking = new TrackingCalls(state, b.clock);
        this.returns = new ReturnCalls(state);
        this.insurance = new InsuranceCalls(state, pushes);
        OpenPlatformState openPlatform = b.componentAppId == null ? null
                : new OpenPlatformState(b.clock, b.tokenLifetime, b.componentAppId, b.componentSecret);
        this.platform = openPlatform == null ? null : new FakePlatform(openPlatform, b.componentPushToken,
                b.componentAesKey, b.ticketInterval, this::pushSender, pushJournal, b.clock);
        FakeRoutes routes = new FakeRoutes(new TokenCalls(tokens, appId, appSecret),
                new OrderCalls(state, pushes, appId), new AccountCalls(state, pushes, appId), courier, intracityCalls,
                new ComponentRoutes(tracking, returns, openPlatform), new InsuranceRoutes(insurance), openPlatform);
        this.weChat = new WeChatDispatcher(routes, tokens, apiSecurity, openPlatform);
        this.dispatcher = Objects.requireNonNull(b.dispatcher.apply(weChat), "the dispatcher given to the builder");
        // The JDK server writes headers and body in two segments; with Nagle's algorithm and the
        // client's delayed ACK every reply would take 40 ms. The JDK reads this property once, when
        // the first HttpServer of the JVM starts; a value set by the user is left alone.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        // The JDK server listens on an ephemeral loopback port behind the fake's own port, which
        // closes a connection that opens with a TLS ClientHello (https:// pointed here) at once.
        try {
            this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException | RuntimeException e) {
            intracityCallbacks.close();
            closePushSender();
            throw e;
        }
        this.executor = Executors.newCachedThreadPool(threadFactory("fake-wechat-" + http.getAddress().getPort()));
        try {
            // The relay listens first (the JDK server's socket is bound at create), so that the base
            // URI, which the console's handler needs, is the fake's own port.
            this.port = PlainHttpPort.start(InetAddress.getLoopbackAddress(), b.port, http.getAddress(),
                    threadFactory("fake-wechat-tcp-" + http.getAddress().getPort()));
        } catch (IOException | RuntimeException e) {
            http.stop(0);
            executor.shutdownNow();
            closePushSender();
            throw e;
        }
        InetAddress bound = port.address().getAddress();
        String host = bound instanceof Inet6Address ? "[" + bound.getHostAddress() + "]" : bound.getHostAddress();
        this.baseUri = URI.create("http://" + host + ":" + port.address().getPort());
        ExchangeHandler api = new ExchangeHandler(journal, script, () -> dispatcher, weChat, closing);
        http.createContext("/", api);
        if (b.console) {
            // "/console" typed without its slash: sent on to the console (with the query) rather than a 404.
            http.createContext(ConsoleHandler.PATH.substring(0, ConsoleHandler.PATH.length() - 1), exchange -> {
                if (!exchange.getRequestURI().getRawPath().equals("/console")) {
                    api.handle(exchange);
                    return;
                }
                String query = exchange.getRequestURI().getRawQuery();
                try (exchange) {
                    exchange.getResponseHeaders().set("Location", ConsoleHandler.PATH + (query == null ? "" : "?" + query));
                    exchange.sendResponseHeaders(301, -1);
                }
            });
            http.createContext(ConsoleHandler.PATH, new Console(this, state, tokens, courier, pushes, journal,
                    pushJournal, script, seeds, b.clock).handler(baseUri, changes));
            this.consoleUri = baseUri.resolve(ConsoleHandler.PATH);
        } else {
            this.consoleUri = null;
        }
        http.setExecutor(executor);
        try {
            startAsDaemon(http);
        } catch (RuntimeException e) {
            port.close();
            http.stop(0);
            executor.shutdownNow();
            intracityCallbacks.close();
            closePushSender();
            throw e;
        }
    }

    private static Map<String, PushTarget> courierTargets(Map<String, PushEndpoint> endpoints) {
        Map<String, PushTarget> out = new LinkedHashMap<>();
        endpoints.forEach((deliveryId, e) -> out.put(deliveryId, courierTarget(deliveryId, e)));
        return out;
    }

    private static PushTarget courierTarget(String deliveryId, PushEndpoint e) {
        // A courier endpoint in compatible or safe mode has its AppID (checked by requireCourierAppId).
        return target(e, null, "gh_" + deliveryId.toLowerCase(Locale.ROOT));
    }

    private PushTarget merchantTarget(PushEndpoint e) {
        return target(e, appId, "gh_" + appId);
    }

    private static void requireCourierAppId(String deliveryId, PushEndpoint endpoint) {
        if (endpoint.mode() != PushMode.PLAINTEXT && endpoint.appId().isEmpty()) {
            throw new IllegalArgumentException("the courier push endpoint of " + deliveryId + " encrypts ("
                    + endpoint.mode() + ") and needs the courier's appId");
        }
    }

    private synchronized PushSender pushSender() {
        if (pushSender == null) {
            if (closed.get()) {
                throw new IllegalStateException("the fake WeChat server is closed");
            }
            pushSender = new PushSender(clock, pushTimeout, pushAttempts, pushJournal::record, "fake-wechat");
        }
        return pushSender;
    }

    private synchronized void closePushSender() {
        if (pushSender != null) {
            pushSender.close();
        }
    }

    private static PushTarget target(PushEndpoint e, String fallbackAppId, String defaultToUserName) {
        return new PushTarget(e.url(), e.token(), e.crypto(fallbackAppId), e.mode(), e.format() == PushFormat.JSON,
                e.toUserName().orElse(defaultToUserName));
    }

    /**
     * Starts the JDK server from a daemon thread: its dispatcher thread takes the daemon flag of
     * the thread that starts it, and a non-daemon dispatcher kept the JVM alive after a forgotten
     * {@link #close()} (a {@code main} that never ended).
     */
    private static void startAsDaemon(HttpServer http) {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread starter = new Thread(() -> {
            try {
                http.start();
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, "fake-wechat-start");
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            http.stop(0);
            throw new IllegalStateException("interrupted while starting the fake WeChat server", e);
        }
        if (starter.isAlive()) {
            http.stop(0);
            throw new IllegalStateException("the fake WeChat server did not start within 30 s");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static ThreadFactory threadFactory(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * A builder with the defaults: app {@code wxtest}, secret {@code test-secret}, ephemeral port, no data.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Where the server listens, such as {@code http://127.0.0.1:51234}; API paths go under it.
     *
     * @return the server's base URI, with no trailing slash
     */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * The console's page, {@code http://127.0.0.1:PORT/console/}, when the builder asked for it
     * ({@link Builder#console()}; the standalone jar always serves it).
     *
     * @return the console's URI, empty when the server has no console
     */
    public Optional<URI> consoleUri() {
        return Optional.ofNullable(consoleUri);
    }

    /**
     * The port the server listens on.
     *
     * @return the port the server listens on
     */
    public int port() {
        return baseUri.getPort();
    }

    /**
     * The AppID the token endpoints accept.
     *
     * @return the AppID the token endpoints accept
     */
    public String appId() {
        return appId;
    }

    /**
     * The AppSecret the token endpoints accept.
     *
     * @return the AppSecret the token endpoints accept
     */
    public String appSecret() {
        return appSecret;
    }

    /**
     * The API-security settings for the client under test, when the server was built with
     * {@link Builder#apiSecurity()}: the keys the fake made at start (the symmetric key, the app's
     * private key and the fake platform's public key, each with its number), to pass to
     * {@code LogisticsClient.Builder.apiSecurity(...)}.
     *
     * @return the client's settings
     * @throws IllegalStateException if API security is not switched on for this server
     */
    public io.github.wxlogistics.security.ApiSecurity apiSecurity() {
        if (apiSecurity == null) {
            throw new IllegalStateException("API security is off on this FakeWeChatServer: build it with"
                    + " FakeWeChatServer.builder().apiSecurity()");
        }
        return apiSecurity.clientSettings();
    }

    /**
     * Writes the API-security keys a client in another language needs into {@code dir}
     * ({@code symmetric-key.txt}, {@code app-private-key.pem} (PKCS#8), {@code platform-public-key.pem}
     * and their numbers), when the server was built with {@link Builder#apiSecurity()}.
     *
     * @param dir the folder, created if missing
     * @throws IllegalStateException if API security is not switched on for this server
     * @throws UncheckedIOException if the files cannot be written
     */
    public void writeApiSecurityKeys(java.nio.file.Path dir) {
        apiSecurity();
        try {
            apiSecurity.writeTo(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The fake's intracity delivery beyond its calls: riders' progress, balances and the
     * order-status callbacks sent (see {@link FakeIntracity}).
     *
     * @return the fake's intracity side
     */
    public FakeIntracity intracity() {
        return intracity;
    }

    /**
     * A new access token valid for the configured lifetime, without an HTTP call. It is separate
     * from the classic and stable tokens: issuing it invalidates nothing.
     *
     * @return a new access token valid for the configured lifetime, without an HTTP call
     */
    public String issueToken() {
        return tokens.issueDirect().value();
    }

    /** Expires every access token issued so far: calls using them get 42001. */
    public void expireAllTokens() {
        tokens.expireAll();
    }

    /**
     * Invalidates every access token issued so far, as a {@code force_refresh} by another holder
     * of the AppSecret would: calls using them get 40001, and the next token fetch, in either
     * mode, issues a new token.
     */
    public void revokeAllTokens() {
        tokens.revokeAll();
    }

    /**
     * The courier-side order token of a waybill (the {@code Token} WeChat would push to the
     * courier with add_waybill), which getContact and updatePath require.
     *
     * @param waybillId a waybill the fake created
     * @return the courier-side order token of a waybill (the {@code Token} WeChat would push to the courier
     *     with add_waybill), which getContact and updatePath require
     */
    public Optional<String> courierToken(String waybillId) {
        Objects.requireNonNull(waybillId, "waybillId");
        return state.locked(() -> state.orderByWaybill(waybillId).map(Order::token));
    }

    /**
     * The user's and the carrier's side of the tracking and message components: what WeChat
     * learns from the carrier, for waybills that are not the fake's own orders.
     *
     * @return the tracking component's controls
     */
    public FakeTracking tracking() {
        return new FakeTracking(tracking);
    }

    /**
     * The user's side of the return component: booking a pickup, shipping the parcel back, the
     * parcel moving on.
     *
     * @return the return component's controls
     */
    public FakeReturns returns() {
        return new FakeReturns(returns);
    }

    /**
     * The merchant's and the insurer's side of freight insurance: paying a charge order, holding and
     * settling claims (whose results are pushed to the merchant's push URL).
     *
     * @return the freight insurance controls
     */
    public FakeInsurance freightInsurance() {
        return new FakeInsurance(insurance);
    }

    /**
     * The operations the fake serves, WeChat's name for each call (such as {@code getOrder})
     * with its path: the two token endpoints, the Logistics Assistant's 16 calls, the 16 intracity
     * calls (named as WeChat names them, such as {@code intracity_addorder}), the tracking, message
     * and return components' 16 (the three "apply to open" calls last), freight insurance's 11
     * ({@code insurance_freight_*}), then the open platform's 4 ({@code api_component_token},
     * {@code api_create_preauthcode}, {@code api_query_auth}, {@code api_authorizer_token}).
     *
     * @return an unmodifiable map, in that order
     */
    public static Map<String, String> operations() {
        return FakeRoutes.paths();
    }

    /**
     * Queues {@code response} for the next request to any path, token endpoints included.
     *
     * @param response the reply to send, once
     */
    public void enqueue(FakeResponse response) {
        script.add(null, Objects.requireNonNull(response, "response"));
    }

    /**
     * Queues {@code response} for the next request for one operation. Scripted replies come
     * before the {@link Dispatcher}, are used once, oldest first.
     *
     * @param operation WeChat's name for the call, such as {@code getOrder}, {@code addOrder} or
     *                  {@code getStableAccessToken} (see {@link #operations()}), or a path starting
     *                  with {@code /}, such as {@code /cgi-bin/express/business/order/add}
     * @param response  the reply or fault
     * @throws IllegalArgumentException for an operation name the fake does not know
     */
    public void enqueue(String operation, FakeResponse response) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(response, "response");
        String path = operation.startsWith("/") ? operation : FakeRoutes.pathOf(operation).orElseThrow(() ->
                new IllegalArgumentException("unknown operation " + operation + "; the fake serves "
                        + String.join(", ", operations().keySet()) + ", or give a path starting with /"));
        script.add(path, response);
    }

    /**
     * The dispatcher that answers requests no scripted reply claims.
     *
     * @return the dispatcher that answers requests no scripted reply claims
     */
    public Dispatcher dispatcher() {
        return dispatcher;
    }

    /**
     * Replaces the dispatcher from the next request on. To add behaviour to the WeChat fake,
     * delegate to {@link #weChatDispatcher()}.
     *
     * @param dispatcher the dispatcher that answers from the next request on
     */
    public void setDispatcher(Dispatcher dispatcher) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    /**
     * The stateful WeChat fake as a dispatcher: the default one, and the one to delegate to.
     * Calling it changes the server's state as the request would.
     *
     * @return the stateful WeChat fake as a dispatcher: the default one, and the one to delegate to
     */
    public Dispatcher weChatDispatcher() {
        return weChat;
    }

    /**
     * How many scripted replies no request has used yet.
     *
     * @return the number of queued replies still unused
     */
    public int pendingScriptedResponses() {
        return script.size();
    }

    /**
     * The oldest received request not yet taken, waiting at most {@code timeout} for one.
     *
     * @param timeout the longest to wait
     * @return the request, or empty when none arrived in time
     * @throws IllegalStateException when the waiting thread is interrupted (its flag is restored)
     */
    public Optional<RecordedRequest> takeRequest(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        try {
            return Optional.ofNullable(journal.take(timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a request", e);
        }
    }

    /**
     * How many requests the server has received, token calls and 404s included.
     *
     * @return the number of requests received so far
     */
    public long requestCount() {
        return journal.count();
    }

    /**
     * Every request the server has received so far, oldest first, whether {@link #takeRequest}
     * took it or not. Does not wait: a request is in the journal before its reply is sent, so
     * once a call has returned (or failed) its requests are here.
     *
     * @return an unmodifiable copy
     */
    public List<RecordedRequest> requests() {
        return journal.snapshot();
    }

    /**
     * Makes the running fake push a courier's events to {@code endpoint} from now on, as
     * {@link Builder#courierPush} does from the start; replaces an earlier URL of that courier. For
     * tests whose push URL is known only after the fake started, such as a Spring Boot application
     * on a random port that needs the fake's address to start (docs/spring-boot.md, "Testing").
     *
     * @param deliveryId the courier, such as {@code SF}
     * @param endpoint   the courier's push URL and settings; in compatible and safe mode with the
     *                   courier's own AppID
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code deliveryId} is blank, or the endpoint encrypts but
     *     has no AppID
     */
    public void courierPush(String deliveryId, PushEndpoint endpoint) {
        Builder.requireText(deliveryId, "deliveryId");
        Objects.requireNonNull(endpoint, "endpoint");
        requireCourierAppId(deliveryId, endpoint);
        pushes.setCourier(deliveryId, courierTarget(deliveryId, endpoint));
    }

    /**
     * Makes the running fake push the merchant's events to {@code endpoint} from now on, as
     * {@link Builder#merchantPush} does from the start; replaces an earlier merchant URL.
     *
     * @param endpoint the merchant's push URL and settings; without an AppID, the server's
     * @throws NullPointerException if {@code endpoint} is null
     */
    public void merchantPush(PushEndpoint endpoint) {
        pushes.setMerchant(merchantTarget(Objects.requireNonNull(endpoint, "endpoint")));
    }

    /**
     * Every push attempt the server has made so far, oldest first, whether {@link #takePush} took
     * it or not. A courier push (add_waybill, cancel_waybill, check_biz, get_quota) is recorded
     * before the merchant's call that caused it returns; a merchant push (add_express_path,
     * update_business_bind_result) is sent in the background after the call returned, so wait for
     * it with {@link #takePush}.
     *
     * @return an unmodifiable copy; empty when no push URL is configured
     */
    public List<RecordedPush> pushes() {
        return pushJournal.snapshot();
    }

    /**
     * Pushes a message that is not a logistics event to a push URL, the way WeChat pushes everything
     * else a mini program receives there: a customer-service message ({@code MsgType} {@code text},
     * {@code image}, {@code miniprogrampage}), {@code user_enter_tempsession}, or an event the
     * library does not model. It is signed, encrypted in compatible and safe mode, sent in the
     * endpoint's format, re-sent like any push without a 2xx answer, and recorded in
     * {@link #pushes()}; this call waits for the answer (at most the push attempts times the push
     * timeout). The answer may be {@code success}, empty or a passive reply packet, which is checked
     * and decrypted into {@link RecordedPush#reply()} and {@link RecordedPush#replyFields()}.
     *
     * <pre>{@code
     * RecordedPush sent = wechat.pushMessage(RecordedPush.MERCHANT, PushFields.builder()
     *         .add("FromUserName", "oUser").add("MsgType", "text").add("Content", "我的快递到哪了")
     *         .add("MsgId", "23456789").build());
     * assertThat(sent.replyField("MsgType")).hasValue("transfer_customer_service");
     * }</pre>
     *
     * @param recipient {@link RecordedPush#MERCHANT} for the mini program's push URL, or a courier's
     *                  delivery_id for its push URL
     * @param message   the message's fields in order; {@code ToUserName} (default the endpoint's) and
     *                  {@code CreateTime} (default now) are added first unless given; {@code CreateTime}
     *                  and {@code MsgId} are sent as numbers
     * @return the last delivery attempt, as recorded
     * @throws IllegalArgumentException if no push URL is configured for {@code recipient}
     * @throws NullPointerException if an argument is null
     */
    public RecordedPush pushMessage(String recipient, PushFields message) {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(message, "message");
        String label = message.text("Event").or(() -> message.text("MsgType")).orElse("message");
        PushAttempt last = pushes.message(recipient, label, packet(message), message.has("ToUserName"),
                message.has("CreateTime"));
        return pushJournal.recordOf(last);
    }

    private static PushPacket packet(PushFields fields) {
        PushPacket.Builder b = PushPacket.builder();
        for (String name : fields.names()) {
            for (String text : fields.texts(name)) {
                if ((name.equals("CreateTime") || name.equals("MsgId")) && text.matches("-?[0-9]{1,18}")) {
                    b.number(name, Long.parseLong(text));
                } else {
                    b.text(name, text);
                }
            }
            for (PushFields object : fields.objects(name)) {
                b.object(name, packet(object));
            }
        }
        return b.build();
    }

    /**
     * The oldest push attempt not yet taken, waiting at most {@code timeout} for one.
     *
     * @param timeout how long to wait
     * @return the attempt, or empty when none was made in time
     * @throws IllegalStateException when the waiting thread is interrupted (its flag is restored)
     */
    public Optional<RecordedPush> takePush(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        try {
            return Optional.ofNullable(pushJournal.take(timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a push", e);
        }
    }

    /**
     * The open platform the fake plays for the third-party platform registered with
     * {@link Builder#openPlatform}.
     *
     * @return the fake open platform
     * @throws IllegalStateException if no third-party platform was registered
     */
    public FakePlatform platform() {
        if (platform == null) {
            throw new IllegalStateException("no third-party platform registered: call FakeWeChatServer.builder()"
                    + ".openPlatform(componentAppId, componentSecret, pushToken, encodingAesKey)");
        }
        return platform;
    }

    /**
     * Stops the server: stalled and delayed requests are cut off, connections closed, pushes not
     * yet delivered dropped. Returns within a few seconds; calling it again does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closing.countDown();
        if (platform != null) {
            platform.close();
        }
        changes.close();
            intracityCallbacks.close();
        closePushSender();
        port.close();
        http.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Whether {@link #close()} has been called.
     *
     * @return whether {@link #close()} has been called
     */
    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public String toString() {
        return "FakeWeChatServer[" + baseUri + ", appId=" + appId + (closed.get() ? ", closed" : "") + "]";
    }

    /** Configures and starts a {@link FakeWeChatServer}. Not thread-safe; use it from one thread. */
    public static final class Builder {
        private String appId = "wxtest";
        private String appSecret = "test-secret";
        private int port;
        private Clock clock = Clock.systemUTC();
        private Duration tokenLifetime = Duration.ofSeconds(7200);
        private final List<FakeData> seeds = new ArrayList<>();
        private UnaryOperator<Dispatcher> dispatcher = UnaryOperator.identity();
        private final Map<String, PushEndpoint> courierPushes = new LinkedHashMap<>();
        private PushEndpoint merchantPush;
        private Duration pushTimeout = DEFAULT_PUSH_TIMEOUT;
        private int pushAttempts = DEFAULT_PUSH_ATTEMPTS;
        private boolean apiSecurity;
        private boolean console;
        private String componentAppId;
        private String componentSecret;
        private String componentPushToken;
        private String componentAesKey;
        private Duration ticketInterval = FakePlatform.DEFAULT_TICKET_INTERVAL;

        private Builder() {
        }

        /**
         * Serves the console under {@code /console/} on the server's port
         * ({@link FakeWeChatServer#consoleUri()}): a page to see the orders, accounts, requests and
         * pushes and to advance waybills, fire courier events, re-send pushes, expire tokens, script
         * faults and reset, as the testkit guide describes. Off by default.
         *
         * @return this builder
         */
        public Builder console() {
            this.console = true;
            return this;
        }

        /**
         * The AppID the token endpoints accept (default {@code wxtest}).
         *
         * @param appId the AppID, not blank
         * @return this builder
         */
        public Builder appId(String appId) {
            this.appId = requireText(appId, "appId");
            return this;
        }

        /**
         * The AppSecret the token endpoints accept (default {@code test-secret}).
         *
         * @param appSecret the AppSecret, not blank
         * @return this builder
         */
        public Builder appSecret(String appSecret) {
            this.appSecret = requireText(appSecret, "appSecret");
            return this;
        }

        /**
         * The loopback port to listen on; 0 (the default) picks a free one.
         *
         * @param port the port, 0 to 65535
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The clock that token expiry and timestamps are computed from (default: system UTC). Pass
         * a {@link MutableClock} to expire tokens without waiting. The server does not own it.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How long issued access tokens live (default 7200 s); {@code expires_in} reports it.
         *
         * @param lifetime the token lifetime, at least one second
         * @return this builder
         */
        public Builder tokenLifetime(Duration lifetime) {
            Objects.requireNonNull(lifetime, "lifetime");
            if (lifetime.toSeconds() < 1) {
                throw new IllegalArgumentException("token lifetime must be at least one second");
            }
            this.tokenLifetime = lifetime;
            return this;
        }

        /**
         * Adds data to start with; seeds apply in order, later entries replacing earlier ones by id.
         *
         * @param data the data to add
         * @return this builder
         */
        public Builder seed(FakeData data) {
            seeds.add(Objects.requireNonNull(data, "data"));
            return this;
        }

        /**
         * Adds the data the five original API documents' examples use ({@link FakeData#demo()}).
         *
         * @return this builder
         */
        public Builder demoData() {
            return seed(FakeData.demo());
        }

        /**
         * Adds the data of a fixture file ({@link FakeData#load(Path)}), read now.
         *
         * @param file the fixture file
         * @return this builder
         */
        public Builder fixture(Path file) {
            return seed(FakeData.load(file));
        }

        /**
         * Replaces the default dispatcher (the stateful WeChat fake) with {@code dispatcher}. A
         * {@link FakeResponse#proceed()} it returns still reaches the WeChat fake.
         *
         * @param dispatcher the dispatcher to answer with
         * @return this builder
         */
        public Builder dispatcher(Dispatcher dispatcher) {
            Objects.requireNonNull(dispatcher, "dispatcher");
            this.dispatcher = weChat -> dispatcher;
            return this;
        }

        /**
         * Wraps the dispatcher configured so far (at first the stateful WeChat fake) with
         * {@code wrapper}, which gets it to delegate to; several wrappers stack, the last outermost.
         *
         * @param wrapper gets the dispatcher so far and returns the one to use
         * @return this builder
         */
        public Builder wrapDispatcher(UnaryOperator<Dispatcher> wrapper) {
            Objects.requireNonNull(wrapper, "wrapper");
            UnaryOperator<Dispatcher> inner = dispatcher;
            this.dispatcher = weChat -> wrapper.apply(inner.apply(weChat));
            return this;
        }

        /**
         * Makes the fake push the courier's events to its push URL, as WeChat does once a courier
         * has configured one: addOrder sends {@code add_waybill} and answers the merchant with the
         * courier's WayBillID and WaybillData (a non-zero ResultCode becomes errcode 9300501 with
         * {@code delivery_resultcode} and {@code delivery_resultmsg}); cancelOrder sends
         * {@code cancel_waybill}, bindAccount {@code check_biz} and getQuota {@code get_quota}, each
         * decided by the reply. The merchant's call waits for the reply; no readable reply after
         * every attempt is errcode 9300502. The testkit guide lists the details.
         *
         * @param deliveryId the courier, such as {@code SF}
         * @param endpoint   the courier's push URL and settings; in compatible and safe mode with the
         *                   courier's own AppID
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the endpoint encrypts but has no AppID
         */
        public Builder courierPush(String deliveryId, PushEndpoint endpoint) {
            requireText(deliveryId, "deliveryId");
            Objects.requireNonNull(endpoint, "endpoint");
            requireCourierAppId(deliveryId, endpoint);
            courierPushes.put(deliveryId, endpoint);
            return this;
        }

        /**
         * Makes the fake push the merchant's events to the merchant's push URL, in the background
         * after the call that causes them: updatePath and testUpdateOrder send
         * {@code add_express_path} (the waybill's whole path, Version and Count the number of
         * nodes), updateBusiness sends {@code update_business_bind_result}, a settled freight
         * insurance claim sends {@code wxainsurance_claim_result}.
         *
         * @param endpoint the merchant's push URL and settings; without an AppID, the server's
         * @return this builder
         * @throws NullPointerException if {@code endpoint} is null
         */
        public Builder merchantPush(PushEndpoint endpoint) {
            this.merchantPush = Objects.requireNonNull(endpoint, "endpoint");
            return this;
        }

        /**
         * How long a push waits for its answer before it is re-sent (default 5 s, as WeChat).
         *
         * @param timeout the wait of one attempt, positive
         * @return this builder
         * @throws IllegalArgumentException if {@code timeout} is not positive
         */
        public Builder pushTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("push timeout must be positive: " + timeout);
            }
            this.pushTimeout = timeout;
            return this;
        }

        /**
         * How many times a push is delivered at most (default 3: WeChat's first delivery and two
         * re-sends). A push is re-sent after a timeout, a connection failure or a status other than 2xx.
         *
         * @param attempts at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code attempts} is less than 1
         */
        public Builder pushAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("push attempts must be at least 1: " + attempts);
            }
            this.pushAttempts = attempts;
            return this;
        }

        /**
         * Switches on WeChat's API security for the fake's AppID, as a merchant does in the admin
         * console: every call but the token endpoints must then be encrypted and signed (a plain,
         * badly signed, stale or wrongly encrypted call gets errcode 40234, unsigned), and every
         * answer is encrypted and signed by the fake platform. The keys are made at start; the
         * client under test takes them from {@link FakeWeChatServer#apiSecurity()}. A sealed call
         * comes as a POST whatever the route's method (its parameters are in the ciphertext).
         *
         * @return this builder
         */
        public Builder apiSecurity() {
            this.apiSecurity = true;
            return this;
        }

        /**
         * Registers a third-party platform (第三方平台) with the fake open platform
         * ({@link FakeWeChatServer#platform()}): its AppID and AppSecret for
         * {@code api_component_token}, and the Token and EncodingAESKey its authorization events are
         * signed and encrypted with. Its merchants' authorizer tokens are then accepted by every
         * business call they are permitted.
         *
         * @param componentAppId  the platform's AppID
         * @param componentSecret the platform's AppSecret
         * @param pushToken       the Token of its authorization-event URL
         * @param encodingAesKey  its EncodingAESKey, 43 characters
         * @return this builder
         */
        public Builder openPlatform(String componentAppId, String componentSecret, String pushToken,
                String encodingAesKey) {
            this.componentAppId = requireText(componentAppId, "componentAppId");
            this.componentSecret = requireText(componentSecret, "componentSecret");
            this.componentPushToken = requireText(pushToken, "pushToken");
            this.componentAesKey = requireText(encodingAesKey, "encodingAesKey");
            io.github.wxlogistics.internal.push.PushCrypto.create(encodingAesKey, componentAppId); // checks the key now
            return this;
        }

        /**
         * How often the open platform pushes {@code component_verify_ticket} once its event URL is set.
         * Default {@link FakePlatform#DEFAULT_TICKET_INTERVAL} (WeChat's 10 minutes).
         *
         * @param interval positive
         * @return this builder
         */
        public Builder ticketInterval(Duration interval) {
            if (Objects.requireNonNull(interval, "interval").isZero() || interval.isNegative()) {
                throw new IllegalArgumentException("ticketInterval must be positive, was " + interval);
            }
            this.ticketInterval = interval;
            return this;
        }

        /**
         * Starts the server.
         *
         * @return the running server, to be closed after use
         * @throws UncheckedIOException when the port cannot be bound
         */
        public FakeWeChatServer start() {
            try {
                return new FakeWeChatServer(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the fake WeChat server on port " + port, e);
            }
        }

        private static String requireText(String value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }
    }
}
