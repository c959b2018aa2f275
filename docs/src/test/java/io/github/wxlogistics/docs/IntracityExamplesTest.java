package io.github.wxlogistics.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.model.intracity.IntracityStatus;
import io.github.wxlogistics.model.intracity.QueryOrderResponse;
import io.github.wxlogistics.model.intracity.ServiceTrans;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Runs the examples docs/intracity.md quotes against the fake server with API security on. */
class IntracityExamplesTest {

    @Test
    void anOrdersLifeAsTheGuideTellsIt() throws Exception {
        List<QueryOrderResponse> seen = new CopyOnWriteArrayList<>();
        HttpServer callbacks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        callbacks.setExecutor(Executors.newSingleThreadExecutor());
        try (FakeWeChatServer server = FakeWeChatServer.builder().apiSecurity().start();
                JdkHttpTransport transport = JdkHttpTransport.create();
                LogisticsClient client = IntracityExamples.client(server.baseUri(), server.appId(), server.appSecret(),
                        server.apiSecurity(), transport)) {
            IntracityExamples.receiveCallbacks(callbacks, client, seen::add).start();
            String url = "http://127.0.0.1:" + callbacks.getAddress().getPort() + "/wechat/intracity";
            String wxStoreId = IntracityExamples.openStore(client);
            var placed = IntracityExamples.placeOrder(client, wxStoreId, "docs-1", url);
            assertThat(server.intracity().balance(wxStoreId, ServiceTrans.DADA)).isEqualTo(10_000L - placed.fee());
            for (int i = 0; i < 4; i++) {
                server.intracity().advance(placed.wxOrderId());
            }
            server.intracity().awaitCallbacks(5, Duration.ofSeconds(10));
            assertThat(seen).hasSize(5).last().satisfies(q -> assertThat(q.orderStatus()).isEqualTo(IntracityStatus.DELIVERED));
            var second = IntracityExamples.placeOrder(client, wxStoreId, "docs-2", url);
            server.intracity().advance(second.wxOrderId());
            assertThat(IntracityExamples.cancel(client, second.wxOrderId())).isEqualTo(200L);
        } finally {
            callbacks.stop(0);
        }
    }
}
