package io.github.wxlogistics.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.HttpTransportProvider;
import io.github.wxlogistics.spi.TransportRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What {@link JdkHttpTransport} does beyond the shared contract: builder rules, ownership, discovery. */
class JdkHttpTransportBehaviourTest {

    @Test
    void providerIsFoundByServiceLoader() {
        HttpTransportProvider provider = ServiceLoader.load(HttpTransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("jdk"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no provider named jdk"));

        try (HttpTransport transport = provider.create()) {
            assertThat(transport).isInstanceOf(JdkHttpTransport.class);
        }
        assertThat(provider.priority()).isZero();
    }

    @Test
    void borrowedExecutorIsNeverShutDown() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            JdkHttpTransport transport = JdkHttpTransport.builder()
                    .executor(executor)
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();

            transport.close();

            assertThat(executor.isShutdown()).isFalse();
            assertThat(executor.submit(() -> "still running").get(5, TimeUnit.SECONDS)).isEqualTo("still running");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void clientCannotBeCombinedWithSettingsForACreatedClient() {
        HttpClient client = HttpClient.newHttpClient();

        assertThatThrownBy(() -> JdkHttpTransport.builder().httpClient(client).connectTimeout(Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JdkHttpTransport.builder().httpClient(client).executor(Runnable::run).build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void builderRejectsNullsAndNonPositiveTimeouts() {
        assertThatThrownBy(() -> JdkHttpTransport.builder().httpClient(null))
                .isInstanceOf(NullPointerException.class).hasMessage("httpClient");
        assertThatThrownBy(() -> JdkHttpTransport.builder().executor(null))
                .isInstanceOf(NullPointerException.class).hasMessage("executor");
        assertThatThrownBy(() -> JdkHttpTransport.builder().connectTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sendRejectsNullRequest() {
        try (JdkHttpTransport transport = JdkHttpTransport.create()) {
            assertThatThrownBy(() -> transport.send(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("request");
        }
    }

    @Test
    void headerTheClientRejectsFailsTheFutureInsteadOfThrowing() throws Exception {
        try (JdkHttpTransport transport = JdkHttpTransport.create()) {
            TransportRequest request = new TransportRequest("GET",
                    URI.create("http://127.0.0.1:9/x?access_token=SECRET-VALUE"), Map.of("Bad Header", "x"), null,
                    Duration.ofSeconds(1));

            CompletableFuture<?> future = transport.send(request);

            assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(TransportException.class)
                    .hasMessageNotContaining("SECRET-VALUE");
        }
    }
}
