package io.github.wxlogistics.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.RecordedRequest;
import io.github.wxlogistics.testkit.junit5.FakeWeChatServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The testkit's extension injects a client pointed at the fake server, built on the transport found on the class path. */
@ExtendWith(FakeWeChatServerExtension.class)
class ExtensionInjectsClientTest {

    @Test
    void theInjectedClientTalksToTheInjectedServer(FakeWeChatServer server, LogisticsClient client) {
        assertThat(client.merchant().getOrder(GetOrderRequest.builder().orderId("01234567890123456789").deliveryId("SF")
                .build()).waybillId())
                .isEqualTo("123456789");
        // The server is per class, so the journal may also hold the other test's requests.
        var operations = server.requests().stream().flatMap(r -> r.operation().stream()).toList();
        assertThat(operations).contains("getStableAccessToken", "getOrder");
    }

    @Test
    void eachTestGetsItsOwnClient(LogisticsClient client) {
        assertThat(client.merchant().getAllAccount().count()).isPositive();
    }
}
