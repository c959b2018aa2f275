package io.github.wxlogistics.it.junit5user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.GetOrderResponse;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetPathResponse;
import io.github.wxlogistics.testkit.FakeResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.RecordedRequest;
import io.github.wxlogistics.testkit.junit5.FakeWeChatServerExtension;
import io.github.wxlogistics.testkit.junit5.InjectFakeWeChatServer;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a JUnit 5.11 user writes: the extension starts the fake server with the demo data and
 * injects it; a client on the JDK transport makes real HTTP calls to it.
 */
@ExtendWith(FakeWeChatServerExtension.class)
class JUnit5UserTest {

    private static final String DEMO_ORDER = "01234567890123456789";

    @InjectFakeWeChatServer
    FakeWeChatServer server;

    @Test
    void aClientOnTheJdkTransportReadsTheDemoOrderAndGetsWeChatsErrors() {
        try (JdkHttpTransport transport = JdkHttpTransport.create();
                LogisticsClient client = LogisticsClient.builder()
                        .credentials(server.appId(), server.appSecret())
                        .baseUri(server.baseUri())
                        .transport(transport)
                        .build()) {
            GetOrderResponse order = client.merchant()
                    .getOrder(GetOrderRequest.builder().orderId(DEMO_ORDER).deliveryId("SF").build());
            assertEquals(DEMO_ORDER, order.orderId());
            assertEquals("SF", order.deliveryId());

            server.enqueue("getOrder", FakeResponse.errcode(45011));
            ApiException limited = assertThrows(ApiException.class, () -> client.merchant()
                    .getOrder(GetOrderRequest.builder().orderId(DEMO_ORDER).deliveryId("SF").build()));
            assertEquals("getOrder", limited.operation());
            assertEquals(45011, limited.errcode());
        }
        assertFalse(server.isClosed(), "the server lives until the class is done");
    }

    @Test
    void parametersGetTheSameServerAndAClientPointedAtIt(FakeWeChatServer parameter, LogisticsClient client) {
        assertSame(server, parameter);
        int before = server.requests().size();

        GetPathResponse path = client.merchant().getPath(GetPathRequest.builder()
                .orderId(DEMO_ORDER).deliveryId("SF").waybillId("123456789").build());

        assertEquals(3, path.pathItemNum());
        List<RecordedRequest> requests = server.requests();
        assertEquals(java.util.Optional.of("getPath"), requests.get(requests.size() - 1).operation());
        assertFalse(requests.size() <= before, "the call reached the injected server");
    }

    @Test
    void theJUnitOnTheTestClassPathIsTheUsersNotTheLibrarys() throws ClassNotFoundException {
        String expected = System.getProperty("expected.junit.version");
        assertNotNull(expected, "surefire passes the version the POM declares");
        assertEquals(expected, Test.class.getPackage().getImplementationVersion(), "junit-jupiter-api");
        assertEquals(expected, Class.forName("org.junit.jupiter.engine.JupiterTestEngine").getPackage()
                .getImplementationVersion(), "junit-jupiter-engine");
    }
}
