package io.github.wxlogistics;

import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.NoticeEvent;
import io.github.wxlogistics.event.PushAnswer;
import io.github.wxlogistics.event.PushEvent;
import io.github.wxlogistics.event.PushMessage;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import io.github.wxlogistics.event.RequestEvent;
import io.github.wxlogistics.internal.listener.Listeners;
import io.github.wxlogistics.internal.push.PushCrypto;
import io.github.wxlogistics.internal.push.PushPipeline;
import io.github.wxlogistics.internal.push.PushSettings;
import io.github.wxlogistics.internal.push.Route;
import io.github.wxlogistics.spi.DuplicateStore;
import io.github.wxlogistics.spi.LogisticsListener;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The mini program's one push URL, independent of any HTTP framework: the inbound facade, as
 * {@link LogisticsClient} is the outbound one. An adapter (JDK {@code HttpServer}, Vert.x, Spring
 * MVC or WebFlux, the testkit's) hands in the method, query parameters and body of each request
 * and copies the {@link PushResponse} back; every decision about the exchange is made here.
 *
 * <pre>{@code
 * PushReceiver receiver = PushReceiver.builder()
 *         .token(token).encodingAesKey(aesKey).appId("wx...")     // safe mode
 *         .on(AddWaybillEvent.class, order -> AddWaybillReply.success(order.waybillId(), List.of()))
 *         .on(CancelWaybillEvent.class, order -> CancelWaybillReply.cancelled())
 *         .fallback(message -> PushAnswer.success())              // customer-service messages and the rest
 *         .build();
 * PushResponse response = receiver.answer(PushRequest.fromRawQuery(method, rawQuery, body));
 * }</pre>
 *
 * <p>For each request: a GET is a URL check, answered with {@code echostr} if its signature
 * holds; a method other than GET or POST gets 405 with {@code Allow}; a body over
 * {@link #maxBodyBytes()} gets 413; a push whose timestamp, signature or encryption fails gets
 * 401, a malformed one 400, both with an empty body and the reason logged at WARNING (logger
 * {@code io.github.wxlogistics.event}, never a secret). A verified push is then routed by its
 * {@code Event} to the handler registered for that event's class ({@link Builder#on}): a
 * {@link NoticeEvent} is answered {@code success}, a {@link RequestEvent} with the handler's reply
 * packet in the push's format (encrypted in {@link PushMode#SAFE}). Everything else on the URL
 * (customer-service messages, {@code user_enter_tempsession}, unknown events) goes to the
 * {@link Builder#fallback fallback}, or is answered {@code success} without one (logged at INFO).
 * {@code add_express_path}, {@code add_waybill} and {@code cancel_waybill} are deduplicated
 * through the {@link DuplicateStore}: the handler runs once per key and every delivery gets the
 * same reply.
 *
 * <p>A push gets its answer within the handler deadline (default 4 s, under WeChat's 5 s wait):
 * a handler that fails is answered 500, one that is late or cannot get a thread 503, so WeChat
 * re-sends; a late handler's reply is still stored for the re-send. {@link #handle} never
 * throws for a bad request, and its stage never fails. It completes on the calling thread, the
 * thread that finished the handler, the duplicate store's thread or the deadline scheduler's
 * thread: an adapter that blocks while writing SHOULD move to its own thread, or use {@link #answer}.
 *
 * <p>Thread-safe. {@link #toString()} never shows the Token or the EncodingAESKey.
 *
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/framework/server-ability/message-push.html">Message push (消息推送)</a>
 */
public final class PushReceiver implements AutoCloseable {

    /** How much longer than the handler deadline {@link #handle} and {@link #answer} may take: 1 second. */
    public static final Duration GRACE = Duration.ofSeconds(1);

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
     * Handles one request to the push URL, for an adapter that does not block: the stage completes
     * normally by the handler deadline (the receiver's own timer), and at the latest by
     * {@link #answerDeadline()}, with 503, should that timer be held up.
     *
     * @param request the method, query parameters and body (read up to {@link #bodyReadLimit()} bytes)
     * @return a stage that always completes normally
     */
    public CompletableFuture<PushResponse> handle(PushRequest request) {
        CompletableFuture<PushResponse> out = new CompletableFuture<>();
        pipeline.handle(Objects.requireNonNull(request, "request")).whenComplete((response, failure) ->
                out.complete(response != null ? response : PushResponse.status(500)));
        // A backstop on the JDK's delay thread, not on the default executor: it only completes the stage.
        return out.completeOnTimeout(PushResponse.status(503), answerDeadline().toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Handles one request to the push URL on the calling thread, for an adapter that blocks (the
     * JDK {@code HttpServer}, a servlet): waits at most {@link #answerDeadline()}, and answers 503
     * if no answer came by then or the thread is interrupted (its interrupt status is kept).
     *
     * @param request the method, query parameters and body (read up to {@link #bodyReadLimit()} bytes)
     * @return the response, never {@code null}
     */
    public PushResponse answer(PushRequest request) {
        try {
            return handle(request).toCompletableFuture().get(answerDeadline().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PushResponse.status(503);
        } catch (ExecutionException | TimeoutException e) {
            return PushResponse.status(503);
        }
    }

    /**
     * The largest body accepted, in bytes; a larger one is answered 413.
     *
     * @return the limit in bytes, positive
     */
    public int maxBodyBytes() {
        return settings.maxBodyBytes();
    }

    /**
     * How many bytes of a body an adapter reads at most, and hands over in the {@link PushRequest}:
     * one past {@link #maxBodyBytes()}, so the receiver can tell a body over the limit and answer
     * 413, and {@link Integer#MAX_VALUE} when that is the limit (no overflow). An adapter stops
     * reading there and MAY close the connection after the answer.
     *
     * @return the read limit in bytes, positive
     */
    public int bodyReadLimit() {
        int max = settings.maxBodyBytes();
        return max == Integer.MAX_VALUE ? max : max + 1;
    }

    /**
     * How long a push may take from arrival to reply: the handler deadline; a later handler gets 503.
     *
     * @return the handler deadline, positive
     */
    public Duration handlerDeadline() {
        return settings.handlerDeadline();
    }

    /**
     * The handler deadline plus {@link #GRACE}: the longest {@link #handle}'s stage and
     * {@link #answer} take. An adapter whose framework needs a timeout of its own (a servlet's async
     * timeout) uses this one.
     *
     * @return the answer deadline, positive
     */
    public Duration answerDeadline() {
        return settings.handlerDeadline().plus(GRACE);
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
        return "PushReceiver[mode=" + settings.mode() + ", events=" + settings.routes().keySet()
                + (settings.fallback() != null ? ", fallback" : "") + "]";
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
        private Route.Handler<PushMessage, PushAnswer> fallback;
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
         * Handles one {@link NoticeEvent} type on the executor, answered {@code success} once the
         * handler returns, such as {@code on(AddExpressPathEvent.class, path -> tracking.update(path))}.
         * {@code add_express_path} is deduplicated (on DeliveryID, WayBillId and Version): the handler
         * runs once per path update.
         *
         * @param <E>     the event
         * @param type    the event's class, such as {@link AddExpressPathEvent}{@code .class}; must not be {@code null}
         * @param handler called on the executor for each push of this event, may block; a handler that
         *                throws gets 500 (WeChat re-sends); must not be {@code null}
         * @return this builder
         * @throws IllegalArgumentException if the receiver knows no such event
         * @throws IllegalStateException if a handler for this event is already registered
         */
        public <E extends NoticeEvent> Builder on(Class<E> type, Consumer<? super E> handler) {
            return route(Route.of(type, Route.blockingConsumer(handler)));
        }

        /**
         * Handles one {@link RequestEvent} type on the executor: the handler's reply is sent back as
         * the reply packet, such as {@code on(AddWaybillEvent.class, order -> AddWaybillReply.success(...))}.
         * {@code add_waybill} and {@code cancel_waybill} are deduplicated (on BizID and OrderID): the
         * handler runs once per order and every delivery gets its reply.
         *
         * @param <R>     the reply
         * @param <E>     the event
         * @param type    the event's class, such as {@link AddWaybillEvent}{@code .class}; must not be {@code null}
         * @param handler called on the executor for each push of this event, may block; returns the
         *                reply, never {@code null}; a handler that throws gets 500; must not be {@code null}
         * @return this builder
         * @throws IllegalArgumentException if the receiver knows no such event
         * @throws IllegalStateException if a handler for this event is already registered
         */
        public <R, E extends RequestEvent<R>> Builder on(Class<E> type, Function<? super E, ? extends R> handler) {
            return route(Route.of(type, Route.<E, R>blocking(handler)));
        }

        /**
         * Handles one event type with a handler that MUST NOT block (it is called on the receiving
         * thread, such as an event loop). For a {@link RequestEvent} its stage's reply is sent back
         * as the reply packet; a {@link NoticeEvent} ({@code R} is {@link Void}) is answered
         * {@code success} once its stage completes normally. Deduplicated like {@link #on}.
         *
         * @param <R>     the reply, {@link Void} for a notice
         * @param <E>     the event
         * @param type    the event's class; must not be {@code null}
         * @param handler starts the work for each push and returns its stage; must not be {@code null}
         * @return this builder
         * @throws IllegalArgumentException if the receiver knows no such event
         * @throws IllegalStateException if a handler for this event is already registered
         */
        public <R, E extends PushEvent<R>> Builder onAsync(Class<E> type,
                Function<? super E, ? extends CompletionStage<? extends R>> handler) {
            return route(Route.of(type, Route.<E, R>async(handler)));
        }

        /**
         * Handles, on the executor, every verified message no typed handler takes: customer-service
         * messages, {@code user_enter_tempsession}, subscription events, events the library does not
         * know, and logistics events registered with no handler. The handler decides the answer:
         * {@link PushAnswer#success()}, {@link PushAnswer#empty()} or a passive reply packet
         * ({@link PushAnswer#packet}), which the receiver encrypts in safe mode. Without a fallback
         * such messages are answered {@code success} (logged at INFO). Fallback messages are not
         * deduplicated: WeChat's {@code MsgId} is in {@link PushMessage#fields()}.
         *
         * @param handler called on the executor for each such message, may block; must not be {@code null}
         * @return this builder
         * @throws IllegalStateException if a fallback is already set
         */
        public Builder fallback(Function<? super PushMessage, PushAnswer> handler) {
            return fallback(Route.<PushMessage, PushAnswer>blocking(handler));
        }

        /**
         * Like {@link #fallback(Function)}, with a handler that MUST NOT block.
         *
         * @param handler starts the work for each message and returns a stage of the answer; must not be {@code null}
         * @return this builder
         * @throws IllegalStateException if a fallback is already set
         */
        public Builder fallbackAsync(Function<? super PushMessage, ? extends CompletionStage<PushAnswer>> handler) {
            return fallback(Route.<PushMessage, PushAnswer>async(handler));
        }

        private Builder fallback(Route.Handler<PushMessage, PushAnswer> handler) {
            if (fallback != null) {
                throw new IllegalStateException("a fallback is already set");
            }
            fallback = handler;
            return this;
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
                    source, routes, fallback, Listeners.of(listeners));
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
