package io.github.wxlogistics.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.HttpTransportProvider;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link VertxHttpTransport} does beyond the shared contract: ownership of a borrowed
 * {@link Vertx} or {@link HttpClient}, event-loop awareness, pool size, cancellation, closing with
 * requests in flight, discovery.
 */
class VertxHttpTransportBehaviourTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Vertx vertx;
    private HttpServer server;
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final CompletableFuture<Void> neverAnsweredRequest = new CompletableFuture<>();
    private final CompletableFuture<Void> neverAnsweredConnectionClosed = new CompletableFuture<>();
    private final List<String> neverAnsweredQueries = new CopyOnWriteArrayList<>();
    private final List<HttpServerRequest> held = new ArrayList<>();
    private boolean releaseHeld;

    @BeforeEach
    void startVertxAndServer() throws Exception {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().requestHandler(request -> {
            clientPorts.add(request.remoteAddress().port());
            if (request.path().equals("/never")) {
                request.connection().closeHandler(closed -> neverAnsweredConnectionClosed.complete(null));
                neverAnsweredQueries.add(request.query());
                neverAnsweredRequest.complete(null);
                return;
            }
            if (request.path().equals("/hold")) {
                hold(request);
                return;
            }
            // A short pause keeps requests overlapping, so the client has to use its pool.
            vertx.setTimer(20, id -> request.response().end("hello"));
        });
        server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** Holds requests until {@value VertxHttpTransport#DEFAULT_MAX_POOL_SIZE} wait at once, then answers them all and every later one. */
    private synchronized void hold(HttpServerRequest request) {
        if (releaseHeld) {
            request.response().end("held");
            return;
        }
        held.add(request);
        if (held.size() == VertxHttpTransport.DEFAULT_MAX_POOL_SIZE) {
            releaseHeld = true;
            held.forEach(r -> r.response().end("held"));
            held.clear();
        }
    }

    @AfterEach
    void closeVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.actualPort() + path);
    }

    @Test
    void providerIsFoundByServiceLoader() {
        HttpTransportProvider provider = ServiceLoader.load(HttpTransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("vertx"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no provider named vertx"));

        try (HttpTransport transport = provider.create()) {
            assertThat(transport).isInstanceOf(VertxHttpTransport.class);
        }
        assertThat(provider.priority()).isEqualTo(10);
    }

    @Test
    void borrowedVertxStaysUsableAfterClose() throws Exception {
        VertxHttpTransport transport = VertxHttpTransport.builder().vertx(vertx).build();
        assertThat(transport.send(TransportRequest.get(uri("/hello"), TIMEOUT)).get(10, TimeUnit.SECONDS).bodyText())
                .isEqualTo("hello");

        transport.close();

        HttpClient client = vertx.createHttpClient();
        try {
            Integer status = client.request(new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(uri("/hello").toString()))
                    .compose(request -> request.send())
                    .compose(response -> response.body().map(body -> response.statusCode()))
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertThat(status).isEqualTo(200);
        } finally {
            client.close();
        }
    }

    @Test
    void mayNotBlockOnAnEventLoopThread() throws Exception {
        try (VertxHttpTransport transport = VertxHttpTransport.builder().vertx(vertx).build()) {
            Promise<Boolean> onEventLoop = Promise.promise();
            vertx.runOnContext(ignored -> onEventLoop.complete(transport.mayBlockCurrentThread()));

            assertThat(onEventLoop.future().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS)).isFalse();
            assertThat(transport.mayBlockCurrentThread()).isTrue();
        }
    }

    @Test
    void sendsFromAnEventLoopThread() throws Exception {
        try (VertxHttpTransport transport = VertxHttpTransport.builder().vertx(vertx).build()) {
            CompletableFuture<TransportResponse> response = new CompletableFuture<>();
            vertx.runOnContext(ignored -> transport.send(TransportRequest.get(uri("/hello"), TIMEOUT))
                    .whenComplete((r, failure) -> {
                        if (failure == null) {
                            response.complete(r);
                        } else {
                            response.completeExceptionally(failure);
                        }
                    }));

            assertThat(response.get(10, TimeUnit.SECONDS).bodyText()).isEqualTo("hello");
        }
    }

    @Test
    void maxPoolSizeBoundsConnectionsPerHost() throws Exception {
        try (VertxHttpTransport transport = VertxHttpTransport.builder().vertx(vertx).maxPoolSize(2).build()) {
            List<CompletableFuture<TransportResponse>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                futures.add(transport.send(TransportRequest.get(uri("/hello?i=" + i), TIMEOUT)));
            }

            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);

            assertThat(clientPorts).hasSizeBetween(1, 2);
        }
    }

    @Test
    void defaultPoolServesManyConcurrentCallersOnUpToDefaultMaxPoolSizeConnections() throws Exception {
        // With Vert.x's own default of 5 connections per host the server would never hold enough
        // requests at once to release them, and every call would time out.
        try (VertxHttpTransport transport = VertxHttpTransport.builder().vertx(vertx).build()) {
            List<CompletableFuture<TransportResponse>> futures = new ArrayList<>();
            for (int i = 0; i < 256; i++) {
                futures.add(transport.send(TransportRequest.get(uri("/hold?i=" + i), TIMEOUT)));
            }

            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);

            assertThat(futures).allSatisfy(f -> assertThat(f.join().bodyText()).isEqualTo("held"));
            assertThat(clientPorts).hasSize(VertxHttpTransport.DEFAULT_MAX_POOL_SIZE);
        }
    }

    @Test
    void cancellingResetsTheRequestOfABorrowedHttpClient() throws Exception {
        HttpClient client = vertx.createHttpClient();
        try (VertxHttpTransport transport = VertxHttpTransport.builder().httpClient(client).build()) {
            CompletableFuture<TransportResponse> pending = transport.send(TransportRequest.get(uri("/never"), TIMEOUT));
            neverAnsweredRequest.get(5, TimeUnit.SECONDS);

            pending.cancel(true);

            neverAnsweredConnectionClosed.get(5, TimeUnit.SECONDS);
            assertThat(transport.send(TransportRequest.get(uri("/hello"), TIMEOUT)).get(10, TimeUnit.SECONDS).bodyText())
                    .isEqualTo("hello");
        } finally {
            client.close();
        }
    }

    @Test
    void closeFailsRequestsInFlightOnABorrowedVertx() throws Exception {
        VertxHttpTransport transport = VertxHttpTransport.builder().vertx(vertx).build();
        CompletableFuture<TransportResponse> pending = transport.send(TransportRequest.get(uri("/never"), TIMEOUT));
        neverAnsweredRequest.get(5, TimeUnit.SECONDS);

        transport.close();

        assertThatThrownBy(() -> pending.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(TransportException.class);
    }

    @Test
    void requestCancelledWhileWaitingForAConnectionIsNeverWritten() throws Exception {
        try (VertxHttpTransport transport = VertxHttpTransport.builder().vertx(vertx).maxPoolSize(1).build()) {
            CompletableFuture<TransportResponse> first = transport.send(TransportRequest.get(uri("/never?n=1"), TIMEOUT));
            neverAnsweredRequest.get(5, TimeUnit.SECONDS);
            CompletableFuture<TransportResponse> queued = transport.send(TransportRequest.get(uri("/never?n=2"), TIMEOUT));

            queued.cancel(true);
            first.cancel(true);

            // The pool's one connection serves the queued request first: had it been written, it
            // would hold the connection forever and this request would time out.
            assertThat(transport.send(TransportRequest.get(uri("/hello"), TIMEOUT)).get(10, TimeUnit.SECONDS).bodyText())
                    .isEqualTo("hello");
            assertThat(neverAnsweredQueries).containsExactly("n=1");
        }
    }

    @Test
    void builderRejectsAnHttpClientCombinedWithSettingsForACreatedOne() {
        HttpClient client = vertx.createHttpClient();
        try {
            assertThatThrownBy(() -> VertxHttpTransport.builder().httpClient(client).vertx(vertx).build())
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> VertxHttpTransport.builder().httpClient(client).options(new HttpClientOptions()).build())
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> VertxHttpTransport.builder().httpClient(client).maxPoolSize(3).build())
                    .isInstanceOf(IllegalStateException.class);
        } finally {
            client.close();
        }
    }

    @Test
    void builderRejectsNullsAndBadPoolSizes() {
        assertThatThrownBy(() -> VertxHttpTransport.builder().vertx(null))
                .isInstanceOf(NullPointerException.class).hasMessage("vertx");
        assertThatThrownBy(() -> VertxHttpTransport.builder().httpClient(null))
                .isInstanceOf(NullPointerException.class).hasMessage("httpClient");
        assertThatThrownBy(() -> VertxHttpTransport.builder().options(null))
                .isInstanceOf(NullPointerException.class).hasMessage("options");
        assertThatThrownBy(() -> VertxHttpTransport.builder().maxPoolSize(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sendRejectsNullRequest() {
        try (VertxHttpTransport transport = VertxHttpTransport.builder().vertx(vertx).build()) {
            assertThatThrownBy(() -> transport.send(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("request");
        }
    }
}
