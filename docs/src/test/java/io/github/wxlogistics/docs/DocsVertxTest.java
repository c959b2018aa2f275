package io.github.wxlogistics.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the examples docs/vertx.md quotes. */
class DocsVertxTest {

    private static final GetPathRequest REQUEST = GetPathRequest.builder()
            .orderId("01234567890123456789").deliveryId("SF").waybillId("123456789").build();

    private static FakeWeChatServer server;
    private static Vertx vertx;
    private static LogisticsClient client;

    @BeforeAll
    static void start() {
        server = FakeWeChatServer.builder().demoData().start();
        vertx = Vertx.vertx();
        client = ReactiveExamples.vertxClient(vertx, server.baseUri(), server.appId(), server.appSecret());
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        server.close();
    }

    @Test
    void theVerticleAnswersOnTheEventBus() throws Exception {
        vertx.deployVerticle(new TrackingVerticle(client)).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        JsonObject query = new JsonObject().put("orderId", "01234567890123456789").put("deliveryId", "SF")
                .put("waybillId", "123456789");
        JsonObject reply = vertx.eventBus().<JsonObject>request(TrackingVerticle.ADDRESS, query)
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).body();
        assertThat(reply.getInteger("nodes")).isEqualTo(3);
        assertThat(reply.getString("latest")).isEqualTo("快递员已出发,联系电话xxxxxx");
    }

    @Test
    void theVertxAdapterCompletesOnTheCallersContext() throws Exception {
        Context context = vertx.getOrCreateContext();
        CompletableFuture<Object[]> seen = new CompletableFuture<>();
        context.runOnContext(v -> ReactiveExamples.vertxCall(client, vertx, REQUEST).onComplete(result ->
                seen.complete(new Object[] {Vertx.currentContext() == context, result.succeeded() ? result.result() : result.cause()})));

        Object[] observed = seen.get(10, TimeUnit.SECONDS);
        assertThat(observed[0]).isEqualTo(true);
        assertThat(observed[1]).isEqualTo(3);
    }

    @Test
    void aClientOnTheApplicationsWebClientCallsThroughIt() {
        WebClient web = WebClient.create(vertx);
        LogisticsClient onWebClient = ReactiveExamples.webClientClient(web, server.baseUri(), server.appId(),
                server.appSecret());
        try {
            assertThat(onWebClient.merchant().getPath(REQUEST).pathItemNum()).isEqualTo(3);
        } finally {
            onWebClient.close();
        }
        // The transport borrowed the Web Client: it still serves the application's own requests.
        int status = web.requestAbs(io.vertx.core.http.HttpMethod.GET, server.baseUri() + "/cgi-bin/token").send()
                .toCompletionStage().toCompletableFuture().join().statusCode();
        assertThat(status).isBetween(200, 499);
        web.close();
    }

    @Test
    void reactorAndMutiny() {
        assertThat(ReactiveExamples.reactor(client, REQUEST).block(Duration.ofSeconds(10))).isEqualTo(3);
        assertThat(ReactiveExamples.mutiny(client, REQUEST).await().atMost(Duration.ofSeconds(10))).isEqualTo(3);
    }
}
