package io.github.wxlogistics.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.testkit.FakeResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.RecordedRequest;
import io.github.wxlogistics.testkit.junit5.FakeWeChatServerExtension;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
            assertThat(server.requests()).extracting(RecordedRequest::operation)
                    .containsExactly("getStableAccessToken", "getPath", "getPath");
            assertThat(server.requests().get(2).queryParameter("access_token")).hasValueSatisfying(t -> assertThat(t).isNotBlank());
        }
    }
    // end::extension[]
}
