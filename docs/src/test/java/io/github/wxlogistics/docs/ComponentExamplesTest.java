package io.github.wxlogistics.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.model.ReturnIdRequest;
import io.github.wxlogistics.model.ReturnMethod;
import io.github.wxlogistics.model.TraceStatus;
import io.github.wxlogistics.testkit.FakeResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import org.junit.jupiter.api.Test;

/** Runs the examples of tracking.md and returns.md against the fake server. */
class ComponentExamplesTest {

    private static final String PAY_ID = "4200000000000000000000000001";

    @Test
    void theTrackingExamplesTraceQueryAndUpdate() {
        try (FakeWeChatServer server = FakeWeChatServer.builder().start();
                JdkHttpTransport transport = JdkHttpTransport.create();
                LogisticsClient client = ClientExamples.buildClient(server.baseUri(), server.appId(), server.appSecret(), transport)) {
            assertThat(ComponentExamples.carrierCodes(client)).containsEntry("顺丰速运", "SF").containsEntry("圆通速递", "YTO");
            String token = ComponentExamples.trace(client, "oBuyer", "YT1001", "4200000001");
            server.tracking().setStatus("YT1001", 4);
            assertThat(ComponentExamples.queryAndUpdate(client, token).waybillInfo().status()).isEqualTo(TraceStatus.SIGNED);
            assertThat(ComponentExamples.queryAndUpdate(client, token).shopInfo().goodsInfo().detailList().get(0).goodsName())
                    .isEqualTo("纯棉T恤（已签收）");
            assertThat(ComponentExamples.statusAsync(client, token).join()).isEqualTo("4 (signed)");
            server.enqueue("queryTrace", FakeResponse.errcode(9300513));
            assertThat(ComponentExamples.statusAsync(client, token).join()).isEqualTo("quota used up for today");
        }
    }

    @Test
    void theReturnExamplesAddReadAndRelease() {
        try (FakeWeChatServer server = FakeWeChatServer.builder().start();
                JdkHttpTransport transport = JdkHttpTransport.create();
                LogisticsClient client = ClientExamples.buildClient(server.baseUri(), server.appId(), server.appSecret(), transport)) {
            String returnId = ComponentExamples.addReturn(client, "R-1001", "oBuyer", PAY_ID);
            assertThat(returnId).isNotNull();
            assertThat(ComponentExamples.addReturn(client, "R-1001", "oBuyer", PAY_ID)).as("added before").isNull();
            assertThat(ComponentExamples.readAndRelease(client, returnId).status()).isEqualTo(ReturnMethod.NOT_FILLED);
            server.returns().shipBack(returnId, "YTO", "YT2002");
            assertThat(ComponentExamples.readAndRelease(client, returnId).waybillId()).isEqualTo("YT2002");
            assertThatThrownBy(() -> client.returns().getReturnId(ReturnIdRequest.of(returnId)))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.isNotFound()).isTrue());
        }
    }
}
