package io.github.wxlogistics.transport.apache;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.BorrowedClient;
import io.github.wxlogistics.testkit.contract.HttpTransportContract;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;

/** Runs the transport contract against {@link ApacheHttpTransport}. */
class ApacheHttpTransportTest extends HttpTransportContract {

    @Override
    protected HttpTransport createTransport() {
        return ApacheHttpTransport.create();
    }

    @Override
    protected Optional<BorrowedClient> createTransportAroundBorrowedClient() {
        CloseableHttpAsyncClient client = HttpAsyncClients.createDefault();
        client.start();
        return Optional.of(BorrowedClient.of(
                ApacheHttpTransport.builder().httpClient(client).build(),
                uri -> {
                    CompletableFuture<Integer> status = new CompletableFuture<>();
                    client.execute(SimpleRequestBuilder.get(uri).build(), new Callback(status));
                    return status;
                },
                () -> ApacheHttpTransportBehaviourTest.closeRawClient(client)));
    }
}
