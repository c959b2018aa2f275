package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.CancelOrderRequest;
import io.github.wxlogistics.model.PreviewTemplateRequest;
import io.github.wxlogistics.model.WaybillData;
import io.github.wxlogistics.support.Orders;
import io.github.wxlogistics.support.ScriptedTransport;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Courier-side results, previewTemplate's lighter rules, and the waybill_data format. */
class CourierResultTest {

    private final ScriptedTransport transport = new ScriptedTransport();
    private final LogisticsClient client = LogisticsClient.builder().accessToken("T").transport(transport).build();
    private static final CancelOrderRequest CANCEL =
            CancelOrderRequest.builder().orderId("o1").deliveryId("SF").waybillId("w1").build();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aCourierRefusalBehindErrcodeZeroIsAnApiException() {
        transport.enqueue(200, "{\"errcode\":0,\"errmsg\":\"ok\",\"delivery_resultcode\":30002,"
                + "\"delivery_resultmsg\":\"已揽件，不能取消\"}");
        assertThatThrownBy(() -> client.merchant().cancelOrder(CANCEL))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.errcode()).isZero();
                    assertThat(e.deliveryResultcode()).hasValue(30002);
                    assertThat(e.deliveryResultmsg()).hasValue("已揽件，不能取消");
                });
    }

    @Test
    void aZeroCourierResultIsSuccess() {
        transport.enqueue(200, "{\"errcode\":0,\"errmsg\":\"ok\",\"delivery_resultcode\":0,\"delivery_resultmsg\":\"\"}");
        assertThat(client.merchant().cancelOrder(CANCEL)).isNotNull();
    }

    @Test
    void previewTemplateNeedsNoBuyerOpenid() {
        // What a courier sees of an order: no buyer openid, no shop block.
        AddOrderRequest courierView = Orders.valid().toBuilder().openid(null).shop(null).build();
        transport.enqueue(200, "{\"waybill_id\":\"w\",\"rendered_waybill_template\":\"PGI+\"}");
        assertThat(client.courier().previewTemplate(PreviewTemplateRequest.builder().waybillId("w")
                .waybillTemplate("dA==").waybillData("##k##v##").custom(courierView).build())
                .renderedWaybillTemplate()).isEqualTo("PGI+");
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void waybillDataRefusesWhatWouldShiftThePairs() {
        assertThat(PreviewTemplateRequest.formatWaybillData(List.of(new WaybillData("ZTO_mark", "11-22-33"),
                new WaybillData("ZTO_bagAddr", "广州")))).isEqualTo("##ZTO_mark##11-22-33##ZTO_bagAddr##广州##");
        assertThatThrownBy(() -> PreviewTemplateRequest.formatWaybillData(List.of(new WaybillData("k", "a#"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contains #");
        assertThatThrownBy(() -> PreviewTemplateRequest.formatWaybillData(List.of(new WaybillData("", "v"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-empty key");
        assertThatThrownBy(() -> PreviewTemplateRequest.formatWaybillData(List.of(new WaybillData("k", null))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
