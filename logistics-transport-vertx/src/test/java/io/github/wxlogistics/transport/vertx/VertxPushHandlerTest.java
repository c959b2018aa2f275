package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.event.AddWaybillEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.internal.push.PushSignature;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import io.github.wxlogistics.testkit.contract.PushAdapterContract;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The push contract on a Vert.x HttpServer with a single event loop (so a blocked event loop would
 * hold up every other request the contract sends meanwhile), and what only the Vert.x handler must
 * get right.
 */
class VertxPushHandlerTest extends PushAdapterContract {

    private static Vertx vertx;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    }

    @AfterAll
    static void stopVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Override
    protected PushServer startPushServer(PushReceiver receiver) {
        HttpServer server = vertx.createHttpServer().requestHandler(VertxPushHandler.of(receiver));
        int port;
        try {
            port = server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS)
                    .actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("the push server did not start", e);
        }
        URI url = URI.create("http://127.0.0.1:" + port + "/wechat/push");
        return new PushServer() {
            @Override
            public URI url() {
                return url;
            }

            @Override
            public void close() {
                try {
                    server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("the push server did not stop", e);
                }
            }
        };
    }

    @Override
    protected HttpTransport createTransport() {
        return VertxHttpTransport.builder().vertx(vertx).build();
    }

    @Test
    void blockingHandlersRunOffTheEventLoop() throws Exception {
        CompletableFuture<Boolean> onEventLoop = new CompletableFuture<>();
        PushReceiver receiver = PushReceiver.builder().token("t").on(AddWaybillEvent.class, push -> {
            onEventLoop.complete(Context.isOnEventLoopThread());
            return AddWaybillReply.success("W1", List.of());
        }).build();
        try (PushServer server = startPushServer(receiver); HttpTransport transport = createTransport()) {
            String ts = Long.toString(Instant.now().getEpochSecond());
            URI signed = URI.create(server.url() + "?signature=" + PushSignature.sign("t", ts, "5") + "&timestamp="
                    + ts + "&nonce=5");
            byte[] push = ("{\"ToUserName\":\"gh_c\",\"FromUserName\":\"o\",\"CreateTime\":" + ts
                    + ",\"MsgType\":\"event\",\"Event\":\"add_waybill\",\"OrderID\":\"o1\",\"BizID\":\"b\","
                    + "\"WayBillID\":\"0\"}").getBytes(StandardCharsets.UTF_8);

            TransportResponse reply = transport.send(new TransportRequest("POST", signed,
                    Map.of("Content-Type", "application/json"), push, Duration.ofSeconds(10))).toCompletableFuture()
                    .get(15, TimeUnit.SECONDS);

            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
            assertThat(reply.bodyText()).contains("\"WayBillID\":\"W1\"");
            assertThat(onEventLoop).isCompletedWithValue(false);
        } finally {
            receiver.close();
        }
    }

    @Test
    void needsAReceiverAndHidesNothingSecret() {
        assertThatThrownBy(() -> VertxPushHandler.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("receiver");
        try (PushReceiver receiver = PushReceiver.builder().token("SecretPushToken").build()) {
            assertThat(VertxPushHandler.of(receiver).toString()).doesNotContain("SecretPushToken");
        }
    }
}
