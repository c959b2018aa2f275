package io.github.wxlogistics.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.testkit.FakeResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.junit5.FakeWeChatServerExtension;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs every example docs/guide.md quotes against the fake server. */
class DocsExamplesTest {

    @RegisterExtension
    static final FakeWeChatServerExtension FAKE = FakeWeChatServerExtension.perTest(FakeWeChatServer.Builder::demoData);

    private static final String ORDER = "01234567890123456789";
    private static final String WAYBILL = "123456789";

    @Test
    void buildTrackAndAsync(FakeWeChatServer server) {
        try (JdkHttpTransport transport = JdkHttpTransport.create();
                LogisticsClient client = ClientExamples.buildClient(server.baseUri(), server.appId(), server.appSecret(), transport)) {
            assertThat(ClientExamples.track(client, ORDER, WAYBILL)).hasSize(3)
                    .first().asString().contains("100001 (picked up)");
            assertThat(ClientExamples.trackAsync(client, ORDER, WAYBILL).join()).isEqualTo(3);
        }
    }

    @Test
    void placeAnOrderAndFindItAgain(FakeWeChatServer server) {
        try (JdkHttpTransport transport = JdkHttpTransport.create();
                LogisticsClient client = ClientExamples.buildClient(server.baseUri(), server.appId(), server.appSecret(), transport)) {
            var waybill = ClientExamples.placeOrder(client, "docs-order-1", "oBuyer");
            assertThat(waybill.orderId()).isEqualTo("docs-order-1");
            assertThat(waybill.waybillId()).isNotBlank();
            var order = client.merchant().getOrder(io.github.wxlogistics.model.GetOrderRequest.builder()
                    .orderId("docs-order-1").deliveryId("YUNDA").build());
            assertThat(order.waybillId()).isEqualTo(waybill.waybillId());
        }
    }

    @Test
    void classicTokens(FakeWeChatServer server) {
        try (LogisticsClient client = ClientExamples.classicTokenClient(server.baseUri(), server.appId(), server.appSecret())) {
            assertThat(ClientExamples.track(client, ORDER, WAYBILL)).hasSize(3);
        }
        assertThat(server.requests().get(0).operation()).hasValue("getAccessToken");
    }

    @Test
    void ownTokenProviderIsAskedAgainAfterARejection(FakeWeChatServer server) {
        AtomicInteger renewals = new AtomicInteger();
        ClientExamples.TokenStore store = new ClientExamples.TokenStore() {
            private volatile AccessToken current = AccessToken.fixed("not-a-valid-token-at-all");

            @Override
            public CompletableFuture<AccessToken> current() {
                return CompletableFuture.completedFuture(current);
            }

            @Override
            public CompletableFuture<AccessToken> renewIfStill(AccessToken rejected) {
                if (rejected.value().equals(current.value())) {
                    renewals.incrementAndGet();
                    current = AccessToken.fixed(server.issueToken());
                }
                return CompletableFuture.completedFuture(current);
            }
        };
        try (LogisticsClient client = ClientExamples.authorizerTokenClient(server.baseUri(), store)) {
            assertThat(ClientExamples.track(client, ORDER, WAYBILL)).hasSize(3);
        }
        assertThat(renewals).hasValue(1);
    }

    @Test
    void errorHandling(FakeWeChatServer server) {
        try (JdkHttpTransport transport = JdkHttpTransport.create();
                LogisticsClient client = ClientExamples.buildClient(server.baseUri(), server.appId(), server.appSecret(), transport)) {
            assertThat(ClientExamples.describeFailure(client, ORDER, WAYBILL)).startsWith("ok: [快递员已成功取件");
            assertThat(ClientExamples.describeFailure(client, ORDER, null)).isEqualTo("bad input: waybill_id is required");
            server.enqueue("/cgi-bin/express/business/path/get", FakeResponse.errcode(45011));
            assertThat(ClientExamples.describeFailure(client, ORDER, WAYBILL)).isEqualTo("slow down: 45011");
            assertThat(ClientExamples.describeFailure(client, ORDER, "nope")).startsWith("WeChat said ");
            server.enqueue("/cgi-bin/express/business/path/get", FakeResponse.json(404, "{}"));
            assertThat(ClientExamples.describeFailure(client, ORDER, WAYBILL)).isEqualTo("HTTP 404");
        }
    }
}
