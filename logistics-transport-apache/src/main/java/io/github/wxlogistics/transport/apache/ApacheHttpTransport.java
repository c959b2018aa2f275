package io.github.wxlogistics.transport.apache;

import io.github.wxlogistics.spi.ExchangeDeadlines;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.TransportFailures;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.entity.BasicAsyncEntityProducer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * An {@link HttpTransport} on Apache HttpClient 5's non-blocking client
 * ({@link CloseableHttpAsyncClient}), which keeps a pool of HTTP/1.1 connections and runs every
 * exchange on a few I/O reactor threads: no thread is started or occupied per call.
 *
 * <p>Behaviour, beyond the port's contract:
 * <ul>
 *   <li>{@link TransportRequest#timeout()} is a deadline on the whole exchange (waiting for a
 *       pooled connection, connecting, the response headers and body): when it passes first, the
 *       client's exchange is cancelled and, on a client the transport created, its connection is
 *       closed at once (not returned to the pool). No timer is armed per
 *       request: one sweep every 20 ms over the exchanges in flight, on the JDK's shared delay
 *       thread, enforces the deadlines, so a timeout fires up to 20 ms late.</li>
 *   <li>Cancelling the returned future cancels the client's exchange and, on a client the
 *       transport created, closes its connection at once. On a borrowed client only the client's
 *       own cancellation runs: HttpClient 5.5 and 5.6 lose it now and then when the cancel comes
 *       after a fresh connection was set up, and the connection then stays open until the server
 *       closes it (or the client's response timeout, if you set one, passes).</li>
 *   <li>Headers the client computes itself ({@code Host}, {@code Content-Length},
 *       {@code Transfer-Encoding}, {@code Connection}, {@code Expect}, {@code Upgrade}) are not
 *       copied from the request; the client derives the same values from the URI and body. Every
 *       other header, {@code Content-Type} included, goes out as given.</li>
 *   <li>A URI with non-ASCII characters is sent in its {@link URI#toASCIIString() ASCII form}.</li>
 *   <li>A client the transport creates speaks HTTP/1.1, never follows redirects, never retries,
 *       keeps no cookies, asks for no compression, and keeps at most
 *       {@value #DEFAULT_MAX_POOL_SIZE} connections per host unless
 *       {@link Builder#maxPoolSize(int)} says otherwise (HttpClient's own default, 5 per host,
 *       makes a few hundred concurrent calls queue). Requests beyond the pool wait for a free
 *       connection, within their timeout. A client passed to {@link Builder#httpClient} is used
 *       as configured.</li>
 *   <li>Futures complete on one of the client's I/O reactor threads (or, when the deadline passes,
 *       on the JDK's shared delay thread): dependent stages MUST NOT block; use the {@code *Async}
 *       variants, with an executor, for blocking work.</li>
 *   <li>{@link #mayBlockCurrentThread()} is {@code false} on the I/O reactor threads of a client
 *       this transport created, so the blocking client fails fast there instead of stalling them.</li>
 * </ul>
 *
 * <p>Instances are thread-safe. A transport that created its client MUST be closed, or the
 * client's reactor threads outlive it.
 */
public final class ApacheHttpTransport implements HttpTransport {

    /** The most connections per host of a client the transport creates, unless the builder sets another. */
    public static final int DEFAULT_MAX_POOL_SIZE = 128;

    /** The connect timeout of a client the transport creates, unless the builder sets another. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** The client's own timeout exceptions, besides java.util.concurrent.TimeoutException. */
    private static final Predicate<Throwable> CLIENT_TIMEOUTS =
            failure -> failure instanceof ConnectTimeoutException || failure instanceof SocketTimeoutException;

    // The client computes these from the URI and body, and refuses some of them when given twice.
    private static final Set<String> COMPUTED_HEADERS =
            Set.of("host", "content-length", "transfer-encoding", "connection", "expect", "upgrade");

    private final CloseableHttpAsyncClient client;
    private final ExchangeConnections connections; // null for a borrowed client
    private final boolean ownsClient;
    private final ReactorThreads reactorThreads;
    private final ExchangeDeadlines<Exchange> inFlight = new ExchangeDeadlines<>(exchange -> exchange.deadlineNanos, Exchange::expire);
    private final AtomicBoolean closed = new AtomicBoolean();

    private ApacheHttpTransport(CloseableHttpAsyncClient client, ExchangeConnections connections, boolean ownsClient,
            ReactorThreads reactorThreads) {
        this.client = client;
        this.connections = connections;
        this.ownsClient = ownsClient;
        this.reactorThreads = reactorThreads;
    }

    /**
     * A transport with its own started client: HTTP/1.1, connect timeout
     * {@link #DEFAULT_CONNECT_TIMEOUT}, at most {@value #DEFAULT_MAX_POOL_SIZE} connections per
     * host, one I/O reactor thread per available processor. {@link #close()} closes the client.
     *
     * @return a new transport
     */
    public static ApacheHttpTransport create() {
        return builder().build();
    }

    /**
     * A builder, to set the options of the client the transport creates, or to hand it a client
     * of your own.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends the request; see the class comment for timeouts, cancellation and the thread the
     * future completes on.
     *
     * @param request the request
     * @return a future completing with the response (any status), or exceptionally with a
     *     {@link io.github.wxlogistics.error.TransportException}
     * @throws NullPointerException if {@code request} is null
     */
    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        Objects.requireNonNull(request, "request");
        if (closed.get()) {
            return CompletableFuture.failedFuture(TransportFailures.closed(request));
        }
        BasicRequestProducer producer;
        try {
            producer = toRequestProducer(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(TransportFailures.map(request, e, CLIENT_TIMEOUTS));
        }
        Exchange exchange = new Exchange(request);
        inFlight.add(exchange);
        if (closed.get()) { // closed while we were registering: close() may have missed this exchange
            exchange.abort();
            return exchange.result;
        }
        try {
            HttpClientContext context = HttpClientContext.create();
            Future<SimpleHttpResponse> future = client.execute(producer, SimpleResponseConsumer.create(), null, context, exchange);
            // The client names the exchange on this thread, before execute returns.
            exchange.attach(future, context.getExchangeId());
        } catch (RuntimeException e) { // a closed or stopped client throws instead of calling back
            exchange.failed(e);
        }
        return exchange.result;
    }

    /**
     * {@return {@code false} on an I/O reactor thread of a client this transport created, where
     * blocking would stall every exchange on that thread; {@code true} elsewhere}
     */
    @Override
    public boolean mayBlockCurrentThread() {
        return reactorThreads == null || !reactorThreads.isReactorThread(Thread.currentThread());
    }

    /**
     * Marks this transport closed, so later sends fail at once, fails and cancels the exchanges
     * still in flight, and closes the client if the transport created it (waiting for its reactor
     * threads to stop, except on one of them, where it only starts the shutdown). A client passed to {@link Builder#httpClient} is left open and usable.
     * Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (Exchange exchange : new ArrayList<>(inFlight.inFlight())) {
            exchange.abort();
        }
        if (ownsClient) {
            if (mayBlockCurrentThread()) {
                // Graceful: the reactor threads close their own connections (the exchanges are
                // already cancelled) and stop; an immediate close from this thread races them.
                client.close(CloseMode.GRACEFUL);
            } else {
                client.initiateShutdown(); // on a reactor thread, which cannot wait for itself
            }
        }
    }

    /** {@return whether the client is owned or borrowed, and whether the transport is closed; never a request or credential} */
    @Override
    public String toString() {
        return "ApacheHttpTransport[" + (ownsClient ? "own client" : "borrowed client") + (closed.get() ? ", closed" : "") + "]";
    }

    private static BasicRequestProducer toRequestProducer(TransportRequest request) {
        URI uri = request.uri();
        String ascii = uri.toASCIIString();
        BasicHttpRequest httpRequest = new BasicHttpRequest(request.method(),
                ascii.equals(uri.toString()) ? uri : URI.create(ascii));
        request.headers().forEach((name, value) -> {
            if (!COMPUTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                httpRequest.addHeader(name, value);
            }
        });
        boolean noBody = request.body().length == 0
                && (request.method().equals("GET") || request.method().equals("HEAD"));
        // No content type on the entity: the request's own Content-Type header, if any, goes out unchanged.
        AsyncEntityProducer entity = noBody ? null : new BasicAsyncEntityProducer(request.body(), null);
        return new BasicRequestProducer(httpRequest, entity);
    }

    private static TransportResponse toTransportResponse(SimpleHttpResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>(1)).add(header.getValue());
        }
        byte[] body = response.getBodyBytes();
        return new TransportResponse(response.getCode(), headers, body == null ? new byte[0] : body);
    }

    /**
     * One exchange: the future handed back, the client's future behind it, and the deadline.
     * The client calls back on a reactor thread; the deadline and cancellation come from elsewhere.
     */
    private final class Exchange implements FutureCallback<SimpleHttpResponse> {
        private final TransportRequest request;
        private final CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        private final long deadlineNanos;
        private volatile Future<SimpleHttpResponse> clientFuture;
        private volatile String exchangeId;

        Exchange(TransportRequest request) {
            this.request = request;
            this.deadlineNanos = System.nanoTime() + request.timeout().toNanos();
            result.whenComplete((response, failure) -> {
                inFlight.remove(this);
                if (failure != null) {
                    release();
                }
            });
        }

        void attach(Future<SimpleHttpResponse> future, String id) {
            exchangeId = id;
            clientFuture = future;
            if (result.isCompletedExceptionally()) { // cancelled, timed out or closed before the client handed us its future
                release();
            }
        }

        void abort() {
            result.completeExceptionally(TransportFailures.closedInFlight(request));
        }

        void expire() {
            result.completeExceptionally(TransportFailures.timeout(request, null));
        }

        /** Cancels the client's exchange and closes its connection; harmless when either is already done. */
        private void release() {
            Future<SimpleHttpResponse> future = clientFuture;
            if (future != null) {
                future.cancel(true);
            }
            if (connections != null) {
                connections.closeConnectionOf(exchangeId);
            }
        }

        @Override
        public void completed(SimpleHttpResponse response) {
            result.complete(toTransportResponse(response));
        }

        @Override
        public void failed(Exception failure) {
            result.completeExceptionally(TransportFailures.map(request, failure, CLIENT_TIMEOUTS));
        }

        @Override
        public void cancelled() {
            result.completeExceptionally(TransportFailures.map(request,
                    new CancellationException("the exchange was cancelled"), CLIENT_TIMEOUTS));
        }
    }

    /** Names the reactor threads of a client the transport creates, and recognises them. */
    private static final class ReactorThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();
        private final ThreadGroup group = new ThreadGroup("wxlogistics-apache-http");

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(group, runnable, "wxlogistics-apache-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }

        boolean isReactorThread(Thread thread) {
            return thread.getThreadGroup() == group;
        }
    }

    /**
     * Configures an {@link ApacheHttpTransport}. Either hand it a started client with
     * {@link #httpClient(CloseableHttpAsyncClient)}, or let it create one, optionally with
     * {@link #connectTimeout(Duration)}, {@link #maxPoolSize(int)} and {@link #ioThreads(int)};
     * not both.
     */
    public static final class Builder {
        private Duration connectTimeout;
        private int maxPoolSize;
        private int ioThreads;
        private CloseableHttpAsyncClient httpClient;

        private Builder() {
        }

        /**
         * The connect timeout of the client the transport creates. Default
         * {@link ApacheHttpTransport#DEFAULT_CONNECT_TIMEOUT}.
         *
         * @param connectTimeout a positive duration
         * @return this builder
         * @throws NullPointerException if {@code connectTimeout} is null
         * @throws IllegalArgumentException if {@code connectTimeout} is not positive
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
         * The most connections per host (and in all) the created client keeps open; requests
         * beyond that wait for a free connection, within their timeout. Default
         * {@value ApacheHttpTransport#DEFAULT_MAX_POOL_SIZE}.
         *
         * @param maxPoolSize at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code maxPoolSize} is below 1
         */
        public Builder maxPoolSize(int maxPoolSize) {
            if (maxPoolSize < 1) {
                throw new IllegalArgumentException("maxPoolSize must be at least 1");
            }
            this.maxPoolSize = maxPoolSize;
            return this;
        }

        /**
         * The number of I/O reactor threads of the created client. Default: one per available
         * processor, HttpClient's own default.
         *
         * @param ioThreads at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code ioThreads} is below 1
         */
        public Builder ioThreads(int ioThreads) {
            if (ioThreads < 1) {
                throw new IllegalArgumentException("ioThreads must be at least 1");
            }
            this.ioThreads = ioThreads;
            return this;
        }

        /**
         * The client to send with, instead of one the transport creates. It MUST be started
         * ({@link CloseableHttpAsyncClient#start()}). The client is borrowed:
         * {@link ApacheHttpTransport#close()} never closes it and it stays usable; the caller owns
         * it. It is used as configured (pool, redirects, retries, proxy, TLS): a client that
         * follows redirects or retries requests breaks the port's contract that every status
         * comes back as a response and that a write is sent at most once.
         *
         * @param httpClient the caller's started client
         * @return this builder
         * @throws NullPointerException if {@code httpClient} is null
         */
        public Builder httpClient(CloseableHttpAsyncClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * Builds the transport, creating and starting its client unless one was given.
         *
         * @return a new transport
         * @throws IllegalStateException if a client was given together with settings for a created client
         */
        public ApacheHttpTransport build() {
            if (httpClient != null) {
                if (connectTimeout != null || maxPoolSize > 0 || ioThreads > 0) {
                    throw new IllegalStateException("connectTimeout, maxPoolSize and ioThreads configure a client the "
                            + "transport creates; configure your own CloseableHttpAsyncClient instead");
                }
                return new ApacheHttpTransport(httpClient, null, false, null);
            }
            int pool = maxPoolSize > 0 ? maxPoolSize : DEFAULT_MAX_POOL_SIZE;
            Duration connect = connectTimeout != null ? connectTimeout : DEFAULT_CONNECT_TIMEOUT;
            IOReactorConfig.Builder reactor = IOReactorConfig.custom();
            if (ioThreads > 0) {
                reactor.setIoThreadCount(ioThreads);
            }
            ReactorThreads threads = new ReactorThreads();
            ExchangeConnections connections = new ExchangeConnections(PoolingAsyncClientConnectionManagerBuilder.create()
                    .setMaxConnPerRoute(pool)
                    .setMaxConnTotal(pool)
                    .setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.ofMilliseconds(connect.toMillis()))
                            .build())
                    .build());
            HttpAsyncClientBuilder builder = HttpAsyncClients.custom()
                    .setConnectionManager(connections)
                    .setIOReactorConfig(reactor.build())
                    .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
                    .setThreadFactory(threads)
                    .disableRedirectHandling()
                    .disableAutomaticRetries()
                    .disableCookieManagement()
                    .disableAuthCaching();
            CloseableHttpAsyncClient created = withoutContentCompression(builder).build();
            created.start();
            return new ApacheHttpTransport(created, connections, true, threads);
        }

        /**
         * Switches response decompression off where the client has it: HttpClient 5.6 added it to
         * the async client (on by default); 5.5, the version Spring Boot 3.5 and 4.0 manage, has
         * neither the feature nor the switch, and calling it there failed with NoSuchMethodError.
         */
        private static HttpAsyncClientBuilder withoutContentCompression(HttpAsyncClientBuilder builder) {
            try {
                HttpAsyncClientBuilder.class.getMethod("disableContentCompression").invoke(builder);
            } catch (NoSuchMethodException e) {
                // HttpClient 5.5: no decompression to switch off.
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot switch off HttpClient's content compression", e);
            }
            return builder;
        }
    }
}
