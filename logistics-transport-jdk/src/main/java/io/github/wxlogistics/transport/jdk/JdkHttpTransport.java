package io.github.wxlogistics.transport.jdk;

import io.github.wxlogistics.spi.ExchangeDeadlines;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.TransportFailures;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * An {@link HttpTransport} on the JDK's {@link HttpClient}, with no dependency beyond the JDK.
 *
 * <p>No thread per call: on Java 17, {@link HttpClient#sendAsync} completes every exchange on
 * {@code CompletableFuture}'s default executor whatever the client's executor, and on a machine
 * with one or two CPUs that executor starts a new thread for each task. This transport therefore
 * never calls {@code sendAsync}: {@link #send} runs the client's blocking
 * {@link HttpClient#send send} on a worker of its own pool (threads are reused, so none is
 * started per call once the pool has grown to the number of calls in flight), and
 * {@link #sendBlocking}, which the blocking client uses, runs it on the calling thread with no
 * hand-off at all.
 *
 * <p>Behaviour, beyond the port's contract:
 * <ul>
 *   <li>{@link TransportRequest#timeout()} bounds the whole exchange, response body included.
 *       No timer is armed per request: one sweep every 20 ms over the exchanges in flight, on
 *       the JDK's shared delay thread, fails those past their deadline (so a timeout fires up to
 *       20 ms late) and interrupts the thread running each, which makes the client cancel the
 *       exchange and close its connection.</li>
 *   <li>Cancelling the returned future cancels the client's exchange the same way.</li>
 *   <li>Headers the client computes itself ({@code Host}, {@code Content-Length},
 *       {@code Connection}, {@code Expect}, {@code Upgrade}) are not copied from the request; the
 *       client rejects them and derives the same values from the URI and body.</li>
 *   <li>A URI with non-ASCII characters is sent in its {@link URI#toASCIIString() ASCII form}.</li>
 *   <li>The client this transport creates speaks HTTP/1.1 and never follows redirects. A client
 *       passed to {@link Builder#httpClient(HttpClient)} is used as configured.</li>
 *   <li>Futures of {@link #send} complete on a worker thread of the transport (or, when the
 *       deadline passes, on the JDK's shared delay thread); those of {@link #sendBlocking} are
 *       already complete when returned. Dependent stages that may block SHOULD use the
 *       {@code *Async} variants with an executor.</li>
 *   <li>Threads: the client's executor (the transport's own cached pool of daemon threads, or the
 *       one given to {@link Builder#executor}) and the workers of {@link #send} (the same cached
 *       pool when the transport created it, else a cached pool of its own). A cached pool keeps
 *       as many threads as calls were in flight at once and lets idle ones end after a minute.</li>
 * </ul>
 *
 * <p>Instances are thread-safe.
 */
public final class JdkHttpTransport implements HttpTransport {

    /** The client's own timeout exceptions, besides java.util.concurrent.TimeoutException. */
    private static final Predicate<Throwable> CLIENT_TIMEOUTS =
            failure -> failure instanceof HttpTimeoutException;

    /** The connect timeout of a client this transport creates, unless the builder sets another. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    // The JDK client refuses these ("restricted headers") and computes them from the URI and body.
    private static final Set<String> COMPUTED_HEADERS = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final HttpClient client;
    private final ExecutorService ownedExecutor;
    private final ExecutorService workers;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ExchangeDeadlines<Exchange> inFlight = new ExchangeDeadlines<>(exchange -> exchange.deadlineNanos, Exchange::expire);

    private JdkHttpTransport(HttpClient client, ExecutorService ownedExecutor, ExecutorService workers) {
        this.client = client;
        this.ownedExecutor = ownedExecutor;
        this.workers = workers;
    }

    /**
     * A transport with its own client: HTTP/1.1, connect timeout {@link #DEFAULT_CONNECT_TIMEOUT},
     * and its own executor, which {@link #close()} shuts down.
     *
     * @return a new transport
     */
    public static JdkHttpTransport create() {
        return builder().build();
    }

    /**
     * A builder, to set the connect timeout or executor of the client the transport creates, or
     * to hand it a client of your own.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends the request on a worker thread of the transport; see the class comment.
     *
     * @param request the request
     * @return a future completing with the response (any status), or exceptionally with a
     *     {@link io.github.wxlogistics.error.TransportException}
     * @throws NullPointerException if {@code request} is null
     */
    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        Exchange exchange = start(request);
        if (exchange.result.isDone()) {
            return exchange.result;
        }
        try {
            workers.execute(exchange.task);
        } catch (RejectedExecutionException e) { // closed meanwhile
            exchange.result.completeExceptionally(TransportFailures.closedInFlight(request));
        }
        return exchange.result;
    }

    /**
     * Sends the request on the calling thread and returns once the exchange is over, with no
     * thread hand-off; see the class comment. The deadline interrupts the calling thread while it
     * waits for the client, and the transport clears that interrupt before returning.
     *
     * @param request the request
     * @return a completed future with the response (any status), or exceptionally with a
     *     {@link io.github.wxlogistics.error.TransportException}
     * @throws NullPointerException if {@code request} is null
     */
    @Override
    public CompletableFuture<TransportResponse> sendBlocking(TransportRequest request) {
        Exchange exchange = start(request);
        if (exchange.result.isDone()) {
            return exchange.result;
        }
        boolean interruptedBefore = Thread.currentThread().isInterrupted();
        exchange.task.run();
        if (exchange.task.isCancelled() && !interruptedBefore) {
            Thread.interrupted(); // our own cancellation interrupted this thread; the caller did not
        }
        return exchange.result;
    }

    /** Builds the exchange and registers it, or fails it at once (closed transport, bad header). */
    private Exchange start(TransportRequest request) {
        Objects.requireNonNull(request, "request");
        if (closed.get()) {
            return new Exchange(request, CompletableFuture.failedFuture(TransportFailures.closed(request)));
        }
        HttpRequest httpRequest;
        try {
            httpRequest = toHttpRequest(request);
        } catch (RuntimeException e) { // an invalid header name or value
            return new Exchange(request, CompletableFuture.failedFuture(TransportFailures.map(request, e, CLIENT_TIMEOUTS)));
        }
        Exchange exchange = new Exchange(request, httpRequest);
        inFlight.add(exchange);
        if (closed.get()) { // closed while we were registering: close() may have missed this exchange
            exchange.abort();
        }
        return exchange;
    }

    /**
     * Marks this transport closed, so later sends fail at once, fails the exchanges still in
     * flight with a {@link io.github.wxlogistics.error.TransportException} and cancels them, and
     * shuts down the executors it created. A client or executor passed to the builder is left
     * untouched and usable. On Java 17 {@link HttpClient} has no {@code close()}: a client this
     * transport created frees its selector thread once it is no longer referenced. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (Exchange exchange : inFlight.inFlight()) {
            exchange.abort();
        }
        workers.shutdown();
        if (ownedExecutor != null) {
            ownedExecutor.shutdown();
        }
    }

    /** {@return the HTTP version, whether the executor is the transport's own, and whether it is closed} */
    @Override
    public String toString() {
        return "JdkHttpTransport[" + client.version() + (ownedExecutor == null ? "" : ", own executor")
                + (closed.get() ? ", closed" : "") + "]";
    }

    private static HttpRequest toHttpRequest(TransportRequest request) {
        URI uri = request.uri();
        String ascii = uri.toASCIIString();
        // No HttpRequest.timeout(): the transport's own deadline covers the whole exchange, and
        // a second timer per request would only cost.
        HttpRequest.Builder builder = HttpRequest.newBuilder(ascii.equals(uri.toString()) ? uri : URI.create(ascii));
        request.headers().forEach((name, value) -> {
            if (!COMPUTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                builder.header(name, value);
            }
        });
        HttpRequest.BodyPublisher body = request.body().length == 0
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        return builder.method(request.method(), body).build();
    }

    private static TransportResponse toTransportResponse(HttpResponse<byte[]> response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) { // HTTP/2 pseudo-headers such as :status
                headers.put(name, values);
            }
        });
        return new TransportResponse(response.statusCode(), headers, response.body());
    }

    /**
     * One exchange: the future handed back, the task that runs the client's blocking send, and
     * the deadline, which cancels the task (interrupting the thread in {@code send}, so the client
     * cancels the exchange).
     */
    private final class Exchange {
        private final TransportRequest request;
        private final CompletableFuture<TransportResponse> result;
        private final FutureTask<Void> task;
        private final long deadlineNanos;

        /** An exchange that failed before it started. */
        Exchange(TransportRequest request, CompletableFuture<TransportResponse> failed) {
            this.request = request;
            this.result = failed;
            this.task = null;
            this.deadlineNanos = 0;
        }

        Exchange(TransportRequest request, HttpRequest httpRequest) {
            this.request = request;
            this.result = new CompletableFuture<>();
            this.task = new FutureTask<>(() -> exchange(httpRequest), null);
            this.deadlineNanos = System.nanoTime() + request.timeout().toNanos();
            result.whenComplete((response, failure) -> {
                inFlight.remove(this);
                if (failure != null) {
                    task.cancel(true); // timed out, cancelled or closed: interrupt the send
                }
            });
        }

        private void exchange(HttpRequest httpRequest) {
            if (result.isDone()) {
                return;
            }
            try {
                HttpResponse<byte[]> response = client.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
                result.complete(toTransportResponse(response));
            } catch (InterruptedException e) {
                // Our deadline or a cancellation (the result is then already complete), or the caller's interrupt.
                result.completeExceptionally(TransportFailures.map(request, e, CLIENT_TIMEOUTS));
                if (!task.isCancelled()) {
                    Thread.currentThread().interrupt();
                }
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(TransportFailures.map(request, e, CLIENT_TIMEOUTS));
            }
        }

        void abort() {
            result.completeExceptionally(TransportFailures.closedInFlight(request));
        }

        void expire() {
            result.completeExceptionally(TransportFailures.timeout(request, null));
        }
    }

    /**
     * Configures a {@link JdkHttpTransport}. Either hand it a client with
     * {@link #httpClient(HttpClient)}, or let it create one, optionally with
     * {@link #connectTimeout(Duration)} and {@link #executor(Executor)}; not both.
     */
    public static final class Builder {
        private Duration connectTimeout;
        private Executor executor;
        private HttpClient httpClient;

        private Builder() {
        }

        /**
         * The connect timeout of the client the transport creates. Default
         * {@link JdkHttpTransport#DEFAULT_CONNECT_TIMEOUT}. Cannot be combined with
         * {@link #httpClient(HttpClient)}.
         *
         * @param connectTimeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            if (connectTimeout.isZero() || connectTimeout.isNegative()) {
                throw new IllegalArgumentException("connectTimeout must be positive");
            }
            this.connectTimeout = connectTimeout;
            return this;
        }

        /**
         * The executor of the client the transport creates. The executor is borrowed: the
         * transport never shuts it down, the caller does, after closing the transport. Without
         * one, the transport creates a cached pool of daemon threads and shuts it down in
         * {@link JdkHttpTransport#close()}. Cannot be combined with {@link #httpClient(HttpClient)}.
         *
         * @param executor the executor for the client's own tasks (the exchanges of {@code send} run on
         *     workers of the transport, so a small executor does not limit the calls in flight)
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * The client to send with, instead of one the transport creates. The client is borrowed:
         * {@link JdkHttpTransport#close()} neither closes it nor shuts down its executor, and it
         * stays usable afterwards; the caller owns it. It is used as configured (version,
         * redirects, proxy, TLS): a client that follows redirects breaks the port's contract that
         * every status comes back as a response. Cannot be combined with
         * {@link #connectTimeout(Duration)} or {@link #executor(Executor)}.
         *
         * @param httpClient the caller's client
         * @return this builder
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * Builds the transport.
         *
         * @return a new transport
         * @throws IllegalStateException if a client was given together with a connect timeout or executor
         */
        public JdkHttpTransport build() {
            if (httpClient != null) {
                if (connectTimeout != null || executor != null) {
                    throw new IllegalStateException(
                            "connectTimeout and executor configure a client the transport creates; "
                                    + "configure your own HttpClient instead");
                }
                return new JdkHttpTransport(httpClient, null, newDaemonPool());
            }
            ExecutorService owned = executor == null ? newDaemonPool() : null;
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout)
                    .executor(executor == null ? owned : executor)
                    .build();
            return new JdkHttpTransport(client, owned, owned != null ? owned : newDaemonPool());
        }

        private static ExecutorService newDaemonPool() {
            AtomicInteger count = new AtomicInteger();
            return Executors.newCachedThreadPool(r -> {
                Thread thread = new Thread(r, "wxlogistics-jdk-http-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
    }
}
