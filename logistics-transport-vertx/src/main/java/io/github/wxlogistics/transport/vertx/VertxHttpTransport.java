package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.spi.ExchangeDeadlines;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.TransportFailures;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.client.WebClient;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * An {@link HttpTransport} on Vert.x core's {@link HttpClient} or on the application's Vert.x
 * {@link WebClient} ({@link Builder#webClient(WebClient)}), for the Vert.x 4.5 and 5 lines. On an
 * {@code HttpClient} it uses Vert.x's public API only; on a {@code WebClient} it sends through
 * Web Client's public API and reaches one non-public hook, to abort cancelled exchanges (see
 * {@link Builder#webClient(WebClient)}).
 *
 * <p>Behaviour, beyond the port's contract:
 * <ul>
 *   <li>The body goes out as the given bytes ({@link HttpClientRequest#send(Buffer)}), never
 *       through Vert.x JSON mapping; a GET or HEAD with an empty body goes out with no body at
 *       all.</li>
 *   <li>{@link TransportRequest#timeout()} is set as the request's connect timeout (which on both
 *       lines also bounds the wait for a pooled connection) and idle timeout. Vert.x's idle
 *       timeout restarts whenever a byte arrives, so a body that trickles in never trips it: the
 *       transport therefore also enforces its own deadline on the returned future, response body
 *       included, and resets the request when that deadline passes first. It arms no timer per
 *       request for that: one sweep every 20 ms over the exchanges in flight, on the JDK's shared
 *       delay thread, fails those past their deadline (up to 20 ms late).</li>
 *   <li>Cancelling the returned future resets the {@link HttpClientRequest}
 *       ({@link HttpClientRequest#reset()}), which on HTTP/1.1 closes its connection. A request
 *       still waiting for a pooled connection is reset as soon as it gets one, before anything is
 *       written. This works the same on a borrowed {@link HttpClient}.</li>
 *   <li>Redirects are never followed, whatever the client's options say.</li>
 *   <li>A URI with non-ASCII characters is sent in its {@link URI#toASCIIString() ASCII form}.</li>
 *   <li>A client the transport creates keeps at most {@value #DEFAULT_MAX_POOL_SIZE} HTTP/1.1
 *       connections per host unless {@link Builder#maxPoolSize(int)} says otherwise (Vert.x's
 *       own default, 5, makes a few hundred concurrent calls queue for seconds). Requests beyond
 *       the pool wait for a free connection, within their timeout.</li>
 *   <li>Futures complete on a Vert.x event-loop thread (or, when the deadline passes, on the
 *       JDK's shared delay thread): dependent stages MUST NOT block; use the {@code *Async}
 *       variants, with an executor, for blocking work.</li>
 *   <li>{@link #mayBlockCurrentThread()} is {@code false} on any Vert.x event-loop thread, so the
 *       blocking client fails fast there instead of stalling the loop.</li>
 * </ul>
 *
 * <p>Instances are thread-safe. A transport that created its own {@link Vertx} MUST be closed,
 * or its event-loop threads outlive it.
 */
public final class VertxHttpTransport implements HttpTransport {

    /** The most connections per host of a client the transport creates, unless the builder sets another. */
    public static final int DEFAULT_MAX_POOL_SIZE = 64;

    /** The client's own timeout exceptions, besides java.util.concurrent.TimeoutException. */
    private static final Predicate<Throwable> CLIENT_TIMEOUTS =
            failure -> failure instanceof ConnectTimeoutException || failure instanceof SocketTimeoutException;

    private static final Handler<Throwable> IGNORE = failure -> { };

    private final Vertx ownedVertx;
    private final HttpClient client;
    private final WebClientSender webClient;
    private final boolean ownsClient;
    private final ExchangeDeadlines<Exchange> inFlight = new ExchangeDeadlines<>(exchange -> exchange.deadlineNanos, exchange -> {
        exchange.result.completeExceptionally(TransportFailures.timeout(exchange.request, null));
        exchange.abort(); // our deadline passed while Vert.x may still run the request
    });
    private final AtomicBoolean closed = new AtomicBoolean();

    private VertxHttpTransport(Vertx ownedVertx, HttpClient client, WebClientSender webClient, boolean ownsClient) {
        this.ownedVertx = ownedVertx;
        this.client = client;
        this.webClient = webClient;
        this.ownsClient = ownsClient;
    }

    /**
     * A transport with its own {@link Vertx} instance and HTTP client (pool of
     * {@value #DEFAULT_MAX_POOL_SIZE} connections per host), both closed by {@link #close()}.
     * Prefer {@link Builder#vertx(Vertx)} in an application that already runs Vert.x.
     *
     * @return a new transport
     */
    public static VertxHttpTransport create() {
        return builder().build();
    }

    /**
     * A builder, to run on your own {@link Vertx} or {@link HttpClient}, or to set the options
     * of the client the transport creates.
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
     *     {@link TransportException}
     * @throws NullPointerException if {@code request} is null
     */
    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        Objects.requireNonNull(request, "request");
        if (closed.get()) {
            return CompletableFuture.failedFuture(TransportFailures.closed(request));
        }
        RequestOptions options;
        try {
            options = toRequestOptions(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(TransportFailures.map(request, e, CLIENT_TIMEOUTS));
        }
        CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        Exchange exchange = new Exchange(request, result);
        inFlight.add(exchange);
        result.whenComplete((response, failure) -> {
            inFlight.remove(exchange);
            if (result.isCancelled()) {
                exchange.abort();
            }
        });
        if (closed.get()) { // closed while we were registering: close() may have missed this exchange
            result.completeExceptionally(TransportFailures.closedInFlight(request));
            exchange.abort();
            return result;
        }

        try {
            Future<TransportResponse> exchanged = webClient != null ? webClient.send(exchange, options)
                    : client.request(options).compose(httpRequest -> exchange(exchange, httpRequest));
            exchanged.onComplete(done -> ended(exchange, done.succeeded() ? done.result() : null, done.cause()));
        } catch (RuntimeException e) { // a closed client may throw instead of failing the future
            ended(exchange, null, e);
        }
        return result;
    }

    /** Completes the exchange's future with Vert.x's outcome ({@code failure} null: success). */
    private static void ended(Exchange exchange, TransportResponse response, Throwable failure) {
        if (failure == null) {
            exchange.result.complete(response);
            return;
        }
        TransportException mapped = TransportFailures.map(exchange.request, failure, CLIENT_TIMEOUTS);
        if (mapped.isTimeout()) {
            exchange.abort(); // our deadline may have passed while Vert.x still runs the request
        }
        exchange.result.completeExceptionally(mapped);
    }

    /** Runs on the request's Vert.x context once the request has a connection. */
    private static Future<TransportResponse> exchange(Exchange exchange, HttpClientRequest httpRequest) {
        // Failures reach us through the futures; without these handlers Vert.x also logs every
        // reset and dropped connection as an unhandled exception.
        httpRequest.exceptionHandler(IGNORE);
        if (!exchange.attach(httpRequest, Vertx.currentContext())) {
            httpRequest.reset(); // aborted while waiting for the connection: never written
            return Future.failedFuture(new CancellationException("aborted before the request was written"));
        }
        TransportRequest request = exchange.request;
        Future<HttpClientResponse> sent = mayHaveBody(request)
                ? httpRequest.send(Buffer.buffer(request.body()))
                : httpRequest.send();
        return sent.compose(response -> response.exceptionHandler(IGNORE).body()
                .map(body -> toTransportResponse(response, body)));
    }

    /**
     * {@return {@code false} on a Vert.x event-loop thread, where blocking would stall the loop,
     * {@code true} elsewhere (worker threads included)}
     */
    @Override
    public boolean mayBlockCurrentThread() {
        return !Context.isOnEventLoopThread();
    }

    /**
     * Marks this transport closed, so later sends fail at once, fails and aborts exchanges still
     * in flight, and closes what the transport created: its HTTP client, and its {@link Vertx}
     * instance (waiting at most 10 seconds, and not at all on a Vert.x thread). A {@link Vertx}
     * or {@link HttpClient} passed to the builder is left open and usable. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (Exchange exchange : new ArrayList<>(inFlight.inFlight())) {
            exchange.result.completeExceptionally(TransportFailures.closedInFlight(exchange.request));
            exchange.abort();
        }
        if (ownsClient && client != null) {
            client.close();
        }
        if (ownedVertx != null) {
            CompletableFuture<Void> closing = ownedVertx.close().toCompletionStage().toCompletableFuture();
            if (!Context.isOnVertxThread()) {
                try {
                    closing.get(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    // Best effort: a Vert.x instance slow to close finishes closing in the background.
                }
            }
        }
    }

    /** {@return what this transport owns, and whether it is closed; never a request or credential} */
    @Override
    public String toString() {
        return "VertxHttpTransport[" + (ownedVertx != null ? "own Vertx" : ownsClient ? "own HTTP client"
                : webClient != null ? "borrowed WebClient" : "borrowed HTTP client")
                + (closed.get() ? ", closed" : "") + "]";
    }

    private static RequestOptions toRequestOptions(TransportRequest request) {
        URI given = request.uri();
        String ascii = given.toASCIIString();
        URI uri = ascii.equals(given.toString()) ? given : URI.create(ascii);   // parsed again only if not ASCII
        boolean ssl = "https".equalsIgnoreCase(uri.getScheme());
        String host = uri.getHost();
        if (host == null) {
            throw new IllegalArgumentException("the URI has no host");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String pathAndQuery = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        int port = uri.getPort() < 0 ? (ssl ? 443 : 80) : uri.getPort();
        long timeoutMillis = Math.max(1, request.timeout().toMillis());
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.valueOf(request.method()))
                .setHost(host)
                .setPort(port)
                .setSsl(ssl)
                .setURI(pathAndQuery)
                .setFollowRedirects(false)
                .setConnectTimeout(timeoutMillis)
                .setIdleTimeout(timeoutMillis);
        request.headers().forEach(options::putHeader);
        return options;
    }

    static boolean mayHaveBody(TransportRequest request) {
        return request.body().length > 0 || !(request.method().equals("GET") || request.method().equals("HEAD"));
    }

    private static TransportResponse toTransportResponse(HttpClientResponse response, Buffer body) {
        MultiMap source = response.headers();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : source.names()) {
            headers.put(name, source.getAll(name));
        }
        return new TransportResponse(response.statusCode(), headers, body == null ? new byte[0] : body.getBytes());
    }

    /**
     * Configures a {@link VertxHttpTransport}. Give it at most one of {@link #vertx(Vertx)},
     * {@link #httpClient(HttpClient)} and {@link #webClient(WebClient)}; with none, it creates its
     * own {@link Vertx}.
     * {@link #options(HttpClientOptions)} and {@link #maxPoolSize(int)} configure the client the
     * transport creates, so they cannot be combined with {@link #httpClient(HttpClient)}.
     */
    public static final class Builder {
        private Vertx vertx;
        private HttpClient httpClient;
        private WebClient webClient;
        private HttpClientOptions options;
        private int maxPoolSize;

        private Builder() {
        }

        /**
         * Runs on this {@link Vertx} instead of creating one. The instance is borrowed: the
         * transport creates its own HTTP client on it and closes only that client;
         * {@link VertxHttpTransport#close()} never closes the {@link Vertx}, the caller does,
         * after closing the transport. A client created from inside a verticle is closed by
         * Vert.x when that verticle is undeployed: build the transport outside verticles, or in
         * the verticle that uses it.
         *
         * @param vertx the caller's Vert.x instance
         * @return this builder
         * @throws NullPointerException if {@code vertx} is null
         */
        public Builder vertx(Vertx vertx) {
            this.vertx = Objects.requireNonNull(vertx, "vertx");
            return this;
        }

        /**
         * Sends through this HTTP client instead of creating one. The client is borrowed:
         * {@link VertxHttpTransport#close()} never closes it and it stays usable; the caller owns
         * it. Its pool size is the caller's choice (Vert.x's default is 5 connections per host).
         * Redirect following is switched off per request, whatever the client's options say.
         *
         * @param httpClient the caller's Vert.x HTTP client (on Vert.x 5, an {@code HttpClientAgent})
         * @return this builder
         * @throws NullPointerException if {@code httpClient} is null
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * Sends through this Vert.x Web Client, with its public API, so its configuration (proxy,
         * TLS, user agent, tracing, metrics, its own interceptors) applies to every call. The
         * client is borrowed: {@link VertxHttpTransport#close()} never closes it. Redirect
         * following is switched off per request, and each request gets the exchange's timeout as
         * its connect and idle timeout; the transport's own deadline covers the rest, as with an
         * {@link HttpClient}.
         *
         * <p>Aborting a cancelled or timed-out exchange is the one thing Web Client's public API
         * cannot do (no handle to the underlying request, no cancel). The transport installs one
         * interceptor on the client ({@code WebClientInternal.addInterceptor}, in Web Client's
         * {@code impl} package on Vert.x 4.5 and 5), which only records this transport's own
         * requests as they are written, so an abort can reset them; the client's other requests
         * pass through it untouched. It stays installed (as a no-op) after the transport is
         * closed: build one transport per client, not one per call. See docs/vertx.md.
         *
         * @param webClient the caller's Web Client ({@code WebClient.create} or {@code WebClient.wrap})
         * @return this builder
         * @throws NullPointerException if {@code webClient} is null
         */
        public Builder webClient(WebClient webClient) {
            this.webClient = Objects.requireNonNull(webClient, "webClient");
            return this;
        }

        /**
         * Options of the HTTP client the transport creates (copied; later changes are ignored).
         * Default: Vert.x's defaults (HTTP/1.1, keep-alive). The transport owns and closes the
         * client it creates with them.
         *
         * @param options client options, such as TLS, proxy, keep-alive or user agent
         * @return this builder
         * @throws NullPointerException if {@code options} is null
         */
        public Builder options(HttpClientOptions options) {
            this.options = new HttpClientOptions(Objects.requireNonNull(options, "options"));
            return this;
        }

        /**
         * The most HTTP/1.1 connections per host the created client keeps open (its pool's
         * {@code http1MaxSize}); requests beyond that wait for a free connection, within their
         * timeout. Default: {@value VertxHttpTransport#DEFAULT_MAX_POOL_SIZE}.
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
         * Builds the transport.
         *
         * @return a new transport
         * @throws IllegalStateException if an HTTP client or Web Client was given together with
         *     anything else, or Web Client's interceptor hook is not accessible (Vert.x 5 on the
         *     module path without the {@code --add-exports} given in {@link #webClient(WebClient)}'s
         *     documentation and docs/vertx.md)
         */
        public VertxHttpTransport build() {
            if (webClient != null) {
                if (httpClient != null || vertx != null || options != null || maxPoolSize > 0) {
                    throw new IllegalStateException("a WebClient carries its own Vert.x instance, options and pool;"
                            + " give the transport either a WebClient, an HttpClient or a Vertx");
                }
                return new VertxHttpTransport(null, null, WebClientSender.on(webClient), false);
            }
            if (httpClient != null) {
                if (vertx != null || options != null || maxPoolSize > 0) {
                    throw new IllegalStateException("vertx, options and maxPoolSize configure an HTTP client the "
                            + "transport creates; configure your own HttpClient instead");
                }
                return new VertxHttpTransport(null, httpClient, null, false);
            }
            Vertx owned = vertx == null ? Vertx.vertx() : null;
            Vertx runOn = vertx == null ? owned : vertx;
            HttpClientOptions clientOptions = options == null ? new HttpClientOptions() : new HttpClientOptions(options);
            PoolOptions pool = new PoolOptions().setHttp1MaxSize(maxPoolSize > 0 ? maxPoolSize : DEFAULT_MAX_POOL_SIZE);
            return new VertxHttpTransport(owned, runOn.createHttpClient(clientOptions, pool), null, true);
        }
    }
}
