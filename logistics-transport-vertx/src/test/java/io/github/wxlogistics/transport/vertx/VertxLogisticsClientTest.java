package io.github.wxlogistics.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.ValidationException;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.GetContactRequest;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.testkit.FakeResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Vert.x facade completes on the caller's context and reports the library's exceptions. */
class VertxLogisticsClientTest {

    private FakeWeChatServer server;
    private Vertx vertx;
    private LogisticsClient client;
    private VertxLogisticsClient wechat;

    @BeforeEach
    void start() {
        server = FakeWeChatServer.builder().demoData().start();
        vertx = Vertx.vertx();
        client = LogisticsClient.builder().credentials(server.appId(), server.appSecret()).baseUri(server.baseUri())
                .transport(VertxHttpTransport.builder().vertx(vertx).build()).build();
        wechat = VertxLogisticsClient.create(vertx, client);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        server.close();
    }

    /** Runs {@code call} on a fresh context and reports the context its handler ran on. */
    private <T> Object[] onContext(Supplier<Future<T>> call) throws Exception {
        Context context = vertx.getOrCreateContext();
        CompletableFuture<Object[]> seen = new CompletableFuture<>();
        context.runOnContext(v -> call.get().onComplete(result ->
                seen.complete(new Object[] {Vertx.currentContext() == context, result.succeeded() ? result.result() : result.cause()})));
        return seen.get(10, TimeUnit.SECONDS);
    }

    @Test
    void everyCallCompletesOnTheCallersContext() throws Exception {
        String token = server.courierToken("123456789").orElseThrow();
        Object[] path = onContext(() -> wechat.merchant().getPath(GetPathRequest.of("01234567890123456789", "SF", "123456789")));
        Object[] accounts = onContext(() -> wechat.merchant().getAllAccount());
        Object[] contact = onContext(() -> wechat.courier().getContact(GetContactRequest.of("TOKEN", "12345678901234567890")));
        Object[] update = onContext(() -> wechat.courier().updatePath(
                new UpdatePathRequest(token, "123456789", 1533080000L, ActionType.SIGNED, "签收")));
        Object[] order = onContext(() -> wechat.merchant().getOrder(
                io.github.wxlogistics.model.GetOrderRequest.of("01234567890123456789", "SF")));
        for (Object[] seen : new Object[][] {path, accounts, contact, update, order}) {
            assertThat(seen[0]).isEqualTo(true);
            assertThat(seen[1] instanceof Throwable).as("failed with %s", seen[1]).isFalse();
        }
    }

    @Test
    void failuresAreTheLibrarysExceptions() throws Exception {
        server.enqueue("/cgi-bin/express/business/account/getall", FakeResponse.errcode(45009));
        Object[] limited = onContext(() -> wechat.merchant().getAllAccount());
        assertThat(limited[0]).isEqualTo(true);
        assertThat(limited[1]).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(45009));

        Object[] invalid = onContext(() -> wechat.merchant().getPath(GetPathRequest.of("o", "SF", null)));
        assertThat(invalid[1]).isInstanceOf(ValidationException.class);
    }
}
