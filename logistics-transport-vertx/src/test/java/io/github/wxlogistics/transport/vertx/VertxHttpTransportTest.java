package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.BorrowedClient;
import io.github.wxlogistics.testkit.contract.HttpTransportContract;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.Optional;

/**
 * Runs the transport contract against {@link VertxHttpTransport}, on Vert.x 5 here and on 4.5 in
 * {@code compat/vertx4-tests}. No case is overridden: cancellation resets the request on
 * both lines through the web client's interceptor (see {@link VertxHttpTransport}), and the
 * transport's own deadline covers the body, which Vert.x's idle-style timeout does not.
 */
class VertxHttpTransportTest extends HttpTransportContract {

    @Override
    protected HttpTransport createTransport() {
        return VertxHttpTransport.create();
    }

    @Override
    protected Optional<BorrowedClient> createTransportAroundBorrowedClient() {
        Vertx vertx = Vertx.vertx();
        WebClient client = WebClient.create(vertx);
        return Optional.of(BorrowedClient.of(
                VertxHttpTransport.builder().webClient(client).build(),
                uri -> client.getAbs(uri.toString()).send().map(HttpResponse::statusCode).toCompletionStage(),
                vertx::close));
    }
}
