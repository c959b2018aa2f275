package io.github.wxlogistics.docs;

// tag::imports[]
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.testkit.FakeResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.RecordedRequest;
import io.github.wxlogistics.testkit.junit5.FakeWeChatServerExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
// end::imports[]

/** The example docs/testkit.md quotes, run as a test. */
class TestkitExampleTest {

    @Nested
    // tag::extension[]
    @ExtendWith(FakeWeChatServerExtension.class)
    class ParcelTrackerTest {

        @Test
        void retriesWhenWeChatIsBusy(FakeWeChatServer server, LogisticsClient client) {
            server.enqueue("getPath", FakeResponse.errcode(-1));

            var path = client.merchant().getPath(GetPathRequest.builder()
                    .orderId("01234567890123456789").deliveryId("SF").waybillId("123456789").build());

            assertThat(path.pathItemNum()).isEqualTo(3);
            assertThat(server.requests()).extracting(r -> r.operation().orElse(""))
                    .containsExactly("getStableAccessToken", "getPath", "getPath");
            assertThat(server.requests().get(2).queryParameter("access_token")).hasValueSatisfying(t -> assertThat(t).isNotBlank());
        }
    }
    // end::extension[]

    @Test
    void theConsoleIsAPageOnTheFakesPort() throws Exception {
        // tag::console[]
        FakeWeChatServer server = FakeWeChatServer.builder().demoData().console().start();
        URI console = server.consoleUri().orElseThrow();   // http://127.0.0.1:PORT/console/
        // Open it in a browser, point the app at server.baseUri(), and watch (or pause here in a debugger).
        // end::console[]
        try (server) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(console).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<title>Fake WeChat console</title>");
            assertThat(console).isEqualTo(server.baseUri().resolve("/console/"));
        }
    }
}
