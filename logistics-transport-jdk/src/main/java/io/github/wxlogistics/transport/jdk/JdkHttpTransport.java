package io.github.wxlogistics.transport.jdk;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.TransportFailures;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * An {@link HttpTransport} on the JDK's {@link HttpClient}, with no dependency beyond the JDK.
 *
 * <p>Behaviour, beyond the port's contract:
 * <ul>
 *   <li>{@link TransportRequest#timeout()} bounds the whole exchange: it is the
 *       {@link HttpRequest#timeout() request timeout} (which ends when response headers arrive)
 *       and also a deadline on the returned future, which covers the response body. When the
 *       deadline passes first, the client's exchange is cancelled.</li>
 *   <li>Cancelling the returned future cancels the client's exchange, which closes its connection.</li>
 *   <li>Headers the client computes itself ({@code Host}, {@code Content-Length},
 *       {@code Connection}, {@code Expect}, {@code Upgrade}) are not copied from the request; the
 *       client rejects them and derives the same values from the URI and body.</li>
 *   <li>A URI with non-ASCII characters is sent in its {@link URI#toASCIIString() ASCII form}.</li>
 *   <li>The client this transport creates speaks HTTP/1.1 and never follows redirects. A client
 *       passed to {@link Builder#httpClient(HttpClient)} is used as configured.</li>
 *   <li>Futures complete on the client's executor, or, when the deadline passes, on the JDK's
 *       shared delay thread: dependent stages that may block SHOULD use the {@code *Async}
 *       variants.</li>
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
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Set<InFlight> inFlight = ConcurrentHashMap.newKeySet();

    private JdkHttpTransport(HttpClient client, ExecutorService ownedExecutor) {
        this.client = client;
        this.ownedExecutor = ownedExecutor;
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

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        Objects.requireNonNull(request, "request");
        if (closed.get()) {
            return CompletableFuture.failedFuture(TransportFailures.closed(request));
        }
        CompletableFuture<HttpResponse<byte[]>> exchange;
        try {
            exchange = client.sendAsync(toHttpRequest(request), HttpResponse.BodyHandlers.ofByteArray());
        } catch (RuntimeException e) {
            // An invalid header name or value, or a client whose executor rejects work.
            return CompletableFuture.failedFuture(TransportFailures.map(request, e, CLIENT_TIMEOUTS));
        }
        CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        InFlight inFlightExchange = new InFlight(request, exchange, result);
        inFlight.add(inFlightExchange);
        if (closed.get()) { // closed while we were sending: close() may have missed this exchange
            inFlightExchange.abort();
        }
        exchange.copy()
                .orTimeout(request.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((response, failure) -> {
                    if (failure == null) {
                        result.complete(toTransportResponse(response));
                    } else {
                        exchange.cancel(true);
                        result.completeExceptionally(TransportFailures.map(request, failure, CLIENT_TIMEOUTS));
                    }
                });
        result.whenComplete((response, failure) -> {
            inFlight.remove(inFlightExchange);
            if (result.isCancelled()) {
                exchange.cancel(true);
            }
        });
        return result;
    }

    /**
     * Marks this transport closed, so later sends fail at once, fails the exchanges still in
     * flight with a {@link io.github.wxlogistics.error.TransportException} and cancels them, and
     * shuts down the executor it created, if any. A client or executor passed to the builder is
     * left untouched and usable. On Java 17 {@link HttpClient} has no {@code close()}: a client
     * this transport created frees its selector thread once it is no longer referenced.
     * Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (InFlight exchange : inFlight) {
            exchange.abort();
        }
        if (ownedExecutor != null) {
            ownedExecutor.shutdown();
        }
    }

    @Override
    public String toString() {
        return "JdkHttpTransport[" + client.version() + (ownedExecutor == null ? "" : ", own executor")
                + (closed.get() ? ", closed" : "") + "]";
    }

    private static HttpRequest toHttpRequest(TransportRequest request) {
        URI uri = request.uri();
        String ascii = uri.toASCIIString();
        HttpRequest.Builder builder = HttpRequest.newBuilder(ascii.equals(uri.toString()) ? uri : URI.create(ascii))
                .timeout(request.timeout());
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

    /** An exchange not yet completed, so {@link #close()} can fail it. */
    private static final class InFlight {
        private final TransportRequest request;
        private final CompletableFuture<HttpResponse<byte[]>> exchange;
        private final CompletableFuture<TransportResponse> result;

        InFlight(TransportRequest request, CompletableFuture<HttpResponse<byte[]>> exchange,
                CompletableFuture<TransportResponse> result) {
            this.request = request;
            this.exchange = exchange;
            this.result = result;
        }

        void abort() {
            result.completeExceptionally(TransportFailures.closedInFlight(request));
            exchange.cancel(true);
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
         * @param executor the executor for the client's tasks and for completing futures
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
                return new JdkHttpTransport(httpClient, null);
            }
            ExecutorService owned = executor == null ? newDaemonPool() : null;
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout)
                    .executor(executor == null ? owned : executor)
                    .build();
            return new JdkHttpTransport(client, owned);
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
