package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.BorrowedClient;
import io.github.wxlogistics.testkit.contract.HttpTransportContract;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.util.Optional;

/**
 * Runs the transport contract against {@link VertxHttpTransport}, on Vert.x 5 here and on 4.5 in
 * {@code logistics-transport-vertx4}. No case is overridden: cancellation resets the
 * {@code HttpClientRequest} on both lines, and the transport's own deadline covers the body,
 * which Vert.x's idle-style timeout does not.
 */
class VertxHttpTransportTest extends HttpTransportContract {

    @Override
    protected HttpTransport createTransport() {
        return VertxHttpTransport.create();
    }

    @Override
    protected Optional<BorrowedClient> createTransportAroundBorrowedClient() {
        Vertx vertx = Vertx.vertx();
        HttpClient client = vertx.createHttpClient();
        return Optional.of(BorrowedClient.of(
                VertxHttpTransport.builder().httpClient(client).build(),
                uri -> client.request(new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(uri.toString()))
                        .compose(request -> request.send())
                        .compose(response -> response.body().map(body -> response.statusCode()))
                        .toCompletionStage(),
                vertx::close));
    }
}
