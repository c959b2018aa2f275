package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.error.ValidationException;
import io.github.wxlogistics.internal.call.Endpoint;
import io.github.wxlogistics.internal.call.Endpoints;
import io.github.wxlogistics.internal.call.Safety;
import io.github.wxlogistics.model.AddReturnRequest;
import io.github.wxlogistics.model.GetReturnResponse;
import io.github.wxlogistics.model.GoodsDetail;
import io.github.wxlogistics.model.GoodsInfo;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.QueryTraceRequest;
import io.github.wxlogistics.model.QueryTraceResponse;
import io.github.wxlogistics.model.ReturnGoods;
import io.github.wxlogistics.model.ReturnIdRequest;
import io.github.wxlogistics.model.ReturnMethod;
import io.github.wxlogistics.model.ReturnOrderStatus;
import io.github.wxlogistics.model.TraceStatus;
import io.github.wxlogistics.model.TraceWaybillRequest;
import io.github.wxlogistics.model.UpdateWaybillGoodsRequest;
import io.github.wxlogistics.support.Golden;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.support.ScriptedTransport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The tracking, message and return components through a scripted transport: method, path and body
 * of each call, the traps (get_delivery_list's {@code {}}, detail_list as an array, the return
 * status in two forms), validation before sending, and the errcode predicates.
 */
class ComponentCallsTest {

    private static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";
    private static final String HOST = "https://api.weixin.qq.com";

    private final ScriptedTransport transport = new ScriptedTransport();
    private final LogisticsClient client = LogisticsClient.builder().accessToken("ACCESS_TOKEN").transport(transport)
            .retryPolicy(RetryPolicy.none()).build();

    @AfterEach
    void close() {
        client.close();
    }

    static TraceWaybillRequest trace() {
        return TraceWaybillRequest.builder().openid("oBuyer").receiverPhone("13800000000").waybillId("SF1234567890")
                .transId("4200000000000001").deliveryId("SF").orderDetailPath("pages/order?id=1")
                .goodsInfo(GoodsInfo.of(GoodsDetail.of("衣服", "https://example.com/a.png"))).build();
    }

    static AddReturnRequest addReturn(String wxPayId) {
        Person biz = Person.builder().name("仓库").mobile("13800000000").province("广东省").city("广州市")
                .area("海珠区").address("新港中路1号").build();
        return AddReturnRequest.builder().shopOrderId("R-1").bizAddr(biz).openid("oBuyer").orderPath("pages/order?id=1")
                .goodsList(List.of(ReturnGoods.of("衣服", "https://example.com/a.png"))).orderPrice(9900)
                .wxPayId(wxPayId).build();
    }

    private void assertSent(String method, String path, String json) {
        assertThat(transport.requests()).hasSize(1);
        TransportRequest sent = transport.requests().get(0);
        assertThat(sent.method()).isEqualTo(method);
        assertThat(sent.uri().toString()).isEqualTo(HOST + path + "?access_token=ACCESS_TOKEN");
        assertThat(Golden.parse(new String(sent.body(), StandardCharsets.UTF_8))).isEqualTo(Golden.parse(json));
    }

    @Test
    void traceWaybillPostsEveryFieldWithDetailListAsAnArray() {
        transport.enqueue(200, "{\"errcode\":0,\"waybill_token\":\"TOKEN\"}");
        assertThat(client.tracking().traceWaybill(trace()).waybillToken()).isEqualTo("TOKEN");
        assertSent("POST", "/cgi-bin/express/delivery/open_msg/trace_waybill", """
                {"openid":"oBuyer","receiver_phone":"13800000000","waybill_id":"SF1234567890",
                 "trans_id":"4200000000000001","delivery_id":"SF","order_detail_path":"pages/order?id=1",
                 "goods_info":{"detail_list":[{"goods_name":"衣服","goods_img_url":"https://example.com/a.png"}]}}""");
    }

    @Test
    void queryTraceReadsDetailListAsAnArrayAndTheStatusAsACode() {
        transport.enqueue(200, """
                {"errcode":0,"waybill_info":{"status":3,"waybill_id":"SF1"},
                 "shop_info":{"goods_info":{"detail_list":[{"goods_name":"衣服","goods_img_url":"u"}]}},
                 "delivery_info":{"delivery_id":"SF","delivery_name":"顺丰速运"}}""");
        QueryTraceResponse reply = client.tracking().queryTrace(new QueryTraceRequest("TOKEN", "oBuyer"));
        assertThat(reply.waybillInfo().status()).isEqualTo(TraceStatus.OUT_FOR_DELIVERY);
        assertThat(reply.shopInfo().goodsInfo().detailList()).extracting(GoodsDetail::goodsName).containsExactly("衣服");
        assertThat(reply.deliveryInfo().deliveryName()).isEqualTo("顺丰速运");
        assertSent("POST", "/cgi-bin/express/delivery/open_msg/query_trace", "{\"waybill_token\":\"TOKEN\",\"openid\":\"oBuyer\"}");
    }

    @Test
    void updateWaybillGoodsPostsToItsOwnPathAndAnErrcodeIsAnError() {
        // WxJava posts this call to get_delivery_list's URL and treats only -1 as an error.
        transport.enqueue(200, "{\"errcode\":9300559,\"errmsg\":\"waybill not exist\"}");
        assertThatThrownBy(() -> client.tracking().updateWaybillGoods(UpdateWaybillGoodsRequest.of("TOKEN",
                GoodsInfo.of(GoodsDetail.of("鞋", "https://example.com/b.png")))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.isNotFound()).isTrue());
        assertSent("POST", "/cgi-bin/express/delivery/open_msg/update_waybill_goods", """
                {"waybill_token":"TOKEN","goods_info":{"detail_list":[{"goods_name":"鞋","goods_img_url":"https://example.com/b.png"}]}}""");
    }

    @Test
    void getDeliveryListAlwaysPostsAnEmptyObject() {
        transport.enqueue(200, "{\"errcode\":0,\"count\":1,\"delivery_list\":[{\"delivery_id\":\"SF\",\"delivery_name\":\"顺丰速运\"}]}");
        assertThat(client.tracking().getDeliveryList().deliveryList()).extracting(c -> c.deliveryId()).containsExactly("SF");
        assertSent("POST", "/cgi-bin/express/delivery/open_msg/get_delivery_list", "{}");
        assertThat(new String(transport.requests().get(0).body(), StandardCharsets.UTF_8)).isEqualTo("{}");
    }

    @Test
    @SuppressWarnings("deprecation")
    void theMessageComponentUsesItsOwnPaths() {
        transport.enqueue(200, "{\"errcode\":0,\"waybill_token\":\"T\"}");
        client.tracking().followWaybill(trace());
        transport.enqueue(200, "{\"errcode\":0}");
        client.tracking().queryFollowTrace(QueryTraceRequest.of("T"));
        transport.enqueue(200, OK);
        client.tracking().updateFollowWaybillGoods(UpdateWaybillGoodsRequest.of("T", GoodsInfo.of(new GoodsDetail("鞋", "u", "白色"))));
        assertThat(transport.requests()).extracting(r -> r.uri().getPath()).containsExactly(
                "/cgi-bin/express/delivery/open_msg/follow_waybill", "/cgi-bin/express/delivery/open_msg/query_follow_trace",
                "/cgi-bin/express/delivery/open_msg/update_follow_waybill_goods");
        assertThat(new String(transport.requests().get(2).body(), StandardCharsets.UTF_8)).contains("\"goods_desc\":\"白色\"");
    }

    @Test
    void theReturnCallsPostToTheCurrentAndTheLegacyPaths() {
        transport.enqueue(200, "{\"errcode\":0,\"return_id\":\"RID\"}");
        assertThat(client.returns().addReturnId(addReturn("4200000000000002")).returnId()).isEqualTo("RID");
        assertSent("POST", "/cgi-bin/express/delivery/no_worry_return/add", """
                {"shop_order_id":"R-1","openid":"oBuyer","order_path":"pages/order?id=1","order_price":9900,
                 "wx_pay_id":"4200000000000002",
                 "biz_addr":{"name":"仓库","mobile":"13800000000","province":"广东省","city":"广州市","area":"海珠区","address":"新港中路1号"},
                 "goods_list":[{"name":"衣服","url":"https://example.com/a.png"}]}""");
        transport.enqueue(200, "{\"errcode\":0,\"return_id\":\"RID2\"}");
        transport.enqueue(200, "{\"errcode\":0,\"status\":0}");
        transport.enqueue(200, OK);
        transport.enqueue(200, "{\"errcode\":0,\"status\":0}");
        transport.enqueue(200, OK);
        client.returns().addReturn(addReturn(null));
        client.returns().getReturn(ReturnIdRequest.of("RID2"));
        client.returns().unbindReturn(ReturnIdRequest.of("RID2"));
        client.returns().getReturnId(ReturnIdRequest.of("RID"));
        client.returns().unbindReturnId(ReturnIdRequest.of("RID"));
        assertThat(transport.requests().subList(1, 6)).extracting(r -> r.method() + " " + r.uri().getPath()).containsExactly(
                "POST /cgi-bin/express/delivery/return/add", "POST /cgi-bin/express/delivery/return/get",
                "POST /cgi-bin/express/delivery/return/unbind", "POST /cgi-bin/express/delivery/no_worry_return/get",
                "POST /cgi-bin/express/delivery/no_worry_return/unbind");
        assertThat(Golden.parse(new String(transport.requests().get(5).body(), StandardCharsets.UTF_8)))
                .isEqualTo(Golden.parse("{\"return_id\":\"RID\"}"));
    }

    @Test
    void theReturnStatusIsReadAsANumberAndAsText() {
        transport.enqueue(200, "{\"errcode\":0,\"status\":\"2\",\"waybill_id\":\"YT1\",\"order_status\":1,\"delivery_id\":\"YTO\",\"delivery_name\":\"圆通速递\"}");
        GetReturnResponse text = client.returns().getReturnId(ReturnIdRequest.of("RID"));
        transport.enqueue(200, "{\"errcode\":0,\"status\":1,\"order_status\":0}");
        GetReturnResponse number = client.returns().getReturnId(ReturnIdRequest.of("RID"));
        assertThat(text.status()).isEqualTo(ReturnMethod.SELF_SHIP);
        assertThat(text.orderStatus()).isEqualTo(ReturnOrderStatus.PICKED_UP);
        assertThat(number.status()).isEqualTo(ReturnMethod.PICKUP);
        assertThat(number.waybillId()).isNull();
    }

    @Test
    void aReturnStatusThatIsNeitherIsADecodeErrorNamingIt() {
        transport.enqueue(200, "{\"errcode\":0,\"status\":\"one\"}");
        assertThatThrownBy(() -> client.returns().getReturnId(ReturnIdRequest.of("RID")))
                .isInstanceOf(DecodeException.class).hasMessageContaining("status");
        transport.enqueue(200, "{\"errcode\":0,\"status\":1.5}");
        assertThatThrownBy(() -> client.returns().getReturnId(ReturnIdRequest.of("RID")))
                .isInstanceOf(DecodeException.class).hasMessageContaining("status");
        // Everywhere else the codec stays strict: a number where the model has text is refused.
        transport.enqueue(200, "{\"errcode\":0,\"status\":1,\"waybill_id\":12345}");
        assertThatThrownBy(() -> client.returns().getReturnId(ReturnIdRequest.of("RID")))
                .isInstanceOf(DecodeException.class).hasMessageContaining("waybill_id");
    }

    @Test
    void aTraceWithoutItsRequiredFieldsNeverLeavesTheClientAndEveryRuleIsNamed() {
        TraceWaybillRequest bad = TraceWaybillRequest.builder().openid("o")
                .goodsInfo(GoodsInfo.of(GoodsDetail.of("衣".repeat(61), null))).build();
        assertThatThrownBy(() -> client.tracking().traceWaybill(bad)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("receiver_phone").hasMessageContaining("waybill_id").hasMessageContaining("trans_id")
                .hasMessageContaining("goods_info.detail_list[0].goods_name: must be at most 60 characters, was 61")
                .hasMessageContaining("goods_info.detail_list[0].goods_img_url");
        assertThatThrownBy(() -> client.async().tracking().queryTrace(QueryTraceRequest.of(" ")).join())
                .hasCauseInstanceOf(ValidationException.class).hasMessageContaining("waybill_token");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aReturnIsValidatedForEachPath() {
        AddReturnRequest noPayId = addReturn(null);
        assertThatThrownBy(() -> client.returns().addReturnId(noPayId)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("wx_pay_id: is required");
        assertThatThrownBy(() -> client.returns().addReturn(addReturn("420"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("wx_pay_id: is not a field of the legacy return/add");
        AddReturnRequest empty = AddReturnRequest.builder().bizAddr(Person.builder().postCode("12345678901").build())
                .orderPrice(0).build();
        assertThatThrownBy(() -> client.returns().addReturnId(empty)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("shop_order_id").hasMessageContaining("openid").hasMessageContaining("order_path")
                .hasMessageContaining("order_price: must be positive").hasMessageContaining("biz_addr.name")
                .hasMessageContaining("biz_addr.mobile: is required when biz_addr.tel is empty")
                .hasMessageContaining("biz_addr.post_code: must be at most 10 bytes").hasMessageContaining("goods_list");
        assertThatThrownBy(() -> client.returns().unbindReturnId(ReturnIdRequest.of(null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("return_id");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void errcodesHaveTypedPredicates() {
        assertThat(ApiException.of("queryTrace", 9300513, "out of quota").isQuotaExhausted()).isTrue();
        assertThat(ApiException.of("addReturnId", 9300522, "exists").isAlreadyExists()).isTrue();
        assertThat(ApiException.of("getReturnId", 931023, "waybill not exist").isNotFound()).isTrue();
        assertThat(ApiException.of("queryTrace", 9300559, "waybill not exist").isNotFound()).isTrue();
        assertThat(ApiException.of("queryTrace", 9300507, "invalid token").isInvalidToken()).isTrue();
        assertThat(ApiException.of("queryTrace", 9300560, "limit").isNotFound()).isFalse();
        assertThat(ApiException.of("queryTrace", -1, "busy").isQuotaExhausted()).isFalse();
    }

    @Test
    void theAddsAndUpdatesAreWritesAndTheReadsAreReads() {
        Map<String, Safety> safety = Endpoints.COMPONENTS.stream()
                .collect(Collectors.toMap(Endpoint::operation, Endpoint::safety));
        assertThat(safety).hasSize(16).containsAllEntriesOf(Map.ofEntries(
                Map.entry("applyMsgPlugin", Safety.WRITE), Map.entry("applyQueryPlugin", Safety.WRITE),
                Map.entry("applyReturnPlugin", Safety.WRITE),
                Map.entry("traceWaybill", Safety.WRITE), Map.entry("queryTrace", Safety.READ),
                Map.entry("updateWaybillGoods", Safety.WRITE), Map.entry("getDeliveryList", Safety.READ),
                Map.entry("followWaybill", Safety.WRITE), Map.entry("queryFollowTrace", Safety.READ),
                Map.entry("updateFollowWaybillGoods", Safety.WRITE),
                Map.entry("addReturnId", Safety.WRITE), Map.entry("getReturnId", Safety.READ),
                Map.entry("unbindReturnId", Safety.WRITE), Map.entry("addReturn", Safety.WRITE),
                Map.entry("getReturn", Safety.READ), Map.entry("unbindReturn", Safety.WRITE)));
        assertThat(Endpoints.ALL).containsAll(Endpoints.COMPONENTS);
    }

    @Test
    void addReturnIdIsNeverResentButGetReturnIdIs() {
        try (LogisticsClient retrying = LogisticsClient.builder().accessToken("ACCESS_TOKEN").transport(transport).build()) {
            transport.enqueue(503, "busy");
            assertThatThrownBy(() -> retrying.returns().addReturnId(addReturn("420"))).isInstanceOf(
                    io.github.wxlogistics.error.HttpStatusException.class);
            assertThat(transport.count("/cgi-bin/express/delivery/no_worry_return/add")).isEqualTo(1);
            transport.enqueue(503, "busy");
            transport.enqueue(200, "{\"errcode\":0,\"status\":0}");
            retrying.returns().getReturnId(ReturnIdRequest.of("RID"));
            assertThat(transport.count("/cgi-bin/express/delivery/no_worry_return/get")).isEqualTo(2);
        }
    }
}
