package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.BindStatus;
import io.github.wxlogistics.model.GetAllAccountResponse;
import io.github.wxlogistics.model.GetContactRequest;
import io.github.wxlogistics.model.GetContactResponse;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.GetOrderResponse;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetPathResponse;
import io.github.wxlogistics.model.OrderStatus;
import io.github.wxlogistics.model.PrintType;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.model.WaybillData;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.support.Golden;
import io.github.wxlogistics.support.ScriptedTransport;
import io.github.wxlogistics.support.SentRequests;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The seeds' JSON examples are golden: the requests we send equal them, their replies decode right. */
class GoldenWireTest {

    private final ScriptedTransport transport = new ScriptedTransport();
    private final LogisticsClient client = LogisticsClient.builder()
            .accessToken("ACCESS_TOKEN").transport(transport).build();

    private static final GetContactRequest CONTACT =
            GetContactRequest.builder().token("TOKEN").waybillId("12345678901234567890").build();
    private static final GetOrderRequest ORDER_O1 = GetOrderRequest.builder().orderId("o1").deliveryId("SF").build();

    @AfterEach
    void close() {
        client.close();
    }

    private TransportRequest assertPost(String path, String golden) {
        return SentRequests.assertPost(transport, path, golden);
    }

    @Nested
    class Requests {

        @Test
        void getOrder() {
            transport.enqueue(200, Golden.text("getOrder-response"));
            client.merchant().getOrder(GetOrderRequest.builder().orderId("01234567890123456789").openid("oABC123456")
                    .deliveryId("SF").waybillId("123456789").printType(PrintType.ONE_PART).build());
            assertPost("/cgi-bin/express/business/order/get", "getOrder-request");
        }

        @Test
        void getPath() {
            transport.enqueue(200, Golden.text("getPath-response"));
            client.merchant().getPath(GetPathRequest.builder().orderId("01234567890123456789").openid("oABC123456")
                    .deliveryId("SF").waybillId("123456789").build());
            assertPost("/cgi-bin/express/business/path/get", "getPath-request");
        }

        @Test
        void getAllAccountIsAGetWithoutBody() {
            transport.enqueue(200, Golden.text("getAllAccount-response"));
            client.merchant().getAllAccount();
            SentRequests.assertGet(transport, "/cgi-bin/express/business/account/getall");
        }

        @Test
        void getContact() {
            transport.enqueue(200, Golden.text("getContact-response"));
            client.courier().getContact(CONTACT);
            assertPost("/cgi-bin/express/delivery/contact/get", "getContact-request");
        }

        @Test
        void updatePathSendsChineseUnescaped() {
            transport.enqueue(200, Golden.text("updatePath-response"));
            client.courier().updatePath(UpdatePathRequest.builder().token("TOKEN").waybillId("12345678901234567890")
                    .actionTime(1533052800L).actionType(ActionType.OUT_FOR_DELIVERY)
                    .actionMsg("丽影邓丽君【18666666666】正在派件").build());
            TransportRequest sent = assertPost("/cgi-bin/express/delivery/path/update", "updatePath-request");
            String body = new String(sent.body(), StandardCharsets.UTF_8);
            assertThat(body).contains("丽影邓丽君").doesNotContain("\\u");
        }
    }

    @Nested
    class Responses {

        @Test
        void getOrderKeepsPrintHtmlAsBase64AndDecodesCodes() {
            transport.enqueue(200, Golden.text("getOrder-response"));
            GetOrderResponse reply = client.merchant().getOrder(
                    GetOrderRequest.builder().orderId("01234567890123456789").deliveryId("SF").build());
            assertThat(reply.printHtml()).isEqualTo("jh7DjipP4ul4CQYUh69cniskrQZuOPwa1inAbXIqKbU0t71c0s65Au54cdWBZW0QJY4LYeofdM");
            assertThat(reply.waybillData()).containsExactly(new WaybillData("SF_bagAddr", "广州"),
                    new WaybillData("SF_mark", "101- 07-03 509"));
            assertThat(reply.deliveryId()).isEqualTo("SF");
            assertThat(reply.waybillId()).isEqualTo("123456");
            assertThat(reply.orderId()).isEqualTo("123456");
            assertThat(reply.orderStatus()).isEqualTo(OrderStatus.NORMAL);
        }

        @Test
        void printHtmlDecodesFromBase64() {
            transport.enqueue(200, "{\"print_html\":\"PGh0bWw+6L+Q5Y2VPC9odG1sPg==\",\"order_status\":1}");
            GetOrderResponse reply = client.merchant().getOrder(ORDER_O1);
            assertThat(reply.decodePrintHtml()).isEqualTo("<html>运单</html>");
            assertThat(reply.orderStatus()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(reply.waybillData()).isEmpty();
        }

        @Test
        void printHtmlThatIsNotBase64GivesAClearError() {
            transport.enqueue(200, "{\"print_html\":\"not*base64\"}");
            GetOrderResponse reply = client.merchant().getOrder(ORDER_O1);
            assertThatThrownBy(reply::decodePrintHtml).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("print_html is not Base64");
        }

        @Test
        void getPathDecodesTheUnknownActionType300001() {
            transport.enqueue(200, Golden.text("getPath-response"));
            GetPathResponse reply = client.merchant().getPath(GetPathRequest.builder().orderId("01234567890123456789")
                    .deliveryId("SF").waybillId("123456789").build());
            assertThat(reply.openid()).isEqualTo("OPENID");
            assertThat(reply.waybillId()).isEqualTo("12345678901234567890");
            assertThat(reply.pathItemNum()).isEqualTo(3);
            assertThat(reply.pathItemList()).extracting(p -> p.actionType())
                    .containsExactly(ActionType.PICKED_UP, ActionType.IN_TRANSIT, ActionType.of(300001));
            assertThat(reply.pathItemList().get(2).actionType().isKnown()).isFalse();
            assertThat(reply.pathItemList().get(0).actionType().isKnown()).isTrue();
            assertThat(reply.pathItemList().get(0).actionTime()).isEqualTo(1533052800L);
            assertThat(reply.pathItemList().get(0).actionInstant().toString()).isEqualTo("2018-07-31T16:00:00Z");
            assertThat(reply.pathItemList().get(1).actionMsg()).isEqualTo("快件已到达xxx集散中心,准备发往xxx");
        }

        @Test
        void getAllAccountWithoutErrcodeOrServiceTypeIsASuccess() {
            transport.enqueue(200, Golden.text("getAllAccount-response"));
            GetAllAccountResponse reply = client.merchant().getAllAccount();
            assertThat(reply.count()).isEqualTo(1);
            var account = reply.list().get(0);
            assertThat(account.bizId()).isEqualTo("123456789");
            assertThat(account.deliveryId()).isEqualTo("YUNDA");
            assertThat(account.createTime()).isEqualTo(1555482786L);
            assertThat(account.updateTime()).isEqualTo(1556594799L);
            assertThat(account.statusCode()).isEqualTo(BindStatus.BOUND);
            assertThat(account.alias()).isEmpty();
            assertThat(account.quotaNum()).isEqualByComparingTo("55");
            assertThat(account.quotaUpdateTime()).isEqualTo(1556594799L);
            assertThat(account.serviceType()).isEmpty();
        }

        @Test
        void getAllAccountAcceptsAnErrmsgOfAnyTypeAndServiceTypes() {
            // One table types errmsg as number; we never bind errmsg on success.
            transport.enqueue(200, "{\"errcode\":0,\"errmsg\":0,\"count\":1,\"list\":[{\"biz_id\":\"b\",\"status_code\":7,"
                    + "\"service_type\":[{\"service_type\":1,\"service_name\":\"标快\"}]}]}");
            var account = client.merchant().getAllAccount().list().get(0);
            assertThat(account.statusCode().isKnown()).isFalse();
            assertThat(account.statusCode().code()).isEqualTo(7);
            assertThat(account.serviceType()).containsExactly(new io.github.wxlogistics.model.ServiceType(1, "标快"));
        }

        @Test
        void getContactReadsSenderAndReceiverAsObjects() {
            transport.enqueue(200, Golden.text("getContact-response"));
            GetContactResponse reply = client.courier().getContact(CONTACT);
            assertThat(reply.waybillId()).isEqualTo("12345678901234567890");
            assertThat(reply.sender().name()).isEqualTo("Jim");
            assertThat(reply.sender().tel()).isEqualTo("020-88888888");
            assertThat(reply.sender().mobile()).isEqualTo("18666666666");
            assertThat(reply.sender().address()).startsWith("xx on Block XX");
            assertThat(reply.receiver().name()).isEqualTo("Wang Xiaomeng");
            assertThat(reply.receiver().mobile()).isEqualTo("18610000000");
        }

        @Test
        void updatePathSucceedsOnErrcodeZero() {
            transport.enqueue(200, Golden.text("updatePath-response"));
            client.courier().updatePath(UpdatePathRequest.builder().token("TOKEN").waybillId("1").actionTime(1533052800L)
                    .actionType(ActionType.SIGNED).actionMsg("签收").build());
            assertThat(transport.requests()).hasSize(1);
        }
    }
}
