package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.BorrowedClient;
import io.github.wxlogistics.testkit.contract.HttpTransportContract;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClient;
import java.util.Optional;

/**
 * Runs the transport contract against {@link VertxHttpTransport} on an application's
 * {@link WebClient} (Vert.x 5 here, 4.5 in {@code logistics-transport-vertx4}). No case is
 * overridden: cancellation and timeouts reset the request through the interceptor the transport
 * installs, and the borrowed Web Client stays usable for the application's own requests.
 */
class VertxWebClientTransportTest extends HttpTransportContract {

    @Override
    protected HttpTransport createTransport() {
        return WebClientTransports.create();
    }

    @Override
    protected Optional<BorrowedClient> createTransportAroundBorrowedClient() {
        Vertx vertx = Vertx.vertx();
        WebClient client = WebClient.create(vertx);
        return Optional.of(BorrowedClient.of(
                VertxHttpTransport.builder().webClient(client).build(),
                uri -> client.requestAbs(HttpMethod.GET, uri.toString()).send()
                        .map(response -> response.statusCode())
                        .toCompletionStage(),
                vertx::close));
    }
}
