package io.github.wxlogistics.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.model.insurance.Policy;
import io.github.wxlogistics.model.insurance.PolicyStatus;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.PushEndpoint;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import io.github.wxlogistics.transport.jdk.JdkPushHandler;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Runs the examples of freight-insurance.md against the fake server, the claim result pushed to a real receiver. */
class InsuranceExamplesTest {

    private static final String PAY_ID = "4200000000000000000000000001";

    @Test
    void theInsuranceExamplesOpenInsureClaimAndHearTheResult() throws Exception {
        Map<String, PolicyStatus> results = new ConcurrentHashMap<>();
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        try (PushReceiver receiver = InsuranceExamples.claimResults("PushToken", results);
                FakeWeChatServer server = FakeWeChatServer.builder().start();
                JdkHttpTransport transport = JdkHttpTransport.create();
                LogisticsClient client = ClientExamples.buildClient(server.baseUri(), server.appId(), server.appSecret(), transport)) {
            http.createContext("/push", JdkPushHandler.of(receiver));
            http.start();
            server.merchantPush(PushEndpoint.builder(URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/push"))
                    .token("PushToken").build());

            assertThat(InsuranceExamples.openOnce(client)).isTrue();
            assertThat(InsuranceExamples.openOnce(client)).isFalse();
            assertThat(InsuranceExamples.topUp(client)).startsWith("https://");
            Instant paid = Instant.now().minus(Duration.ofHours(2));
            assertThat(InsuranceExamples.insure(client, "oBuyer", PAY_ID, paid, "SF1001").policyNo()).isNotBlank();
            assertThat(InsuranceExamples.insure(client, "oBuyer", PAY_ID, paid, "SF1001")).as("insured before").isNull();
            assertThat(InsuranceExamples.claim(client, "oBuyer", PAY_ID, "YT2001")).isNotBlank();
            assertThat(InsuranceExamples.claim(client, "oBuyer", PAY_ID, "YT2002")).as("claimed before").isNull();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!results.containsKey(PAY_ID) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(results).containsEntry(PAY_ID, PolicyStatus.CLAIM_SUCCEEDED);
            assertThat(InsuranceExamples.lastDay(client, Instant.now().plusSeconds(1))).extracting(Policy::orderNo)
                    .containsExactly(PAY_ID);
        } finally {
            http.stop(0);
        }
    }
}
