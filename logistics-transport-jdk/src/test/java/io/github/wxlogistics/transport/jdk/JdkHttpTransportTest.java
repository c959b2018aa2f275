package io.github.wxlogistics.transport.jdk;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.BorrowedClient;
import io.github.wxlogistics.testkit.contract.HttpTransportContract;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Runs the transport contract against {@link JdkHttpTransport}. */
class JdkHttpTransportTest extends HttpTransportContract {

    @Override
    protected HttpTransport createTransport() {
        return JdkHttpTransport.create();
    }

    @Override
    protected Optional<BorrowedClient> createTransportAroundBorrowedClient() {
        ExecutorService executor = Executors.newCachedThreadPool();
        HttpClient client = HttpClient.newBuilder().executor(executor).build();
        return Optional.of(BorrowedClient.of(
                JdkHttpTransport.builder().httpClient(client).build(),
                uri -> client.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                        .thenApply(HttpResponse::statusCode),
                executor::shutdownNow));
    }
}
