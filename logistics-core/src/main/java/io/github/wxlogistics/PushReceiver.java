package io.github.wxlogistics;

import io.github.wxlogistics.spi.DuplicateStore;
import io.github.wxlogistics.internal.push.PushCrypto;
import io.github.wxlogistics.internal.push.PushPipeline;
import io.github.wxlogistics.internal.push.PushSettings;
import io.github.wxlogistics.internal.push.Route;
import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.event.BusinessBindResultEvent;
import io.github.wxlogistics.event.CancelWaybillEvent;
import io.github.wxlogistics.event.CancelWaybillReply;
import io.github.wxlogistics.event.CheckBizEvent;
import io.github.wxlogistics.event.CheckBizReply;
import io.github.wxlogistics.event.GetQuotaEvent;
import io.github.wxlogistics.event.GetQuotaReply;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import io.github.wxlogistics.internal.listener.Listeners;
import io.github.wxlogistics.spi.LogisticsListener;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The inbound port for pushed events, independent of any HTTP framework: an adapter (JDK
 * {@code HttpServer}, Vert.x, Spring) hands in the method, query parameters and body of each
 * request to the push URL and sends back the {@link PushResponse}.
 *
 * <pre>{@code
 * PushReceiver receiver = PushReceiver.builder()
 *         .token(token).encodingAesKey(aesKey).appId("wx...")     // safe mode
 *         .onAddWaybill(push -> AddWaybillReply.success(push.waybillId(), List.of()))
 *         .onCancelWaybill(push -> CancelWaybillReply.cancelled())
 *         .build();
 * receiver.handle(PushRequest.fromRawQuery(method, rawQuery, body)).thenAccept(adapter::send);
 * }</pre>
 *
 * <p>For each request: a GET is a URL check, answered with {@code echostr} if its signature
 * holds; a method other than GET or POST gets 405; a body over {@link #maxBodyBytes()} gets 413;
 * a push whose timestamp, signature or encryption fails gets 401, a malformed one 400, both with
 * an empty body and the reason logged at WARNING (logger {@code io.github.wxlogistics.event},
 * never a secret). A push is then routed by its {@code Event}: merchant events are answered
 * {@code success}, courier events with the handler's reply packet in the push's format
 * (encrypted in {@link PushMode#SAFE}), and an event without a handler with {@code success}
 * (logged at INFO). {@code add_express_path}, {@code add_waybill} and {@code cancel_waybill} are
 * deduplicated through the {@link DuplicateStore}: the handler runs once per key and every
 * delivery gets the same reply.
 *
 * <p>A push gets its answer within the handler deadline (default 4 s, under WeChat's 5 s wait):
 * a handler that fails is answered 500, one that is late or cannot get a thread 503, so WeChat
 * re-sends; a late handler's reply is still stored for the re-send. {@link #handle} never
 * throws for a bad request, and its stage never fails. It completes on the calling thread, the
 * thread that finished the handler, the duplicate store's thread or the deadline scheduler's
 * thread: an adapter that blocks while writing SHOULD move to its own thread.
 *
 * <p>Thread-safe. {@link #toString()} never shows the Token or the EncodingAESKey.
 *
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/framework/server-ability/message-push.html">Message push (消息推送)</a>
 */
public final class PushReceiver implements AutoCloseable {

    private final PushPipeline pipeline;
    private final PushSettings settings;
    private final ExecutorService ownedExecutor;
    private final ScheduledExecutorService ownedScheduler;

    private PushReceiver(PushSettings settings, ExecutorService ownedExecutor, ScheduledExecutorService ownedScheduler) {
        this.pipeline = PushPipeline.create(settings);
        this.settings = settings;
        this.ownedExecutor = ownedExecutor;
        this.ownedScheduler = ownedScheduler;
    }

    /**
     * A builder; {@link Builder#token} is required.
     *
     * @return a new builder with the defaults and no handlers
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Handles one request to the push URL.
     *
     * @param request the method, query parameters and body
     * @return a stage that always completes normally, at the latest at the handler deadline
     */
    public CompletionStage<PushResponse> handle(PushRequest request) {
        return pipeline.handle(Objects.requireNonNull(request, "request"));
    }

    /**
     * The largest body accepted, in bytes; an adapter MAY stop reading one byte past it.
     *
     * @return the limit in bytes, positive
     */
    public int maxBodyBytes() {
        return settings.maxBodyBytes();
    }

    /**
     * How long a push may take from arrival to reply: {@link #handle}'s stage completes within it
     * (an adapter that waits for the stage MAY bound its wait by it, plus a margin).
     *
     * @return the handler deadline, positive
     */
    public Duration handlerDeadline() {
        return settings.handlerDeadline();
    }

    /**
     * The encryption mode pushes are expected in.
     *
     * @return the mode, never {@code null}
     */
    public PushMode mode() {
        return settings.mode();
    }

    /**
     * Shuts down the executor and scheduler this receiver created itself (none that were passed
     * in); pushes arriving afterwards are answered 503. Idempotent.
     */
    @Override
    public void close() {
        if (ownedExecutor != null) {
            ownedExecutor.shutdown();
        }
        if (ownedScheduler != null) {
            ownedScheduler.shutdown();
        }
    }

    @Override
    public String toString() {
        return "PushReceiver[mode=" + settings.mode() + ", events=" + settings.routes().keySet() + "]";
    }

    /** Configures a {@link PushReceiver}; not thread-safe. */
    public static final class Builder {

        /** Default {@link #maxBodyBytes}: 64 KiB. */
        public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
        /** Default {@link #timestampWindow}: 5 minutes. */
        public static final Duration DEFAULT_TIMESTAMP_WINDOW = Duration.ofMinutes(5);
        /** Default {@link #handlerDeadline}: 4 seconds, under WeChat's 5-second wait. */
        public static final Duration DEFAULT_HANDLER_DEADLINE = Duration.ofSeconds(4);
        /** Threads of the default executor for blocking handlers. */
        static final int DEFAULT_HANDLER_THREADS = 32;

        private String token;
        private String encodingAesKey;
        private String appId;
        private PushMode mode;
        private Clock clock = Clock.systemUTC();
        private Duration timestampWindow = DEFAULT_TIMESTAMP_WINDOW;
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private Duration handlerDeadline = DEFAULT_HANDLER_DEADLINE;
        private Executor executor;
        private ScheduledExecutorService scheduler;
        private DuplicateStore duplicateStore;
        private RandomGenerator random;
        private final Map<String, Route<?, ?>> routes = new LinkedHashMap<>();
        private final List<LogisticsListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /**
         * The push Token of the console's message-push settings (required); never logged or shown.
         *
         * @param value the Token, as entered in the console; must not be {@code null}
         * @return this builder
         */
        public Builder token(String value) {
            this.token = Objects.requireNonNull(value, "token");
            return this;
        }

        /**
         * The 43-character EncodingAESKey (required in compatible and safe mode); never logged or
         * shown. Setting it makes {@link PushMode#SAFE} the default mode.
         *
         * @param value the EncodingAESKey, 43 Base64 characters; checked by {@link #build()}; must
         *              not be {@code null}
         * @return this builder
         */
        public Builder encodingAesKey(String value) {
            this.encodingAesKey = Objects.requireNonNull(value, "encodingAesKey");
            return this;
        }

        /**
         * The mini program's AppID, checked in every decrypted push (required with an EncodingAESKey).
         *
         * @param value the AppID, such as {@code wx0123456789abcdef}; must not be {@code null}
         * @return this builder
         */
        public Builder appId(String value) {
            this.appId = Objects.requireNonNull(value, "appId");
            return this;
        }

        /**
         * The encryption mode; default {@link PushMode#SAFE} with an EncodingAESKey, else {@link PushMode#PLAINTEXT}.
         *
         * @param value the mode; must not be {@code null}
         * @return this builder
         */
        public Builder mode(PushMode value) {
            this.mode = Objects.requireNonNull(value, "mode");
            return this;
        }

        /**
         * Wall time for the timestamp window and replies' CreateTime; default the system UTC clock.
         *
         * @param value the clock; must not be {@code null}
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * How far a push's {@code timestamp} may be from now, either way, to be accepted (positive); default 5 minutes.
         *
         * @param value the window, positive; must not be {@code null}
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is zero or negative
         */
        public Builder timestampWindow(Duration value) {
            this.timestampWindow = positive(value, "timestampWindow");
            return this;
        }

        /**
         * The largest body accepted, in bytes (positive); default 64 KiB. Larger ones get 413.
         *
         * @param value the limit in bytes, positive
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is zero or negative
         */
        public Builder maxBodyBytes(int value) {
            if (value <= 0) {
                throw new IllegalArgumentException("maxBodyBytes must be positive, was " + value);
            }
            this.maxBodyBytes = value;
            return this;
        }

        /**
         * How long a push may take from arrival to reply (positive); default 4 s. Later ones get 503.
         *
         * @param value the deadline, positive; must not be {@code null}
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is zero or negative
         */
        public Builder handlerDeadline(Duration value) {
            this.handlerDeadline = positive(value, "handlerDeadline");
            return this;
        }

        /**
         * Where blocking handlers run. The receiver does not shut it down. Default: a pool of up
         * to 32 daemon threads the receiver owns and {@link #close()} shuts down; a push finding
         * all busy gets 503.
         *
         * @param value the executor for blocking handlers; must not be {@code null}
         * @return this builder
         */
        public Builder executor(Executor value) {
            this.executor = Objects.requireNonNull(value, "executor");
            return this;
        }

        /**
         * Times the handler deadlines; its tasks are short. The receiver does not shut it down.
         * Default: one daemon thread the receiver owns and {@link #close()} shuts down.
         *
         * @param value the scheduler for deadline timers; must not be {@code null}
         * @return this builder
         */
        public Builder scheduler(ScheduledExecutorService value) {
            this.scheduler = Objects.requireNonNull(value, "scheduler");
            return this;
        }

        /**
         * The deduplication store; default {@link InMemoryDuplicateStore} (10,000 entries, 10 minutes, this clock).
         *
         * @param value the store, possibly shared between receivers; must not be {@code null}
         * @return this builder
         */
        public Builder duplicateStore(DuplicateStore value) {
            this.duplicateStore = Objects.requireNonNull(value, "duplicateStore");
            return this;
        }

        /**
         * The source of encryption prefixes and reply nonces; default a new {@link SecureRandom}.
         * It MUST be safe for concurrent use; only tests want anything else.
         *
         * @param value the random source; must not be {@code null}
         * @return this builder
         */
        public Builder random(RandomGenerator value) {
            this.random = Objects.requireNonNull(value, "random");
            return this;
        }

        /**
         * Adds a listener told of every request ({@link LogisticsListener#onPushReceived}) and
         * answer ({@link LogisticsListener#onPushAnswered}); may be called several times. A
         * listener that throws never changes the answer: the first failure of each is logged at WARNING.
         *
         * @param value the listener
         * @return this builder
         */
        public Builder listener(LogisticsListener value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /**
         * Handles {@code add_express_path} on the executor; answered {@code success}; deduplicated.
         *
         * @param handler called on the executor for each push of this event, may block; must not be
         *                {@code null}
         * @return this builder
         * @throws IllegalStateException if a handler for this event is already registered
         */
        public Builder onAddExpressPath(Consumer<? super AddExpressPathEvent> handler) {
            return route(Route.addExpressPath(Route.blockingConsumer(handler)));
        }

        /**
         * Handles {@code add_express_path} with a handler that MUST NOT block; deduplicated.
         *
         * @param handler called for each push of this event, must not block; its stage completes when the
         *                push is handled; must not be {@code null}
         * @return this builder
         * @throws IllegalStateException if a handler for this event is already registered
         */
        public Builder onAddExpressPathAsync(Function<? super AddExpressPathEvent, ? extends CompletionStage<Void>> handler) {
            return route(Route.addExpressPath(Route.async(handler)));
        }

        /**
         * Handles {@code update_business_bind_result} on the executor; answered {@code success}.
         *
         * @param handler called on the executor for each push of this event, may block; must not be
         *                {@code null}
         * @return this builder
         * @throws IllegalStateException if a handler for this event is already registered
         */
        public Builder onBusinessBindResult(Consumer<? super BusinessBindResultEvent> handler) {
            return route(Route.businessBindResult(Route.blockingConsumer(handler)));
        }

        /**
         * Handles {@code update_business_bind_result} with a handler that MUST NOT block.
         *
         * @param handler called for each push of this event, must not block; its stage completes when the
         *                push is handled; must not be {@code null}
         * @return this builder
         * @throws IllegalStateException if a handler for this event is already registered
         */
        public Builder onBusinessBindResultAsync(
                Function<? super BusinessBindResultEvent, ? extends CompletionStage<Void>> handler) {
            return route(Route.businessBindResult(Route.async(handler)));
        }

        /**
         * Handles {@code add_waybill} on the executor; deduplicated on BizID and OrderID.
         *
         * @param handler called on the executor for each push of this event, may block; must not be
         *                {@code null}
         * @return this builder
         * @throws IllegalStateException if a handler for this event is already registered
         */
        public Builder onAddWaybill(Function<? super AddWaybillEvent, AddWaybillReply> handler) {
            return route(Route.addWaybill(Route.blocking(handler)));
        }

        /**
         * Handles {@code add_waybill} with a handler that MUST NOT block; deduplicated.
         *
         * @param handler called for each push of this event, must not block; its stage completes when the
         *                push is handled; must not be {@code null}
         * @return this builder
         * @throws IllegalStateException if a handler for this event is already registered
         */
        public Builder onAddWaybillAsync(
                Function<? super AddWaybillEvent, ? extends CompletionStage<AddWaybillReply>> handler) {
            return route(Route.addWaybill(Route.async(handler)));
        }

        /**
         * Handles {@code cancel_waybill} on the executor; deduplicated on BizID and OrderID.
         *
         * @param handler called on the executor for each push of this event, may block; must not be
         *                {@code null}
         * @return this builder
         * @throws IllegalStateException if a handler for this event is already registered
         */
        public Builder onCancelWaybill(Function<? super CancelWaybillEvent, CancelWaybillReply> handler) {
            return route(Route.cancelWaybill(Route.blocking(handler)));
        }

        /**
         * Handles {@code cancel_waybill} with a handler that MUST NOT block; deduplicated.
         *
         * @param handler called for each push of this event, must not block; its stage completes when the
         *                push is handled; must not be {@code null}
         * @return this builder
         * @throws IllegalStateException if a handler for this event is already registered
         */
        public Builder onCancelWaybillAsync(
                Function<? super CancelWaybillEvent, ? extends CompletionStage<CancelWaybillReply>> handler) {
            return route(Route.cancelWaybill(Route.async(handler)));
        }

        /**
         * Handles {@code check_biz} on the executor.
         *
         * @param handler called on the executor for each push of this event, may block; must not be
         *                {@code null}
         * @return this builder
         * @throws IllegalStateException if a handler for this event is already registered
         */
        public Builder onCheckBiz(Function<? super CheckBizEvent, CheckBizReply> handler) {
            return route(Route.checkBiz(Route.blocking(handler)));
        }

        /**
         * Handles {@code check_biz} with a handler that MUST NOT block.
         *
         * @param handler called for each push of this event, must not block; its stage completes when the
         *                push is handled; must not be {@code null}
         * @return this builder
         * @throws IllegalStateException if a handler for this event is already registered
         */
        public Builder onCheckBizAsync(Function<? super CheckBizEvent, ? extends CompletionStage<CheckBizReply>> handler) {
            return route(Route.checkBiz(Route.async(handler)));
        }

        /**
         * Handles {@code get_quota} on the executor.
         *
         * @param handler called on the executor for each push of this event, may block; must not be
         *                {@code null}
         * @return this builder
         * @throws IllegalStateException if a handler for this event is already registered
         */
        public Builder onGetQuota(Function<? super GetQuotaEvent, GetQuotaReply> handler) {
            return route(Route.getQuota(Route.blocking(handler)));
        }

        /**
         * Handles {@code get_quota} with a handler that MUST NOT block.
         *
         * @param handler called for each push of this event, must not block; its stage completes when the
         *                push is handled; must not be {@code null}
         * @return this builder
         * @throws IllegalStateException if a handler for this event is already registered
         */
        public Builder onGetQuotaAsync(Function<? super GetQuotaEvent, ? extends CompletionStage<GetQuotaReply>> handler) {
            return route(Route.getQuota(Route.async(handler)));
        }

        /**
         * The receiver.
         *
         * @return a new receiver; close it to stop the threads it created
         * @throws IllegalStateException if the Token is missing, or compatible or safe mode lacks
         *     the EncodingAESKey or AppID
         * @throws IllegalArgumentException if the EncodingAESKey is not 43 Base64 characters of 32 bytes
         */
        public PushReceiver build() {
            if (token == null || token.isEmpty()) {
                throw new IllegalStateException("token is required");
            }
            PushMode effective = mode != null ? mode : encodingAesKey != null ? PushMode.SAFE : PushMode.PLAINTEXT;
            RandomGenerator source = random != null ? random : new SecureRandom();
            PushCrypto crypto = null;
            if (effective != PushMode.PLAINTEXT) {
                if (encodingAesKey == null || appId == null) {
                    throw new IllegalStateException(effective + " mode needs the encodingAesKey and the appId");
                }
                crypto = PushCrypto.create(encodingAesKey, appId).withRandom(source);
            }
            ExecutorService ownedExecutor = executor == null ? handlerPool() : null;
            ScheduledExecutorService ownedScheduler = scheduler == null ? deadlineScheduler() : null;
            PushSettings settings = new PushSettings(token, crypto, effective, clock, timestampWindow, maxBodyBytes,
                    handlerDeadline, executor != null ? executor : ownedExecutor,
                    scheduler != null ? scheduler : ownedScheduler,
                    duplicateStore != null ? duplicateStore
                            : InMemoryDuplicateStore.create(InMemoryDuplicateStore.DEFAULT_MAX_ENTRIES,
                                    InMemoryDuplicateStore.DEFAULT_TTL, clock),
                    source, routes, Listeners.of(listeners));
            return new PushReceiver(settings, ownedExecutor, ownedScheduler);
        }

        private Builder route(Route<?, ?> route) {
            if (routes.putIfAbsent(route.name(), route) != null) {
                throw new IllegalStateException("a handler for " + route.name() + " is already registered");
            }
            return this;
        }

        private static Duration positive(Duration value, String name) {
            if (Objects.requireNonNull(value, name).isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }

        private static ExecutorService handlerPool() {
            return new ThreadPoolExecutor(0, DEFAULT_HANDLER_THREADS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                    daemonThreads("wxlogistics-push-handler-"));
        }

        private static ScheduledExecutorService deadlineScheduler() {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1,
                    daemonThreads("wxlogistics-push-deadline-"));
            timer.setRemoveOnCancelPolicy(true);
            return timer;
        }

        private static ThreadFactory daemonThreads(String prefix) {
            AtomicInteger count = new AtomicInteger();
            return task -> {
                Thread thread = new Thread(task, prefix + count.incrementAndGet());
                thread.setDaemon(true);
                // Not the loader of the thread that happened to start it (a servlet container's web
                // application loader, which then reports the thread as a leak at shutdown).
                thread.setContextClassLoader(PushReceiver.class.getClassLoader());
                return thread;
            };
        }
    }
}
