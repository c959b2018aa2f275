package io.github.wxlogistics.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import java.lang.reflect.Proxy;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the builder takes an application's {@link WebClient}, and what it refuses. */
class VertxWebClientBuilderTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void closeVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aWebClientExcludesEveryOtherWayToConfigureTheClient() {
        WebClient client = WebClient.create(vertx);
        assertThatThrownBy(() -> VertxHttpTransport.builder().webClient(client).vertx(vertx).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("either a WebClient, an HttpClient or a Vertx");
        assertThatThrownBy(() -> VertxHttpTransport.builder().webClient(client).httpClient(vertx.createHttpClient()).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("either a WebClient");
        assertThatThrownBy(() -> VertxHttpTransport.builder().webClient(client).maxPoolSize(8).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("either a WebClient");
        client.close();
    }

    @Test
    void aWebClientThatIsNotVertxsOwnIsRefusedNamingWhy() {
        WebClient foreign = (WebClient) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {WebClient.class},
                (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
        assertThatThrownBy(() -> VertxHttpTransport.builder().webClient(foreign).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not Vert.x's own implementation")
                .hasMessageContaining("abort cancelled exchanges");
    }

    @Test
    void saysItBorrowsTheWebClient() {
        WebClient client = WebClient.create(vertx);
        VertxHttpTransport transport = VertxHttpTransport.builder().webClient(client).build();
        assertThat(transport).hasToString("VertxHttpTransport[borrowed WebClient]");
        transport.close();
        assertThat(transport).hasToString("VertxHttpTransport[borrowed WebClient, closed]");
        client.close();
    }
}
