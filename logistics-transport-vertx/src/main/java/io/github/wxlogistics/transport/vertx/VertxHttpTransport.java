package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.TransportFailures;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.client.impl.ClientPhase;
import io.vertx.ext.web.client.impl.HttpContext;
import io.vertx.ext.web.client.impl.WebClientInternal;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * An {@link HttpTransport} on the Vert.x {@link WebClient}, for the Vert.x 4.5 and 5 lines.
 *
 * <p>Behaviour, beyond the port's contract:
 * <ul>
 *   <li>The body goes out as the given bytes ({@code sendBuffer}), never through Vert.x JSON
 *       mapping; a GET or HEAD with an empty body goes out with no body at all.</li>
 *   <li>{@link TransportRequest#timeout()} is set as the request's Vert.x timeout and connect
 *       timeout. On both the 4.5 and 5 lines that Vert.x timeout is an idle timeout once
 *       connected: it restarts whenever a byte arrives, so a body that trickles in never trips
 *       it. The transport therefore also puts its own deadline on the returned future, response
 *       body included, and resets the underlying request when that deadline passes first.</li>
 *   <li>Cancelling the returned future resets the underlying {@link HttpClientRequest}, which on
 *       HTTP/1.1 closes its connection; a request still waiting for a pooled connection is failed
 *       before it is written. The web client exposes its requests only to interceptors, so this
 *       works through one interceptor the transport adds to its web client, using the web
 *       client's {@code impl} interceptor API (identical on 4.5 and 5); it acts on this
 *       transport's requests only. A borrowed web client that is not Vert.x's own implementation
 *       gets no interceptor: cancelling then completes the future but the request runs on until
 *       its timeout.</li>
 *   <li>Redirects are never followed, whatever the web client's options say.</li>
 *   <li>A URI with non-ASCII characters is sent in its {@link URI#toASCIIString() ASCII form}.</li>
 *   <li>Futures complete on a Vert.x event-loop thread (or, when the deadline passes, on the
 *       JDK's shared delay thread): dependent stages MUST NOT block; use the {@code *Async}
 *       variants for blocking work.</li>
 *   <li>{@link #mayBlockCurrentThread()} is {@code false} on any Vert.x event-loop thread.</li>
 * </ul>
 *
 * <p>Instances are thread-safe. A transport that created its own {@link Vertx} MUST be closed,
 * or its event-loop threads outlive it.
 */
public final class VertxHttpTransport implements HttpTransport {

    /** The client's own timeout exceptions, besides java.util.concurrent.TimeoutException. */
    private static final Predicate<Throwable> CLIENT_TIMEOUTS =
            failure -> failure instanceof ConnectTimeoutException || failure instanceof SocketTimeoutException;

    private final Vertx ownedVertx;
    private final WebClient webClient;
    private final boolean ownsWebClient;
    private final HttpClient ownedHttpClient;
    private final Map<HttpRequest<?>, Exchange> inFlight = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private VertxHttpTransport(Vertx ownedVertx, WebClient webClient, boolean ownsWebClient, HttpClient ownedHttpClient) {
        this.ownedVertx = ownedVertx;
        this.webClient = webClient;
        this.ownsWebClient = ownsWebClient;
        this.ownedHttpClient = ownedHttpClient;
        if (webClient instanceof WebClientInternal internal) {
            internal.addInterceptor(this::intercept);
        }
    }

    /**
     * A transport with its own {@link Vertx} instance and web client, both closed by
     * {@link #close()}. Prefer {@link Builder#vertx(Vertx)} in an application that already runs
     * Vert.x.
     *
     * @return a new transport
     */
    public static VertxHttpTransport create() {
        return builder().build();
    }

    /**
     * A builder, to run on your own {@link Vertx} or {@link WebClient}, or to set the options of
     * the web client the transport creates.
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
        HttpRequest<Buffer> httpRequest;
        try {
            httpRequest = toHttpRequest(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(TransportFailures.map(request, e, CLIENT_TIMEOUTS));
        }
        CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        Exchange exchange = new Exchange(request, result);
        // Registered before sending, because the web client may run the interceptors at once, and
        // kept until Vert.x is done with the request, so a request cancelled while it waits for a
        // connection is still recognised, and failed, when it gets one.
        inFlight.put(httpRequest, exchange);
        result.whenComplete((response, failure) -> {
            if (result.isCancelled()) {
                exchange.abort(new CancellationException("cancelled by the caller"));
            }
        });

        Future<HttpResponse<Buffer>> sent;
        try {
            sent = mayHaveBody(request) ? httpRequest.sendBuffer(Buffer.buffer(request.body())) : httpRequest.send();
        } catch (RuntimeException e) {
            inFlight.remove(httpRequest);
            return CompletableFuture.failedFuture(TransportFailures.map(request, e, CLIENT_TIMEOUTS));
        }
        sent.onComplete(ignored -> inFlight.remove(httpRequest));
        if (closed.get()) { // closed while we were sending: close() may have missed this exchange
            result.completeExceptionally(TransportFailures.closedInFlight(request));
            exchange.abort(new CancellationException("transport closed"));
        }
        sent.toCompletionStage().toCompletableFuture()
                .orTimeout(request.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((response, failure) -> {
                    if (failure == null) {
                        result.complete(toTransportResponse(response));
                    } else {
                        TransportException mapped = TransportFailures.map(request, failure, CLIENT_TIMEOUTS);
                        if (mapped.isTimeout()) {
                            // Our deadline may have passed while Vert.x still runs the request.
                            exchange.abort(mapped);
                        }
                        result.completeExceptionally(mapped);
                    }
                });
        return result;
    }

    /** {@return {@code false} on a Vert.x event-loop thread, where blocking would stall the loop} */
    @Override
    public boolean mayBlockCurrentThread() {
        return !Context.isOnEventLoopThread();
    }

    /**
     * Marks this transport closed, so later sends fail at once, aborts exchanges still in flight,
     * and closes what the transport created: its web client and HTTP client, and its
     * {@link Vertx} instance (waiting at most 10 seconds, and not at all on a Vert.x thread). A
     * {@link Vertx} or {@link WebClient} passed to the builder is left open and usable.
     * Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (Exchange exchange : new ArrayList<>(inFlight.values())) {
            exchange.result.completeExceptionally(TransportFailures.closedInFlight(exchange.request));
            exchange.abort(new CancellationException("transport closed"));
        }
        if (ownsWebClient) {
            webClient.close();
        }
        if (ownedHttpClient != null) {
            ownedHttpClient.close();
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

    @Override
    public String toString() {
        return "VertxHttpTransport[" + (ownedVertx != null ? "own Vertx" : ownsWebClient ? "own web client" : "borrowed web client")
                + (closed.get() ? ", closed" : "") + "]";
    }

    private HttpRequest<Buffer> toHttpRequest(TransportRequest request) {
        URI uri = URI.create(request.uri().toASCIIString());
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
        HttpRequest<Buffer> httpRequest = webClient.request(HttpMethod.valueOf(request.method()), port, host, pathAndQuery)
                .ssl(ssl)
                .followRedirects(false)
                .timeout(timeoutMillis)
                .connectTimeout(timeoutMillis);
        request.headers().forEach(httpRequest::putHeader);
        return httpRequest;
    }

    private static boolean mayHaveBody(TransportRequest request) {
        return request.body().length > 0 || !(request.method().equals("GET") || request.method().equals("HEAD"));
    }

    private static TransportResponse toTransportResponse(HttpResponse<Buffer> response) {
        MultiMap source = response.headers();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : source.names()) {
            headers.put(name, source.getAll(name));
        }
        Buffer body = response.body();
        return new TransportResponse(response.statusCode(), headers, body == null ? new byte[0] : body.getBytes());
    }

    /** Runs on the request's Vert.x context for every phase of every request of the web client. */
    private void intercept(HttpContext<?> context) {
        Exchange exchange = inFlight.get(context.request());
        if (exchange == null) {
            context.next();
            return;
        }
        ClientPhase phase = context.phase();
        if (phase == ClientPhase.FAILURE || phase == ClientPhase.DISPATCH_RESPONSE) {
            context.next();
            return;
        }
        Throwable aborted = exchange.attach(context.clientRequest(), Vertx.currentContext());
        if (aborted == null) {
            context.next();
        } else {
            HttpClientRequest clientRequest = context.clientRequest();
            if (clientRequest != null) {
                clientRequest.reset();
            }
            context.fail(aborted);
        }
    }

    /** The link between a future and the Vert.x request behind it, for aborting it. */
    private static final class Exchange {
        private final TransportRequest request;
        private final CompletableFuture<TransportResponse> result;
        private HttpClientRequest clientRequest;
        private Context context;
        private Throwable aborted;

        Exchange(TransportRequest request, CompletableFuture<TransportResponse> result) {
            this.request = request;
            this.result = result;
        }

        /** Records the request once created; returns the abort cause if the exchange was already aborted. */
        synchronized Throwable attach(HttpClientRequest request, Context current) {
            if (request != null) {
                this.clientRequest = request;
                this.context = current;
            }
            return aborted;
        }

        /** Resets the request if it exists; otherwise the interceptor fails it when it does. */
        void abort(Throwable cause) {
            HttpClientRequest request;
            Context requestContext;
            synchronized (this) {
                if (aborted != null) {
                    return;
                }
                aborted = cause;
                request = clientRequest;
                requestContext = context;
            }
            if (request == null) {
                return;
            }
            if (requestContext == null) {
                request.reset();
            } else {
                requestContext.runOnContext(ignored -> request.reset());
            }
        }
    }

    /**
     * Configures a {@link VertxHttpTransport}. Give it at most one of {@link #vertx(Vertx)} and
     * {@link #webClient(WebClient)}; with neither, it creates its own {@link Vertx}.
     * {@link #options(WebClientOptions)} and {@link #maxPoolSize(int)} configure the web client the
     * transport creates, so they cannot be combined with {@link #webClient(WebClient)}.
     */
    public static final class Builder {
        private Vertx vertx;
        private WebClient webClient;
        private WebClientOptions options;
        private int maxPoolSize;

        private Builder() {
        }

        /**
         * Runs on this {@link Vertx} instead of creating one. The instance is borrowed: the
         * transport creates its own web client on it and closes only that web client;
         * {@link VertxHttpTransport#close()} never closes the {@link Vertx}, the caller does,
         * after closing the transport.
         *
         * @param vertx the caller's Vert.x instance
         * @return this builder
         */
        public Builder vertx(Vertx vertx) {
            this.vertx = Objects.requireNonNull(vertx, "vertx");
            return this;
        }

        /**
         * Sends through this web client instead of creating one. The client is borrowed:
         * {@link VertxHttpTransport#close()} never closes it and it stays usable; the caller owns
         * it. The transport adds one interceptor to it, to reset its own requests on cancel; the
         * interceptor passes every other request through untouched, and stays inert after close.
         * Redirect following is switched off per request, whatever the client's options say.
         *
         * @param webClient the caller's web client
         * @return this builder
         */
        public Builder webClient(WebClient webClient) {
            this.webClient = Objects.requireNonNull(webClient, "webClient");
            return this;
        }

        /**
         * Options of the web client the transport creates (copied; later changes are ignored).
         * Default: Vert.x's defaults. The transport owns and closes the client it creates with
         * them.
         *
         * @param options web client options, such as TLS, proxy, keep-alive or user agent
         * @return this builder
         */
        public Builder options(WebClientOptions options) {
            this.options = new WebClientOptions(Objects.requireNonNull(options, "options"));
            return this;
        }

        /**
         * The most HTTP/1.1 connections per host the created web client keeps open (its pool's
         * {@code http1MaxSize}); requests beyond that wait for a free connection, within their
         * timeout. Default: Vert.x's default (5).
         *
         * @param maxPoolSize at least 1
         * @return this builder
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
         * @throws IllegalStateException if a web client was given together with a Vert.x instance,
         *     options or a pool size
         */
        public VertxHttpTransport build() {
            if (webClient != null) {
                if (vertx != null || options != null || maxPoolSize > 0) {
                    throw new IllegalStateException("vertx, options and maxPoolSize configure a web client the "
                            + "transport creates; configure your own WebClient instead");
                }
                return new VertxHttpTransport(null, webClient, false, null);
            }
            Vertx owned = vertx == null ? Vertx.vertx() : null;
            Vertx runOn = vertx == null ? owned : vertx;
            WebClientOptions clientOptions = options == null ? new WebClientOptions() : new WebClientOptions(options);
            PoolOptions pool = new PoolOptions();
            if (maxPoolSize > 0) {
                pool.setHttp1MaxSize(maxPoolSize);
            }
            HttpClient httpClient = runOn.httpClientBuilder().with(clientOptions).with(pool).build();
            return new VertxHttpTransport(owned, WebClient.wrap(httpClient, clientOptions), true, httpClient);
        }
    }
}
