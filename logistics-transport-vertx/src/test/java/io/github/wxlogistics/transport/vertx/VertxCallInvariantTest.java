package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.CallInvariantContract;
import io.vertx.core.Vertx;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;

/**
 * Every call ends by its deadline over {@link VertxHttpTransport}, whatever any step throws: through
 * the async and blocking clients and through {@link VertxLogisticsClient}'s {@code Future}s.
 */
class VertxCallInvariantTest extends CallInvariantContract {

    private final Vertx vertx = Vertx.vertx();

    @Override
    protected HttpTransport createTransport() {
        return VertxHttpTransport.builder().vertx(vertx).build();
    }

    @Override
    protected Map<String, Facade> extraFacades(LogisticsClient client) {
        VertxLogisticsClient facade = VertxLogisticsClient.create(client, vertx);
        return Map.of("vertx", (call, within) -> {
            try {
                return facade.call(async -> call.apply(async)).toCompletionStage().toCompletableFuture()
                        .get(within.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw e.getCause();
            }
        });
    }

    @AfterEach
    void closeVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
