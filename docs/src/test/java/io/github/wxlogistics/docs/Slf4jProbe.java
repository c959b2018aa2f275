package io.github.wxlogistics.docs;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.transport.apache.ApacheHttpTransport;
import io.github.wxlogistics.transport.vertx.VertxHttpTransport;

/**
 * What {@link Slf4jNoticeTest} runs in a JVM of its own, with a class path it chose: one getOrder
 * against the fake server on the transport named by the only argument ({@code apache} or
 * {@code vertx}), then {@code ok <transport>} on standard output. Whatever SLF4J says about its
 * providers goes to standard error, which the test reads.
 */
final class Slf4jProbe {

    private Slf4jProbe() {
    }

    public static void main(String[] args) {
        try (FakeWeChatServer server = FakeWeChatServer.builder().demoData().start();
                HttpTransport transport = "apache".equals(args[0]) ? apache() : vertx();
                LogisticsClient client = LogisticsClient.builder()
                        .credentials(server.appId(), server.appSecret())
                        .baseUri(server.baseUri())
                        .transport(transport)
                        .build()) {
            client.merchant().getOrder(GetOrderRequest.builder().orderId("01234567890123456789").deliveryId("SF").build());
            System.out.println("ok " + args[0]);
        }
    }

    // One method per engine: the Vert.x run has no Apache class on its class path.
    private static HttpTransport apache() {
        return ApacheHttpTransport.create();
    }

    private static HttpTransport vertx() {
        return VertxHttpTransport.create();
    }
}
