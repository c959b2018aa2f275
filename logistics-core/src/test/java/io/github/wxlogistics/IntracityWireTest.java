package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.ApiSecurityException;
import io.github.wxlogistics.error.ValidationException;
import io.github.wxlogistics.internal.call.Endpoint;
import io.github.wxlogistics.internal.call.Endpoints;
import io.github.wxlogistics.internal.call.Safety;
import io.github.wxlogistics.model.intracity.IntracityAddOrderRequest;
import io.github.wxlogistics.model.intracity.IntracityAddOrderResponse;
import io.github.wxlogistics.model.intracity.AddressInfo;
import io.github.wxlogistics.model.intracity.BalanceQueryRequest;
import io.github.wxlogistics.model.intracity.BalanceQueryResponse;
import io.github.wxlogistics.model.intracity.IntracityCancelOrderRequest;
import io.github.wxlogistics.model.intracity.CargoType;
import io.github.wxlogistics.model.intracity.CreateStoreRequest;
import io.github.wxlogistics.model.intracity.GetCityRequest;
import io.github.wxlogistics.model.intracity.GetPayModeRequest;
import io.github.wxlogistics.model.intracity.IntracityCargo;
import io.github.wxlogistics.model.intracity.IntracityStatus;
import io.github.wxlogistics.model.intracity.Item;
import io.github.wxlogistics.model.intracity.MockNotifyRequest;
import io.github.wxlogistics.model.intracity.PayMode;
import io.github.wxlogistics.model.intracity.PreAddOrderRequest;
import io.github.wxlogistics.model.intracity.QueryFlowRequest;
import io.github.wxlogistics.model.intracity.QueryOrderRequest;
import io.github.wxlogistics.model.intracity.QueryOrderResponse;
import io.github.wxlogistics.model.intracity.QueryStoreRequest;
import io.github.wxlogistics.model.intracity.ServiceTrans;
import io.github.wxlogistics.model.intracity.SetPayModeRequest;
import io.github.wxlogistics.model.intracity.StoreChargeRequest;
import io.github.wxlogistics.model.intracity.StoreContent;
import io.github.wxlogistics.model.intracity.StoreKeys;
import io.github.wxlogistics.model.intracity.StoreRefundRequest;
import io.github.wxlogistics.model.intracity.UpdateStoreRequest;
import io.github.wxlogistics.support.Golden;
import io.github.wxlogistics.support.ScriptedTransport;
import io.github.wxlogistics.support.SealedWeChat;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The 16 intracity calls on the wire: each is a sealed POST to its path whose plaintext is the
 * documented body, and its documented reply decodes; without API security all but apply are
 * refused before sending.
 */
class IntracityWireTest {

    private static final String P = "/cgi-bin/express/intracity/";
    static final AddressInfo ADDRESS = AddressInfo.builder().province("广东省").city("广州市").area("海珠区")
            .street("新港中路").house("397号").lat(new BigDecimal("23.096105")).lng(new BigDecimal("113.324520"))
            .phone("13800000000").build();
    static final IntracityCargo CARGO = IntracityCargo.builder().cargoName("蛋糕").cargoWeight(1500L).cargoPrice(9900L)
            .cargoType(CargoType.CAKE).cargoNum(1).itemList(List.of(Item.of("芒果蛋糕", null, 1))).build();

    private final SealedWeChat weChat = new SealedWeChat();
    private final ScriptedTransport transport = weChat.transport();
    private final LogisticsClient client = LogisticsClient.builder().accessToken("T").transport(transport)
            .apiSecurity(weChat.clientSecurity()).build();

    @AfterEach
    void close() {
        client.close();
    }

    private void assertSent(String call, String json) {
        SealedWeChat.Opened opened = weChat.only();
        assertThat(opened.method()).isEqualTo("POST");
        assertThat(opened.path()).isEqualTo(P + call);
        assertThat(opened.body()).isEqualTo(Golden.parse(json));
    }

    @Test
    void applySendsAnEmptyObject() {
        client.intracity().apply();
        assertSent("apply", "{}");
    }

    @Test
    void createStore() {
        weChat.reply("{\"errcode\":0,\"wx_store_id\":\"4000000001\",\"appid\":\"wxtest\",\"out_store_id\":\"S1\"}");
        var reply = client.intracity().createStore(CreateStoreRequest.builder().outStoreId("S1").storeName("海珠店")
                .orderPattern(CreateStoreRequest.CARRIER_FIRST).serviceTransPrefer(ServiceTrans.SFTC).addressInfo(ADDRESS).build());
        assertSent("createstore", "{\"out_store_id\":\"S1\",\"store_name\":\"海珠店\",\"order_pattern\":2,"
                + "\"service_trans_prefer\":\"SFTC\",\"address_info\":{\"province\":\"广东省\",\"city\":\"广州市\","
                + "\"area\":\"海珠区\",\"street\":\"新港中路\",\"house\":\"397号\",\"lat\":23.096105,\"lng\":113.324520,"
                + "\"phone\":\"13800000000\"}}");
        assertThat(reply.wxStoreId()).isEqualTo("4000000001");
        assertThat(reply.outStoreId()).isEqualTo("S1");
    }

    @Test
    void queryStore() {
        weChat.reply("{\"errcode\":0,\"appid\":\"wxtest\",\"total\":1,\"store_list\":[{\"wx_store_id\":\"4000000001\","
                + "\"out_store_id\":\"S1\",\"city_id\":\"440100\",\"order_pattern\":1,\"address_info\":{\"province\":\"广东省\","
                + "\"city\":\"广州市\",\"area\":\"海珠区\",\"house\":\"397号\",\"lat\":23.096105,\"lng\":113.32452,"
                + "\"phone\":\"13800000000\"}}]}");
        var reply = client.intracity().queryStore(QueryStoreRequest.byOutStoreId("S1"));
        assertSent("querystore", "{\"out_store_id\":\"S1\"}");
        assertThat(reply.total()).isEqualTo(1);
        assertThat(reply.storeList().get(0).addressInfo().lat()).isEqualByComparingTo("23.096105");
        assertThat(reply.storeList().get(0).cityId()).isEqualTo("440100");
    }

    @Test
    void updateStoreSendsOrderPatternAsText() {
        client.intracity().updateStore(UpdateStoreRequest.of(StoreKeys.byWxStoreId("4000000001"),
                StoreContent.builder().storeName("新店名").orderPattern("1").build()));
        assertSent("updatestore", "{\"keys\":{\"wx_store_id\":\"4000000001\"},\"content\":{\"store_name\":\"新店名\","
                + "\"order_pattern\":\"1\"}}");
    }

    @Test
    void storeChargeAndRefund() {
        weChat.reply("{\"errcode\":0,\"payurl\":\"https://pay.example/1\",\"appid\":\"wxtest\",\"wx_store_id\":\"4000000001\"}");
        var charge = client.intracity().storeCharge(StoreChargeRequest.builder().wxStoreId("4000000001")
                .serviceTransId(ServiceTrans.DADA).amount(5000L).payMode(PayMode.STORE).build());
        assertSent("storecharge", "{\"wx_store_id\":\"4000000001\",\"service_trans_id\":\"DADA\",\"amount\":5000,"
                + "\"pay_mode\":\"PAY_MODE_STORE\"}");
        assertThat(charge.payurl()).isEqualTo("https://pay.example/1");
        weChat.opened().clear();
        weChat.reply("{\"errcode\":0,\"appid\":\"wxtest\",\"wx_store_id\":\"4000000001\",\"refund_amount\":4200}");
        var refund = client.intracity().storeRefund(StoreRefundRequest.of("4000000001", ServiceTrans.DADA));
        assertSent("storerefund", "{\"wx_store_id\":\"4000000001\",\"service_trans_id\":\"DADA\"}");
        assertThat(refund.refundAmount()).isEqualTo(4200L);
    }

    @Test
    void queryFlow() {
        weChat.reply("{\"errcode\":0,\"flow_list\":[{\"flow_type\":1,\"wx_store_id\":\"4000000001\",\"pay_order_id\":123,"
                + "\"service_trans_id\":\"DADA\",\"pay_amount\":5000,\"pay_status\":\"SUCCESS\",\"create_time\":1700000000}],"
                + "\"total_pay_amt\":5000,\"total_refund_amt\":0,\"total_deduct_amt\":0}");
        var reply = client.intracity().queryFlow(QueryFlowRequest.builder().wxStoreId("4000000001")
                .flowType(QueryFlowRequest.RECHARGE).payMode(PayMode.STORE).beginTime(1690000000L).endTime(1700000000L).build());
        assertSent("queryflow", "{\"wx_store_id\":\"4000000001\",\"flow_type\":1,\"pay_mode\":\"PAY_MODE_STORE\","
                + "\"begin_time\":1690000000,\"end_time\":1700000000}");
        assertThat(reply.flowList().get(0).payAmount()).isEqualTo(5000L);
        assertThat(reply.flowList().get(0).payOrderId()).isEqualTo(123L);
        assertThat(reply.totalPayAmt()).isEqualTo(5000L);
    }

    @Test
    void balanceQuery() {
        weChat.reply("{\"errcode\":0,\"wx_store_id\":\"4000000001\",\"appid\":\"wxtest\",\"all_balance\":5000,"
                + "\"balance_detail\":[{\"balance\":5000,\"service_trans_id\":\"DADA\",\"service_trans_name\":\"达达\","
                + "\"order_list\":[{\"payorder_id\":123,\"charge_amt\":5000,\"unused_amt\":5000,\"begin_time\":1,\"end_time\":2}]}]}");
        BalanceQueryResponse reply = client.intracity().balanceQuery(BalanceQueryRequest.of("4000000001", ServiceTrans.DADA));
        assertSent("balancequery", "{\"wx_store_id\":\"4000000001\",\"service_trans_id\":\"DADA\"}");
        assertThat(reply.allBalance()).isEqualTo(5000L);
        assertThat(reply.balanceDetail().get(0).orderList().get(0).unusedAmt()).isEqualTo(5000L);
    }

    @Test
    void preAddOrder() {
        weChat.reply("{\"errcode\":0,\"service_trans_id\":\"DADA\",\"distance\":2300,\"est_fee\":1100,"
                + "\"expected_finished_time\":1700003600,\"promise_delivery_time\":45}");
        var reply = client.intracity().preAddOrder(PreAddOrderRequest.builder().wxStoreId("4000000001").userName("王小蒙")
                .userPhone("13900000000").userLng(new BigDecimal("113.330000")).userLat(new BigDecimal("23.100000"))
                .userAddress("广州市海珠区某路1号").cargo(CARGO).useSandbox(1).build());
        assertSent("preaddorder", "{\"wx_store_id\":\"4000000001\",\"user_name\":\"王小蒙\",\"user_phone\":\"13900000000\","
                + "\"user_lng\":113.330000,\"user_lat\":23.100000,\"user_address\":\"广州市海珠区某路1号\",\"use_sandbox\":1,"
                + "\"cargo\":{\"cargo_name\":\"蛋糕\",\"cargo_weight\":1500,\"cargo_price\":9900,\"cargo_type\":13,\"cargo_num\":1,"
                + "\"item_list\":[{\"item_name\":\"芒果蛋糕\",\"count\":1}]}}");
        assertThat(reply.estFee()).isEqualTo(1100L);
        assertThat(reply.distance()).isEqualTo(2300L);
    }

    static IntracityAddOrderRequest order() {
        return IntracityAddOrderRequest.builder().wxStoreId("4000000001").storeOrderId("O-1").userOpenid("oUSER")
                .userLng(new BigDecimal("113.330000")).userLat(new BigDecimal("23.100000")).userAddress("广州市海珠区某路1号")
                .userName("王小蒙").userPhone("13900000000").orderDetailPath("pages/order?id=O-1")
                .callbackUrl("https://shop.example/wechat/intracity").verifyCodeType("2").cargo(CARGO).build();
    }

    @Test
    void addOrder() {
        weChat.reply("{\"errcode\":0,\"wx_store_id\":\"4000000001\",\"wx_order_id\":\"W1\",\"store_order_id\":\"O-1\","
                + "\"service_trans_id\":\"DADA\",\"distance\":2300,\"trans_order_id\":\"T1\",\"waybill_id\":\"WB1\","
                + "\"fee\":1100,\"fetch_code\":\"\",\"order_seq\":\"\"}");
        IntracityAddOrderResponse reply = client.intracity().addOrder(order());
        assertSent("addorder", "{\"wx_store_id\":\"4000000001\",\"store_order_id\":\"O-1\",\"user_openid\":\"oUSER\","
                + "\"user_lng\":113.330000,\"user_lat\":23.100000,\"user_address\":\"广州市海珠区某路1号\",\"user_name\":\"王小蒙\","
                + "\"user_phone\":\"13900000000\",\"verify_code_type\":\"2\",\"order_detail_path\":\"pages/order?id=O-1\","
                + "\"callback_url\":\"https://shop.example/wechat/intracity\",\"cargo\":{\"cargo_name\":\"蛋糕\","
                + "\"cargo_weight\":1500,\"cargo_price\":9900,\"cargo_type\":13,\"cargo_num\":1,"
                + "\"item_list\":[{\"item_name\":\"芒果蛋糕\",\"count\":1}]}}");
        assertThat(reply.wxOrderId()).isEqualTo("W1");
        assertThat(reply.fee()).isEqualTo(1100L);
        assertThat(order().toString()).doesNotContain("王小蒙", "13900000000", "某路").contains("139****0000");
    }

    @Test
    void queryOrder() {
        weChat.reply("{\"errcode\":0,\"wx_order_id\":\"W1\",\"store_order_id\":\"O-1\",\"wx_store_id\":\"4000000001\","
                + "\"order_status\":70000,\"distance\":2300,\"actualfee\":1100,\"deductfee\":0,\"finish_time\":1700003000,"
                + "\"transporter_info\":{\"transporter_name\":\"李骑手\",\"transporter_phone\":\"13700000000\"},"
                + "\"store_info\":{\"store_name\":\"海珠店\",\"lng\":113.32452,\"lat\":23.096105},"
                + "\"cargo_info\":{\"cargo_name\":\"蛋糕\",\"cargo_type\":13,\"item_list\":[{\"item_name\":\"芒果蛋糕\",\"num\":1}]}}");
        QueryOrderResponse reply = client.intracity().queryOrder(QueryOrderRequest.byStoreOrder("4000000001", "O-1"));
        assertSent("queryorder", "{\"wx_store_id\":\"4000000001\",\"store_order_id\":\"O-1\"}");
        assertThat(reply.orderStatus()).isEqualTo(IntracityStatus.DELIVERED);
        assertThat(reply.orderStatus().isFinal()).isTrue();
        assertThat(reply.actualfee()).isEqualTo(1100L);
        assertThat(reply.cargoInfo().cargoType()).isEqualTo(CargoType.CAKE);
        assertThat(reply.cargoInfo().itemList().get(0).num()).isEqualTo(1);
        assertThat(reply.transporterInfo().toString()).doesNotContain("13700000000", "李骑手");
    }

    @Test
    void cancelOrder() {
        weChat.reply("{\"errcode\":0,\"wx_order_id\":\"W1\",\"order_status\":20000,\"deductfee\":200}");
        var reply = client.intracity().cancelOrder(IntracityCancelOrderRequest.byWxOrderId("W1").withReason(IntracityCancelOrderRequest.OTHER, "顾客改约"));
        assertSent("cancelorder", "{\"wx_order_id\":\"W1\",\"cancel_reason_id\":99,\"cancel_reason\":\"顾客改约\"}");
        assertThat(reply.orderStatus()).isEqualTo(IntracityStatus.CANCELLED_BY_MERCHANT);
        assertThat(reply.deductfee()).isEqualTo(200L);
    }

    @Test
    void payModeCalls() {
        client.intracity().setPayMode(SetPayModeRequest.of("wxtest", PayMode.APP));
        assertSent("setpaymode", "{\"appid\":\"wxtest\",\"pay_mode\":\"PAY_MODE_APP\"}");
        weChat.opened().clear();
        weChat.reply("{\"errcode\":0,\"pay_mode\":\"PAY_MODE_APP\",\"pay_appid\":\"wxtest\"}");
        var reply = client.intracity().getPayMode(GetPayModeRequest.of("wxtest"));
        assertSent("getpaymode", "{\"appid\":\"wxtest\"}");
        assertThat(reply.payMode()).isEqualTo(PayMode.APP);
    }

    @Test
    void getCity() {
        weChat.reply("{\"errcode\":0,\"support_list\":[{\"service_trans_id\":\"SFTC\",\"city_list\":["
                + "{\"city_code\":\"110100\",\"city_name\":\"北京市\"}]}]}");
        var reply = client.intracity().getCity(GetCityRequest.of(ServiceTrans.SFTC));
        assertSent("getcity", "{\"service_trans_id\":\"SFTC\"}");
        assertThat(reply.supportList().get(0).cityList().get(0).cityName()).isEqualTo("北京市");
    }

    @Test
    void mockNotify() {
        client.intracity().mockNotify(MockNotifyRequest.of("W1", IntracityStatus.ACCEPTED));
        assertSent("mocknotify", "{\"wx_order_id\":\"W1\",\"order_status\":30000}");
    }

    @Test
    void withoutApiSecurityEveryCallButApplyFailsBeforeSendingSayingWhatToConfigure() {
        ScriptedTransport plain = new ScriptedTransport().otherwise(r -> ScriptedTransport.json(200, "{\"errcode\":0}"));
        try (LogisticsClient unsecured = LogisticsClient.builder().accessToken("T").transport(plain).build()) {
            assertThatThrownBy(() -> unsecured.intracity().addOrder(order()))
                    .isInstanceOfSatisfying(ApiSecurityException.class, e -> assertThat(e.isNotSent()).isTrue())
                    .hasMessageContaining("intracity_addorder not sent").hasMessageContaining("apiSecurity(")
                    .hasMessageContaining("API安全");
            assertThat(unsecured.async().intracity().queryOrder(QueryOrderRequest.byWxOrderId("W1")))
                    .failsWithin(java.time.Duration.ofSeconds(5)).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(ApiSecurityException.class);
            assertThat(plain.requests()).isEmpty();
            unsecured.intracity().apply();
            assertThat(plain.requests()).hasSize(1);
            assertThat(new String(plain.requests().get(0).body(), StandardCharsets.UTF_8)).isEqualTo("{}");
        }
    }

    @Test
    void everyIntracityCallIsAPostUnderItsPathAndAllButApplyRequireApiSecurity() {
        assertThat(Endpoints.INTRACITY_ALL).hasSize(16).allSatisfy(e -> {
            assertThat(e.method()).isEqualTo("POST");
            assertThat(e.path()).isEqualTo(P + e.operation().substring("intracity_".length()));
            assertThat(e.requiresApiSecurity()).as(e.operation()).isEqualTo(!e.operation().equals("intracity_apply"));
        });
        Map<String, Safety> safety = Endpoints.INTRACITY_ALL.stream()
                .collect(Collectors.toMap(Endpoint::operation, Endpoint::safety));
        assertThat(safety.entrySet().stream().filter(e -> e.getValue() == Safety.READ).map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("intracity_querystore", "intracity_queryflow", "intracity_balancequery",
                        "intracity_preaddorder", "intracity_queryorder", "intracity_getpaymode", "intracity_getcity");
    }

    @Test
    void validationNamesEveryBrokenFieldAndSendsNothing() {
        IntracityAddOrderRequest bad = order().toBuilder().storeOrderId(null).userLat(new BigDecimal("123.5"))
                .callbackUrl("ftp://x").verifyCodeType("7")
                .cargo(CARGO.toBuilder().cargoWeight(0L).cargoType(null).build()).build();
        assertThatThrownBy(() -> client.intracity().addOrder(bad)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("store_order_id").hasMessageContaining("user_lat")
                .hasMessageContaining("callback_url").hasMessageContaining("verify_code_type")
                .hasMessageContaining("cargo.cargo_weight").hasMessageContaining("cargo.cargo_type");
        assertThatThrownBy(() -> client.intracity().storeCharge(StoreChargeRequest.builder().wxStoreId("S")
                .serviceTransId("UU").amount(4999L).build())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("service_trans_id").hasMessageContaining("at least 5000 fen");
        assertThatThrownBy(() -> client.intracity().queryOrder(new QueryOrderRequest(null, "S", null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("wx_order_id");
        assertThat(weChat.opened()).isEmpty();
    }

    @Test
    void errcodesHaveTypedPredicates() {
        weChat.reply("{\"errcode\":934013,\"errmsg\":\"balance not enough\"}");
        assertThatThrownBy(() -> client.intracity().addOrder(order())).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.isInsufficientBalance()).isTrue();
            assertThat(e.isIntracityOrderNotFound()).isFalse();
            assertThat(e.operation()).isEqualTo("intracity_addorder");
        });
        weChat.reply("{\"errcode\":934016,\"errmsg\":\"order not exist\"}");
        assertThatThrownBy(() -> client.intracity().queryOrder(QueryOrderRequest.byWxOrderId("W9")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.isIntracityOrderNotFound()).isTrue());
        weChat.reply("{\"errcode\":934010,\"errmsg\":\"store exists\"}");
        assertThatThrownBy(() -> client.intracity().createStore(CreateStoreRequest.builder().outStoreId("S1").storeName("x")
                .addressInfo(ADDRESS).build()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.isStoreAlreadyCreated()).isTrue());
        weChat.reply("{\"errcode\":934019,\"errmsg\":\"out of range\"}");
        assertThatThrownBy(() -> client.intracity().addOrder(order()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.isOutOfDeliveryRange()).isTrue());
    }
}
