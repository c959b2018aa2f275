package io.github.wxlogistics.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.junit5.FakeWeChatServerExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The testkit's extension injects a client pointed at the fake server, built on the transport found on the class path. */
@ExtendWith(FakeWeChatServerExtension.class)
class ExtensionInjectsClientTest {

    @Test
    void theInjectedClientTalksToTheInjectedServer(FakeWeChatServer server, LogisticsClient client) {
        assertThat(client.merchant().getOrder(GetOrderRequest.of("01234567890123456789", "SF")).waybillId())
                .isEqualTo("123456789");
        // The server is per class, so the journal may also hold the other test's requests.
        java.util.List<String> paths = new java.util.ArrayList<>();
        for (var r = server.takeRequest(Duration.ofMillis(200)); r != null; r = server.takeRequest(Duration.ofMillis(200))) {
            paths.add(r.path());
        }
        assertThat(paths).contains("/cgi-bin/stable_token", "/cgi-bin/express/business/order/get");
    }

    @Test
    void eachTestGetsItsOwnClient(LogisticsClient client) {
        assertThat(client.merchant().getAllAccount().count()).isPositive();
    }
}
