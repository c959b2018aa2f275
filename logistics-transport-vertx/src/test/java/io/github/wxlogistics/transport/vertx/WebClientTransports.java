package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.WebClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * For the contract suites' Web Client variants: a {@link VertxHttpTransport} on an application's
 * {@link WebClient} (wrapping an HTTP client with a pool of 64, as the transport's own), on a
 * {@link Vertx} of its own; closing it closes the transport, then the Web Client and the Vert.x
 * instance, as an application would.
 */
final class WebClientTransports implements HttpTransport {

    private final Vertx vertx;
    private final WebClient webClient;
    private final VertxHttpTransport transport;

    private WebClientTransports(Vertx vertx, WebClient webClient) {
        this.vertx = vertx;
        this.webClient = webClient;
        this.transport = VertxHttpTransport.builder().webClient(webClient).build();
    }

    /** A transport on a new Web Client of a new Vert.x instance, both closed with it. */
    static HttpTransport create() {
        Vertx vertx = Vertx.vertx();
        HttpClient http = vertx.createHttpClient(new HttpClientOptions(), new PoolOptions().setHttp1MaxSize(64));
        return new WebClientTransports(vertx, WebClient.wrap(http));
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        return transport.send(request);
    }

    @Override
    public CompletableFuture<TransportResponse> sendBlocking(TransportRequest request) {
        return transport.sendBlocking(request);
    }

    @Override
    public boolean mayBlockCurrentThread() {
        return transport.mayBlockCurrentThread();
    }

    @Override
    public void close() {
        transport.close();
        webClient.close();
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("Vert.x did not close within 10 s", e);
        }
    }
}
