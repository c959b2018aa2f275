package io.github.wxlogistics.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.HttpTransportProvider;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorStatus;
import org.junit.jupiter.api.Test;

/** What {@link ApacheHttpTransport} does beyond the shared contract: builder rules, ownership, discovery, reactor threads. */
class ApacheHttpTransportBehaviourTest {

    @Test
    void providerIsFoundByServiceLoaderBetweenTheJdkAndVertxAdapters() {
        HttpTransportProvider provider = ServiceLoader.load(HttpTransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("apache"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no provider named apache"));

        try (HttpTransport transport = provider.create()) {
            assertThat(transport).isInstanceOf(ApacheHttpTransport.class);
        }
        assertThat(provider.priority()).isGreaterThan(0).isLessThan(10);
        // With the JDK adapter also on this module's test class path, discovery picks this one.
        assertThat(ServiceLoader.load(HttpTransportProvider.class).stream().map(ServiceLoader.Provider::get)
                .max(Comparator.comparingInt(HttpTransportProvider::priority)).orElseThrow().name()).isEqualTo("apache");
    }

    @Test
    void closeNeverClosesABorrowedClient() throws Exception {
        CloseableHttpAsyncClient borrowed = HttpAsyncClients.createDefault();
        borrowed.start();
        try (FakeWeChatServer server = FakeWeChatServer.builder().start()) {
            ApacheHttpTransport.builder().httpClient(borrowed).build().close();

            CompletableFuture<Integer> status = new CompletableFuture<>();
            borrowed.execute(SimpleRequestBuilder.get(server.baseUri().resolve("/cgi-bin/token")).build(), new Callback(status));
            assertThat(status.get(10, TimeUnit.SECONDS)).isEqualTo(200);
            assertThat(borrowed.getStatus()).isEqualTo(IOReactorStatus.ACTIVE);
        } finally {
            closeRawClient(borrowed);
        }
    }

    @Test
    void aBorrowedClientCannotBeCombinedWithSettingsForACreatedClient() {
        CloseableHttpAsyncClient client = HttpAsyncClients.createDefault();
        try {
            assertThatThrownBy(() -> ApacheHttpTransport.builder().httpClient(client).maxPoolSize(4).build())
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> ApacheHttpTransport.builder().httpClient(client).connectTimeout(Duration.ofSeconds(1))
                    .build()).isInstanceOf(IllegalStateException.class);
        } finally {
            closeRawClient(client);
        }
    }

    /**
     * Closes a client the test started itself, gracefully: the reactor threads close their own
     * connections and selectors. {@code CloseMode.IMMEDIATE} from this thread closes each
     * reactor's selector while its thread may still be on the way out, and that thread then logs
     * a {@code ClosedSelectorException} with its stack trace (HttpCore 5.4:
     * {@code AbstractSingleCoreIOReactor.close} against {@code SingleCoreIOReactor.doTerminate}).
     */
    static void closeRawClient(CloseableHttpAsyncClient client) {
        client.close(CloseMode.GRACEFUL);
    }

    @Test
    void builderRejectsNullsAndOutOfRangeSettings() {
        assertThatThrownBy(() -> ApacheHttpTransport.builder().httpClient(null))
                .isInstanceOf(NullPointerException.class).hasMessage("httpClient");
        assertThatThrownBy(() -> ApacheHttpTransport.builder().connectTimeout(null))
                .isInstanceOf(NullPointerException.class).hasMessage("connectTimeout");
        assertThatThrownBy(() -> ApacheHttpTransport.builder().connectTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApacheHttpTransport.builder().maxPoolSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApacheHttpTransport.builder().ioThreads(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sendRejectsNullRequest() {
        try (ApacheHttpTransport transport = ApacheHttpTransport.create()) {
            assertThatThrownBy(() -> transport.send(null)).isInstanceOf(NullPointerException.class).hasMessage("request");
        }
    }

    @Test
    void anUnsupportedMethodFailsTheFutureWithoutRevealingTheToken() throws Exception {
        try (ApacheHttpTransport transport = ApacheHttpTransport.create()) {
            TransportRequest request = new TransportRequest("GET",
                    URI.create("http://127.0.0.1:9/x?access_token=SECRET-VALUE"), Map.of(), null, Duration.ofSeconds(2));

            CompletableFuture<?> future = transport.send(request);

            assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(TransportException.class)
                    .hasMessageNotContaining("SECRET-VALUE");
        }
    }

    @Test
    void theBlockingClientRefusesTheReactorThreadsButAnOrdinaryThreadMayBlock() throws Exception {
        try (FakeWeChatServer server = FakeWeChatServer.builder().demoData().start();
                ApacheHttpTransport transport = ApacheHttpTransport.create();
                LogisticsClient client = LogisticsClient.builder().credentials(server.appId(), server.appSecret())
                        .baseUri(server.baseUri()).transport(transport).build()) {
            GetOrderRequest order = GetOrderRequest.builder().orderId("01234567890123456789").deliveryId("SF").build();
            assertThat(transport.mayBlockCurrentThread()).isTrue();
            assertThat(client.merchant().getOrder(order).waybillId()).isEqualTo("123456789");

            Thread test = Thread.currentThread();
            Throwable refused = null;
            // The continuation runs on the reactor thread unless the reply beat its registration; try again then.
            for (int attempt = 0; attempt < 20 && refused == null; attempt++) {
                refused = client.async().merchant().getOrder(order).handle((reply, failure) -> {
                    if (Thread.currentThread() == test) {
                        return null;
                    }
                    try {
                        client.merchant().getOrder(order);
                        return new AssertionError("the blocking call was allowed on " + Thread.currentThread().getName());
                    } catch (RuntimeException e) {
                        return e;
                    }
                }).get(10, TimeUnit.SECONDS);
            }

            assertThat(refused).isInstanceOf(IllegalStateException.class).hasMessageContaining("event-loop thread");
        }
    }
}
