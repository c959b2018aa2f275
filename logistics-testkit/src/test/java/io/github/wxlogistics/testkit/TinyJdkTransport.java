package io.github.wxlogistics.testkit;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.TransportFailures;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The smallest java.net.http transport that lets the testkit's tests drive the fake server through
 * the real client. The testkit cannot use logistics-transport-jdk (that module tests itself with
 * the testkit), and its tests only need well-behaved exchanges.
 */
final class TinyJdkTransport implements HttpTransport {

    private static final Set<String> RESTRICTED = Set.of("content-length", "host", "connection");

    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "tiny-jdk-transport");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder().executor(executor).build();

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri()).timeout(request.timeout())
                .method(request.method(), request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                b.header(name, value);
            }
        });
        CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
            if (failure != null) {
                result.completeExceptionally(TransportFailures.map(request, failure,
                        t -> t instanceof HttpTimeoutException));
            } else {
                result.complete(new TransportResponse(response.statusCode(), response.headers().map(), response.body()));
            }
        });
        return result;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
