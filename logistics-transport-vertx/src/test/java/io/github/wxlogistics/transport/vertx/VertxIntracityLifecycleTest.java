package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.intracity.IntracityCallbackReceiver;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.IntracityLifecycleContract;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Intracity end to end over {@link VertxHttpTransport}: the contract's blocking and async runs,
 * and the same life and every call through the Vert.x facade ({@link VertxLogisticsClient}), the
 * callbacks received by {@link VertxIntracityCallbackHandler}.
 */
class VertxIntracityLifecycleTest extends IntracityLifecycleContract {

    private final Vertx vertx = Vertx.vertx();

    @Override
    protected HttpTransport createTransport() {
        return VertxHttpTransport.create();
    }

    @Override
    protected CallbackServer serveCallbacks(IntracityCallbackReceiver receiver) throws Exception {
        VertxIntracityCallbackHandler handler = VertxIntracityCallbackHandler.of(receiver);
        HttpServer http = vertx.createHttpServer().requestHandler(handler).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        // Closed by the contract after each test, after the client: Vert.x goes with it (a subclass's
        // @AfterEach would run before the contract's and close Vert.x under the server).
        return new CallbackServer("http://127.0.0.1:" + http.actualPort() + "/wechat/intracity",
                () -> vertx.close().toCompletionStage().toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
    }

    @SuppressWarnings("unchecked") // every async intracity call returns a CompletableFuture
    private Calls throughTheVertxFacade() {
        VertxLogisticsClient wechat = VertxLogisticsClient.create(client, vertx);
        return calls((method, args) -> await(wechat.call(async -> {
            try {
                return (CompletionStage<Object>) same(async.intracity(), method, args);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }).toCompletionStage().toCompletableFuture()));
    }

    @Test
    void wholeLifeOnVertx() {
        wholeLife(throughTheVertxFacade());
    }

    @Test
    void everyCallOnVertx() {
        everyCall(throughTheVertxFacade());
    }
}
