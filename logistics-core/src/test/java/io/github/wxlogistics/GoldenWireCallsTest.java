package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.AddOrderResponse;
import io.github.wxlogistics.model.AddSource;
import io.github.wxlogistics.model.BatchGetOrderRequest;
import io.github.wxlogistics.model.BatchOrder;
import io.github.wxlogistics.model.BindAccountRequest;
import io.github.wxlogistics.model.BindAction;
import io.github.wxlogistics.model.CancelOrderRequest;
import io.github.wxlogistics.model.Cargo;
import io.github.wxlogistics.model.CargoDetail;
import io.github.wxlogistics.model.GetQuotaRequest;
import io.github.wxlogistics.model.Insured;
import io.github.wxlogistics.model.OrderQuery;
import io.github.wxlogistics.model.OrderStatus;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.PreviewTemplateRequest;
import io.github.wxlogistics.model.ServiceType;
import io.github.wxlogistics.model.Shop;
import io.github.wxlogistics.model.ShopDetail;
import io.github.wxlogistics.model.TestUpdateOrderRequest;
import io.github.wxlogistics.model.UpdateBusinessRequest;
import io.github.wxlogistics.model.UpdatePrinterRequest;
import io.github.wxlogistics.model.WaybillData;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.support.Golden;
import io.github.wxlogistics.support.Orders;
import io.github.wxlogistics.support.ScriptedTransport;
import io.github.wxlogistics.support.SentRequests;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The calls beyond the five seeds: the requests we send equal the shapes API.md documents, and
 * the documented replies decode right.
 */
class GoldenWireCallsTest {

    private static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";

    private final ScriptedTransport transport = new ScriptedTransport();
    // The golden addOrder asks for a pickup at 1555220000 (2019-04-14): the client must think it is before then.
    private final LogisticsClient client = LogisticsClient.builder()
            .accessToken("ACCESS_TOKEN").transport(transport)
            .clock(Clock.fixed(Instant.parse("2019-04-01T00:00:00Z"), ZoneOffset.UTC)).build();

    @AfterEach
    void close() {
        client.close();
    }

    private TransportRequest onlyRequest() {
        return SentRequests.only(transport);
    }

    private void assertPost(String path, String golden) {
        SentRequests.assertPost(transport, path, golden);
    }

    private void assertGet(String path) {
        SentRequests.assertGet(transport, path);
    }

    @Nested
    class Requests {

        @Test
        void addOrderSendsEveryField() {
            transport.enqueue(200, Golden.text("addOrder-response"));
            client.merchant().addOrder(Orders.golden());
            assertPost("/cgi-bin/express/business/order/add", "addOrder-request");
            assertThat(new String(onlyRequest().body(), StandardCharsets.UTF_8)).contains("王小蒙").doesNotContain("\\u");
        }

        @Test
        void addOrderFromAnAppSendsAddSource2AndWxAppid() {
            transport.enqueue(200, Golden.text("addOrder-response"));
            client.merchant().addOrder(Orders.valid().toBuilder().addSource(AddSource.APP_OR_H5).wxAppid("wxAPP").build());
            var body = Golden.parse(new String(onlyRequest().body(), StandardCharsets.UTF_8)).asJsonObject();
            assertThat(body.getInt("add_source")).isEqualTo(2);
            assertThat(body.getString("wx_appid")).isEqualTo("wxAPP");
            assertThat(body).doesNotContainKey("take_mode").doesNotContainKey("expect_time").doesNotContainKey("tagid");
            assertThat(body.getJsonObject("shop")).doesNotContainKey("detail_list");
        }

        @Test
        void batchGetOrder() {
            transport.enqueue(200, Golden.text("batchGetOrder-response"));
            client.merchant().batchGetOrder(BatchGetOrderRequest.of(List.of(
                    OrderQuery.builder().orderId("01234567890123456789").deliveryId("SF").waybillId("123456789").build(),
                    OrderQuery.builder().orderId("01234567890123456788").deliveryId("SF").build())));
            assertPost("/cgi-bin/express/business/order/batchget", "batchGetOrder-request");
        }

        @Test
        void cancelOrder() {
            transport.enqueue(200, Golden.text("cancelOrder-response"));
            client.merchant().cancelOrder(CancelOrderRequest.builder().orderId("01234567890123456789")
                    .openid("oABC123456").deliveryId("SF").waybillId("123456789").build());
            assertPost("/cgi-bin/express/business/order/cancel", "cancelOrder-request");
        }

        @Test
        void getAllDeliveryIsAGetWithoutBody() {
            transport.enqueue(200, Golden.text("getAllDelivery-response"));
            client.merchant().getAllDelivery();
            assertGet("/cgi-bin/express/business/delivery/getall");
        }

        @Test
        void getPrinterIsAGetWithoutBody() {
            transport.enqueue(200, Golden.text("getPrinter-response"));
            client.merchant().getPrinter();
            assertGet("/cgi-bin/express/business/printer/getall");
        }

        @Test
        void updatePrinterJoinsTagidsIntoOneString() {
            transport.enqueue(200, OK);
            client.merchant().updatePrinter(UpdatePrinterRequest.builder().openid("oJ4v0wRAfiXcnIbM3SgGEUkTw3Qw")
                    .updateType(BindAction.BIND).tagidList(List.of("123", "456")).build());
            assertPost("/cgi-bin/express/business/printer/update", "updatePrinter-request");
        }

        @Test
        void getQuota() {
            transport.enqueue(200, Golden.text("getQuota-response"));
            client.merchant().getQuota(GetQuotaRequest.builder().deliveryId("YUNDA").bizId("123456789").build());
            assertPost("/cgi-bin/express/business/quota/get", "getQuota-request");
        }

        @Test
        void bindAccount() {
            transport.enqueue(200, OK);
            client.merchant().bindAccount(BindAccountRequest.builder().type(BindAction.BIND).bizId("123456789")
                    .deliveryId("YUNDA").password("123456789")
                    .remarkContent("电话：18666666666 联系人：张三 服务类型：标准快递 发货地址：广州").build());
            assertPost("/cgi-bin/express/business/account/bind", "bindAccount-request");
        }

        @Test
        void testUpdateOrder() {
            transport.enqueue(200, OK);
            client.merchant().testUpdateOrder(TestUpdateOrderRequest.builder().orderId("xxxxxxxxxxxx")
                    .waybillId("xxxxxxxxxx").actionTime(Instant.ofEpochSecond(123456789L))
                    .actionType(ActionType.PICKED_UP).actionMsg("揽件阶段").build());
            assertPost("/cgi-bin/express/business/test_update_order", "testUpdateOrder-request");
        }

        @Test
        void previewTemplateSendsAnAddOrderBodyAsCustom() {
            transport.enqueue(200, Golden.text("previewTemplate-response"));
            AddOrderRequest custom = AddOrderRequest.builder().orderId("012345678901234567890123456789")
                    .openid("oABC123456").deliveryId("ZTO").bizId("xyz").customRemark("易碎物品")
                    .sender(Person.builder().name("张三").mobile("18666666666").province("广东省").city("广州市")
                            .area("海珠区").address("XX路XX号").build())
                    .receiver(Person.builder().name("王小蒙").mobile("18610000000").province("北京市").city("北京市")
                            .area("海淀区").address("XX路XX号").build())
                    .cargo(Cargo.builder().weight(new BigDecimal("1.2")).spaceX(new BigDecimal("20"))
                            .spaceY(new BigDecimal("15")).spaceZ(new BigDecimal("10"))
                            .detailList(List.of(CargoDetail.of("衣服", 1))).build())
                    .shop(Shop.builder().imgUrl("https://example.com/a.png").goodsName("衣服").goodsCount(1).build())
                    .insured(Insured.none()).service(new ServiceType(0, "标准快件")).build();
            String data = PreviewTemplateRequest.formatWaybillData(List.of(new WaybillData("ZTO_mark", "11-22-33"),
                    new WaybillData("ZTO_bagAddr", "广州")));
            client.courier().previewTemplate(PreviewTemplateRequest.builder().waybillId("1175614420")
                    .waybillTemplate("PGh0bWw+IyNWQVIoc3lzLndheWJpbGxpZCk8L2h0bWw+").waybillData(data).custom(custom)
                    .build());
            assertPost("/cgi-bin/express/delivery/template/preview", "previewTemplate-request");
        }

        @Test
        void updateBusiness() {
            transport.enqueue(200, OK);
            client.courier().updateBusiness(UpdateBusinessRequest.builder().shopAppId("wxABCD").bizId("xyz")
                    .resultCode(1).resultMsg("审核不通过").build());
            assertPost("/cgi-bin/express/delivery/service/business/update", "updateBusiness-request");
        }
    }

    @Nested
    class Responses {

        @Test
        void addOrderDecodesTheWaybill() {
            transport.enqueue(200, Golden.text("addOrder-response"));
            AddOrderResponse reply = client.merchant().addOrder(Orders.valid());
            assertThat(reply.orderId()).isEqualTo("01234567890123456789");
            assertThat(reply.waybillId()).isEqualTo("123456789");
            assertThat(reply.waybillData()).containsExactly(new WaybillData("SF_bagAddr", "广州"),
                    new WaybillData("SF_mark", "101- 07-03 509"));
        }

        @Test
        void addOrderFailureCarriesTheCourierResult() {
            transport.enqueue(200, Golden.text("addOrder-failure"));
            assertThatThrownBy(() -> client.merchant().addOrder(Orders.valid()))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.operation()).isEqualTo("addOrder");
                        assertThat(e.errcode()).isEqualTo(9300501);
                        assertThat(e.deliveryResultcode()).hasValue(10002);
                        assertThat(e.deliveryResultmsg()).hasValue("客户密码不正确");
                    });
        }

        @Test
        void batchGetOrderKeepsPerItemErrorsWithoutThrowing() {
            transport.enqueue(200, Golden.text("batchGetOrder-response"));
            var reply = client.merchant().batchGetOrder(BatchGetOrderRequest.of(List.of(
                    OrderQuery.builder().orderId("01234567890123456789").deliveryId("SF").build(),
                    OrderQuery.builder().orderId("01234567890123456788").deliveryId("SF").build())));
            assertThat(reply.orderList()).hasSize(2);
            BatchOrder found = reply.orderList().get(0);
            assertThat(found.isOk()).isTrue();
            assertThat(found.orderStatus()).isEqualTo(OrderStatus.NORMAL);
            assertThat(found.waybillId()).isEqualTo("123456789");
            assertThat(found.waybillData()).hasSize(2);
            BatchOrder missing = reply.orderList().get(1);
            assertThat(missing.isOk()).isFalse();
            assertThat(missing.errcode()).isEqualTo(930563);
            assertThat(missing.errmsg()).isEqualTo("order not exist");
            assertThat(missing.orderId()).isEqualTo("01234567890123456788");
            assertThat(missing.waybillData()).isEmpty();
        }

        @Test
        void cancelOrderReadsTheDeliveryResult() {
            transport.enqueue(200, Golden.text("cancelOrder-response"));
            var reply = client.merchant().cancelOrder(
                    CancelOrderRequest.builder().orderId("o").deliveryId("SF").waybillId("w").build());
            assertThat(reply.deliveryResultcode()).isZero();
            assertThat(reply.deliveryResultmsg()).isEmpty();
        }

        @Test
        void cancelOrderRefusalCarriesTheCourierResult() {
            transport.enqueue(200, "{\"errcode\":9300501,\"errmsg\":\"delivery logic fail\","
                    + "\"delivery_resultcode\":30002,\"delivery_resultmsg\":\"已揽件\"}");
            assertThatThrownBy(() -> client.merchant().cancelOrder(
                    CancelOrderRequest.builder().orderId("o").deliveryId("SF").waybillId("w").build()))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.deliveryResultcode()).hasValue(30002));
        }

        @Test
        void getAllDeliveryReadsOptionalFieldsAsAbsent() {
            transport.enqueue(200, Golden.text("getAllDelivery-response"));
            var reply = client.merchant().getAllDelivery();
            assertThat(reply.count()).isEqualTo(2);
            var sf = reply.data().get(0);
            assertThat(sf.deliveryId()).isEqualTo("SF");
            assertThat(sf.deliveryName()).isEqualTo("顺丰速运");
            assertThat(sf.canUseCash()).isEqualTo(1);
            assertThat(sf.cashBizId()).isEqualTo("SF_CASH");
            assertThat(sf.serviceType()).containsExactly(new ServiceType(0, "标准快递"), new ServiceType(1, "顺丰即日"));
            var yto = reply.data().get(1);
            assertThat(yto.canGetQuota()).as("absent, not 0").isNull();
            assertThat(yto.cashBizId()).isNull();
            assertThat(yto.serviceType()).isEmpty();
        }

        @Test
        void getPrinterReadsTagidsAsStrings() {
            transport.enqueue(200, Golden.text("getPrinter-response"));
            var reply = client.merchant().getPrinter();
            assertThat(reply.count()).isEqualTo(1);
            assertThat(reply.openid()).containsExactly("oJ4v0wRAfiXcnIbM3SgGEUkTw3Qw");
            assertThat(reply.tagidList()).containsExactly("123", "456");
        }

        @Test
        void getQuotaWithoutErrcodeIsASuccess() {
            transport.enqueue(200, Golden.text("getQuota-response"));
            var request = GetQuotaRequest.builder().deliveryId("YUNDA").bizId("123456789").build();
            assertThat(client.merchant().getQuota(request).quotaNum()).isEqualByComparingTo("210");
        }

        @Test
        void previewTemplateDecodesTheRenderedHtml() {
            transport.enqueue(200, Golden.text("previewTemplate-response"));
            var reply = client.courier().previewTemplate(PreviewTemplateRequest.builder().waybillId("1175614420")
                    .waybillTemplate("dA==").waybillData("##k##v##").custom(Orders.valid()).build());
            assertThat(reply.waybillId()).isEqualTo("1175614420");
            assertThat(reply.decodeRenderedWaybillTemplate()).isEqualTo("<html>1175614420</html>");
        }

        @Test
        void waybillDataRefusesEntriesThatWouldShiftThePairs() {
            assertThat(PreviewTemplateRequest.formatWaybillData(List.of())).isEqualTo("##");
            assertThatThrownBy(() -> PreviewTemplateRequest.formatWaybillData(List.of(new WaybillData("k", "a##b"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("waybill_data");
        }

        @Test
        void codeTypesKeepUnknownValues() {
            assertThat(AddSource.of(5).isKnown()).isFalse();
            assertThat(AddSource.of(2)).isEqualTo(AddSource.APP_OR_H5);
            assertThat(BindAction.of("bind")).isEqualTo(BindAction.BIND);
            assertThat(BindAction.of("rebind").isKnown()).isFalse();
        }
    }

    /** Input the validation lets through. */
    @Nested
    class AcceptedInput {

        @Test
        void aLandlineAloneIsEnough() {
            var valid = Orders.valid();
            var request = valid.toBuilder()
                    .sender(valid.sender().toBuilder().mobile(null).tel("020-88888888").build()).build();
            transport.otherwise(r -> ScriptedTransport.json(200, "{\"order_id\":\"o1\",\"waybill_id\":\"w\"}"));
            assertThat(client.merchant().addOrder(request).waybillId()).isEqualTo("w");
        }

        @Test
        void anAppOrderNeedsNoOpenid() {
            var request = Orders.valid().toBuilder().orderId("o").openid(null)
                    .addSource(AddSource.APP_OR_H5).wxAppid("wxAPP").build();
            transport.otherwise(r -> ScriptedTransport.json(200, "{\"order_id\":\"o\",\"waybill_id\":\"w\"}"));
            assertThat(client.merchant().addOrder(request).orderId()).isEqualTo("o");
        }

        @Test
        void aShopWithDetailsNeedsNoSingleGoodsFields() {
            var request = Orders.valid().toBuilder().shop(Shop.ofDetails(List.of(
                    ShopDetail.builder().goodsName("衣服").goodsImgUrl("u").goodsDesc("d").build()))).build();
            transport.otherwise(r -> ScriptedTransport.json(200, "{\"order_id\":\"o1\",\"waybill_id\":\"w\"}"));
            assertThat(client.merchant().addOrder(request).waybillId()).isEqualTo("w");
        }

        @Test
        void aBatchOfExactlyAHundredIsSent() {
            transport.otherwise(r -> ScriptedTransport.json(200, "{\"errcode\":0,\"order_list\":[]}"));
            var query = OrderQuery.builder().orderId("o").deliveryId("SF").build();
            client.merchant().batchGetOrder(BatchGetOrderRequest.of(Collections.nCopies(100, query)));
            assertThat(transport.requests()).hasSize(1);
        }
    }

    @Nested
    class Secrets {

        @Test
        void bindAccountHidesThePassword() {
            String shown = BindAccountRequest.builder().type(BindAction.BIND).bizId("b").deliveryId("YUNDA")
                    .password("hunter2").build().toString();
            assertThat(shown).doesNotContain("hunter2").contains("password=***");
        }
    }
}
