package io.github.wxlogistics.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.RetryPolicy;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.BatchGetOrderRequest;
import io.github.wxlogistics.model.BindAccountRequest;
import io.github.wxlogistics.model.BindAction;
import io.github.wxlogistics.model.BindStatus;
import io.github.wxlogistics.model.CancelOrderRequest;
import io.github.wxlogistics.model.Cargo;
import io.github.wxlogistics.model.CargoDetail;
import io.github.wxlogistics.model.GetContactRequest;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetQuotaRequest;
import io.github.wxlogistics.model.Insured;
import io.github.wxlogistics.model.OrderQuery;
import io.github.wxlogistics.model.OrderStatus;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.PreviewTemplateRequest;
import io.github.wxlogistics.model.ServiceType;
import io.github.wxlogistics.model.Shop;
import io.github.wxlogistics.model.TestUpdateOrderRequest;
import io.github.wxlogistics.model.UpdateBusinessRequest;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.model.UpdatePrinterRequest;
import io.github.wxlogistics.model.WaybillData;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fake's business rules as the real client reads them: every call round-trips through
 * {@link LogisticsClient} (over {@link TinyJdkTransport}) into the core's models, so the fake and
 * the client agree on the wire format. These cases ran once per adapter in the client contract
 * suite; they test the fake, not an adapter, so they run once, here. {@code *CallsTest} check the
 * same rules on the raw JSON.
 */
class FakeServerThroughTheClientTest {

    private static final String ORDER_ID = "01234567890123456789";
    private static final String WAYBILL_ID = "123456789";

    private final FakeWeChatServer server = FakeWeChatServer.builder().demoData().start();
    private final TinyJdkTransport transport = new TinyJdkTransport();
    private final LogisticsClient client = LogisticsClient.builder()
            .credentials(server.appId(), server.appSecret())
            .baseUri(server.baseUri())
            .transport(transport)
            .attemptTimeout(Duration.ofSeconds(5))
            .callTimeout(Duration.ofSeconds(10))
            .retryPolicy(new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10)))
            .build();

    @AfterEach
    void close() {
        client.close();
        transport.close();
        server.close();
    }

    @Test
    void getAllAccountRoundTrips() {
        var reply = client.merchant().getAllAccount();
        assertThat(reply.count()).isEqualTo(reply.list().size()).isPositive();
        var account = reply.list().stream().filter(a -> a.bizId().equals("123456789")).findFirst().orElseThrow();
        assertThat(account.deliveryId()).isEqualTo("YUNDA");
        assertThat(account.statusCode()).isEqualTo(BindStatus.BOUND);
        assertThat(account.quotaNum()).isEqualByComparingTo("55");
    }

    @Test
    void getOrderRoundTrips() {
        var reply = client.merchant().getOrder(GetOrderRequest.builder().orderId(ORDER_ID).deliveryId("SF")
                .openid("oABC123456").waybillId(WAYBILL_ID).build());
        assertThat(reply.orderId()).isEqualTo(ORDER_ID);
        assertThat(reply.waybillId()).isEqualTo(WAYBILL_ID);
        assertThat(reply.deliveryId()).isEqualTo("SF");
        assertThat(reply.orderStatus()).isEqualTo(OrderStatus.NORMAL);
        assertThat(reply.waybillData()).contains(new WaybillData("SF_bagAddr", "广州"));
        assertThat(reply.printHtml()).isNotBlank();
    }

    @Test
    void getPathRoundTripsWithTheUndocumentedActionType() {
        var reply = client.merchant().getPath(GetPathRequest.builder().orderId(ORDER_ID).deliveryId("SF")
                .waybillId(WAYBILL_ID).build());
        assertThat(reply.pathItemNum()).isEqualTo(reply.pathItemList().size()).isEqualTo(3);
        assertThat(reply.pathItemList()).extracting(p -> p.actionType())
                .containsExactly(ActionType.PICKED_UP, ActionType.IN_TRANSIT, ActionType.of(300001));
    }

    @Test
    void getContactRoundTrips() {
        var reply = client.courier().getContact(GetContactRequest.builder().token("TOKEN")
                .waybillId("12345678901234567890").build());
        assertThat(reply.waybillId()).isEqualTo("12345678901234567890");
        assertThat(reply.sender().name()).isEqualTo("Jim");
        assertThat(reply.receiver().name()).isEqualTo("Wang Xiaomeng");
    }

    @Test
    void updatePathAppendsToWhatGetPathReturns() {
        String token = server.courierToken(WAYBILL_ID).orElseThrow();
        client.courier().updatePath(UpdatePathRequest.builder().token(token).waybillId(WAYBILL_ID)
                .actionTime(1533080000L).actionType(ActionType.SIGNED).actionMsg("已签收，签收人：丽影邓丽君【18666666666】").build());
        var path = client.merchant().getPath(GetPathRequest.builder().orderId(ORDER_ID).deliveryId("SF")
                .waybillId(WAYBILL_ID).build());
        assertThat(path.pathItemNum()).isEqualTo(4);
        var last = path.pathItemList().get(3);
        assertThat(last.actionType()).isEqualTo(ActionType.SIGNED);
        assertThat(last.actionMsg()).isEqualTo("已签收，签收人：丽影邓丽君【18666666666】");
        assertThat(last.actionTime()).isEqualTo(1533080000L);
    }

    private static AddOrderRequest order(String orderId, String deliveryId, String bizId, ServiceType service) {
        Person sender = Person.builder().name("张三").mobile("18666666666")
                .province("广东省").city("广州市").area("海珠区").address("XX路1号").build();
        Person receiver = Person.builder().name("王小蒙").mobile("18610000000")
                .province("北京市").city("北京市").area("海淀区").address("XX路2号").build();
        Cargo cargo = Cargo.builder().weight(new BigDecimal("1.2"))
                .spaceX(BigDecimal.TEN).spaceY(BigDecimal.TEN).spaceZ(BigDecimal.TEN)
                .detailList(List.of(CargoDetail.of("衣服", 1))).build();
        Shop shop = Shop.builder().imgUrl("https://example.com/a.png").goodsName("衣服").goodsCount(1).build();
        // A cash order (SF_CASH) needs a pickup time in the future; a contract order may have one too.
        return AddOrderRequest.builder().orderId(orderId).openid("oBuyer").deliveryId(deliveryId).bizId(bizId)
                .expectTime(Instant.now().plus(Duration.ofHours(2)))
                .sender(sender).receiver(receiver).cargo(cargo).shop(shop).insured(Insured.none())
                .service(service).build();
    }

    @Test
    void addOrderThenGetOrderBatchGetOrderAndCancelOrder() {
        var added = client.merchant().addOrder(order("contract-1", "SF", "SF_CASH", new ServiceType(0, "标准快递")));
        assertThat(added.orderId()).isEqualTo("contract-1");
        assertThat(added.waybillId()).isNotBlank();

        var order = client.merchant().getOrder(GetOrderRequest.builder().orderId("contract-1").deliveryId("SF")
                .waybillId(added.waybillId()).build());
        assertThat(order.waybillId()).isEqualTo(added.waybillId());
        assertThat(order.orderStatus()).isEqualTo(OrderStatus.NORMAL);
        assertThat(order.waybillData()).isEqualTo(added.waybillData());

        var batch = client.merchant().batchGetOrder(BatchGetOrderRequest.of(List.of(
                OrderQuery.builder().orderId("contract-1").deliveryId("SF").build(), OrderQuery.builder()
                        .orderId("no-such-order").deliveryId("SF").build())));
        assertThat(batch.orderList()).hasSize(2);
        assertThat(batch.orderList().get(0).isOk()).isTrue();
        assertThat(batch.orderList().get(0).waybillId()).isEqualTo(added.waybillId());
        assertThat(batch.orderList().get(1).isOk()).isFalse();
        assertThat(batch.orderList().get(1).errcode()).isEqualTo(930563);
        assertThat(batch.orderList().get(1).orderId()).isEqualTo("no-such-order");

        var cancelled = client.merchant().cancelOrder(CancelOrderRequest.builder().orderId("contract-1")
                .deliveryId("SF").waybillId(added.waybillId()).build());
        assertThat(cancelled.deliveryResultcode()).isZero();
        assertThat(client.merchant().getOrder(GetOrderRequest.builder().orderId("contract-1").deliveryId("SF").build())
                .orderStatus())
                .isEqualTo(OrderStatus.CANCELLED);
        assertThatThrownBy(() -> client.merchant().cancelOrder(
                CancelOrderRequest.builder().orderId("contract-1").deliveryId("SF").waybillId(added.waybillId())
                        .build()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(9300524);
                    assertThat(e.operation()).isEqualTo("cancelOrder");
                });
    }

    @Test
    void addOrderOnABoundAccountSpendsItsQuota() {
        assertThat(client.merchant().getQuota(GetQuotaRequest.builder().deliveryId("YUNDA").bizId("123456789").build())
                .quotaNum()).isEqualByComparingTo("55");
        client.merchant().addOrder(order("contract-2", "YUNDA", "123456789", new ServiceType(0, "标准快件")));
        assertThat(client.merchant().getQuota(GetQuotaRequest.builder().deliveryId("YUNDA").bizId("123456789").build())
                .quotaNum()).isEqualByComparingTo("54");
    }

    @Test
    void addOrderWithAnUnboundBizIdIsRefused() {
        assertThatThrownBy(() -> client.merchant().addOrder(order("contract-3", "YTO", "nobody", new ServiceType(0, "普通快递"))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(9300525);
                    assertThat(e.operation()).isEqualTo("addOrder");
                });
    }

    @Test
    void getAllDeliveryListsTheCouriers() {
        var reply = client.merchant().getAllDelivery();
        assertThat(reply.count()).isEqualTo(reply.data().size()).isPositive();
        var sf = reply.data().stream().filter(d -> d.deliveryId().equals("SF")).findFirst().orElseThrow();
        assertThat(sf.deliveryName()).isEqualTo("顺丰速运");
        assertThat(sf.canUseCash()).isEqualTo(1);
        assertThat(sf.cashBizId()).isEqualTo("SF_CASH");
        assertThat(sf.serviceType()).contains(new ServiceType(0, "标准快递"));
    }

    @Test
    void bindAccountBindsAndUnbinds() {
        client.merchant().bindAccount(BindAccountRequest.builder().type(BindAction.BIND).bizId("yto-1")
                .deliveryId("YTO").password("secret").build());
        var bound = client.merchant().getAllAccount().list().stream().filter(a -> a.bizId().equals("yto-1"))
                .findFirst().orElseThrow();
        assertThat(bound.statusCode()).isEqualTo(BindStatus.BOUND);
        assertThat(client.merchant().getQuota(GetQuotaRequest.builder().deliveryId("YTO").bizId("yto-1").build())
                .quotaNum()).isPositive();
        assertThatThrownBy(() -> client.merchant().bindAccount(
                BindAccountRequest.builder().type(BindAction.BIND).bizId("yto-1").deliveryId("YTO").password("secret")
                        .build()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(9300529));

        client.merchant().bindAccount(BindAccountRequest.builder().type(BindAction.UNBIND).bizId("yto-1")
                .deliveryId("YTO").build());
        assertThat(client.merchant().getAllAccount().list().stream().filter(a -> a.bizId().equals("yto-1"))
                .findFirst().orElseThrow().statusCode()).isEqualTo(BindStatus.UNBOUND);
        assertThatThrownBy(() -> client.merchant().bindAccount(BindAccountRequest.builder().type(BindAction.UNBIND)
                .bizId("yto-1").deliveryId("YTO").build()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(9300530));
    }

    @Test
    void updateBusinessSettlesAReviewedBinding() {
        assertThatThrownBy(() -> client.merchant().bindAccount(
                BindAccountRequest.builder().type(BindAction.BIND).bizId("ems-1").deliveryId("EMS")
                        .remarkContent("联系人：张三").build()))
                .as("EMS reviews bindings").isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.errcode()).isEqualTo(9300532));
        assertThat(status("ems-1")).isEqualTo(BindStatus.UNDER_REVIEW);
        assertThatThrownBy(() -> client.courier().updateBusiness(UpdateBusinessRequest.builder().shopAppId("wxother")
                .bizId("ems-1").build()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(40013));

        client.courier().updateBusiness(UpdateBusinessRequest.builder().shopAppId(server.appId()).bizId("ems-1")
                .build());
        assertThat(status("ems-1")).isEqualTo(BindStatus.BOUND);
        assertThatThrownBy(() -> client.courier().updateBusiness(UpdateBusinessRequest.builder()
                .shopAppId(server.appId()).bizId("ems-1").build()))
                .as("nothing pending any more").isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.errcode()).isEqualTo(9300525));

        assertThatThrownBy(() -> client.merchant().bindAccount(BindAccountRequest.builder().type(BindAction.BIND)
                .bizId("ems-2").deliveryId("EMS").build()))
                .isInstanceOf(ApiException.class);
        client.courier().updateBusiness(UpdateBusinessRequest.builder().shopAppId(server.appId()).bizId("ems-2")
                .resultMsg("资料不全").resultCode(1).build());
        var rejected = client.merchant().getAllAccount().list().stream().filter(a -> a.bizId().equals("ems-2"))
                .findFirst().orElseThrow();
        assertThat(rejected.statusCode()).isEqualTo(BindStatus.FAILED);
        assertThat(rejected.remarkWrongMsg()).isEqualTo("资料不全");
    }

    private BindStatus status(String bizId) {
        return client.merchant().getAllAccount().list().stream().filter(a -> a.bizId().equals(bizId)).findFirst()
                .orElseThrow().statusCode();
    }

    @Test
    void printersAreBoundAndUnbound() {
        var before = client.merchant().getPrinter();
        assertThat(before.count()).isEqualTo(1);
        assertThat(before.openid()).containsExactly("oABC123456");
        assertThat(before.tagidList()).containsExactly("123", "456");

        client.merchant().updatePrinter(UpdatePrinterRequest.builder().openid("oPrinter2").updateType(BindAction.BIND)
                .tagidList(List.of("789")).build());
        var after = client.merchant().getPrinter();
        assertThat(after.count()).isEqualTo(2);
        assertThat(after.openid()).contains("oABC123456", "oPrinter2");
        assertThat(after.tagidList()).contains("123", "456", "789");

        client.merchant().updatePrinter(UpdatePrinterRequest.builder().openid("oABC123456")
                .updateType(BindAction.UNBIND).build());
        assertThat(client.merchant().getPrinter().openid()).containsExactly("oPrinter2");
        assertThatThrownBy(() -> client.merchant().updatePrinter(UpdatePrinterRequest.builder().openid("o")
                .updateType(BindAction.of("rebind")).build()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(9300517));
    }

    @Test
    void getQuotaRoundTrips() {
        assertThat(client.merchant().getQuota(GetQuotaRequest.builder().deliveryId("YUNDA").bizId("123456789").build())
                .quotaNum()).isEqualByComparingTo("55");
        assertThatThrownBy(() -> client.merchant().getQuota(GetQuotaRequest.builder().deliveryId("YUNDA")
                .bizId("nobody").build()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(9300525));
    }

    @Test
    void testUpdateOrderAppendsToASandboxOrdersPath() {
        var added = client.merchant().addOrder(order("sandbox-1", TestUpdateOrderRequest.SANDBOX_DELIVERY_ID,
                TestUpdateOrderRequest.SANDBOX_BIZ_ID, new ServiceType(1, "test_service_name")));
        client.merchant().testUpdateOrder(TestUpdateOrderRequest.builder().orderId("sandbox-1")
                .waybillId(added.waybillId()).actionTime(Instant.ofEpochSecond(1533080000L))
                .actionType(ActionType.PICKED_UP).actionMsg("揽件阶段").build());
        var path = client.merchant().getPath(GetPathRequest.builder().orderId("sandbox-1").deliveryId("TEST")
                .waybillId(added.waybillId()).build());
        assertThat(path.pathItemNum()).isEqualTo(1);
        assertThat(path.pathItemList().get(0).actionType()).isEqualTo(ActionType.PICKED_UP);
        assertThat(path.pathItemList().get(0).actionMsg()).isEqualTo("揽件阶段");
        assertThat(path.pathItemList().get(0).actionTime()).isEqualTo(1533080000L);
    }

    @Test
    void previewTemplateRendersTheWaybill() {
        String template = Base64.getEncoder().encodeToString(
                "<p>##VAR(sys.waybillid)|##VAR(waybilldata.SF_mark)|##VAR(custom.receiver.name)</p>"
                        .getBytes(StandardCharsets.UTF_8));
        String data = PreviewTemplateRequest.formatWaybillData(List.of(new WaybillData("SF_mark", "101- 07-03 509")));
        var custom = order(ORDER_ID, "SF", "SF_CASH", new ServiceType(0, "标准快递"));
        var reply = client.courier().previewTemplate(PreviewTemplateRequest.builder().waybillId(WAYBILL_ID)
                .waybillTemplate(template).waybillData(data).custom(custom).build());
        assertThat(reply.waybillId()).isEqualTo(WAYBILL_ID);
        assertThat(reply.decodeRenderedWaybillTemplate()).isEqualTo("<p>123456789|101- 07-03 509|王小蒙</p>");
        assertThatThrownBy(() -> client.courier().previewTemplate(
                PreviewTemplateRequest.builder().waybillId("no-such-waybill").waybillTemplate(template)
                        .waybillData(data).custom(custom).build()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(40199));
    }

    @Test
    void everyCallOfTheClientHasTheOperationNameTheFakeScriptsItBy() {
        String template = Base64.getEncoder().encodeToString("<p>x</p>".getBytes(StandardCharsets.UTF_8));
        String token = server.courierToken(WAYBILL_ID).orElseThrow();
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("addOrder", () -> client.merchant().addOrder(order("ops-1", "SF", "SF_CASH", new ServiceType(0, "标准快递"))));
        calls.put("batchGetOrder", () -> client.merchant().batchGetOrder(
                BatchGetOrderRequest.of(List.of(OrderQuery.builder().orderId(ORDER_ID).deliveryId("SF").build()))));
        calls.put("cancelOrder", () -> client.merchant().cancelOrder(CancelOrderRequest.builder().orderId(ORDER_ID)
                .deliveryId("SF").waybillId(WAYBILL_ID).build()));
        calls.put("getOrder", () -> client.merchant().getOrder(GetOrderRequest.builder().orderId(ORDER_ID)
                .deliveryId("SF").build()));
        calls.put("getPath", () -> client.merchant().getPath(GetPathRequest.builder().orderId(ORDER_ID).deliveryId("SF")
                .waybillId(WAYBILL_ID).build()));
        calls.put("testUpdateOrder", () -> client.merchant().testUpdateOrder(TestUpdateOrderRequest.builder()
                .orderId("s").waybillId("w").actionTime(Instant.ofEpochSecond(1533080000L))
                .actionType(ActionType.PICKED_UP).actionMsg("揽件").build()));
        calls.put("getAllAccount", () -> client.merchant().getAllAccount());
        calls.put("bindAccount", () -> client.merchant().bindAccount(
                BindAccountRequest.builder().type(BindAction.BIND).bizId("b").deliveryId("YTO").password("p").build()));
        calls.put("getAllDelivery", () -> client.merchant().getAllDelivery());
        calls.put("getPrinter", () -> client.merchant().getPrinter());
        calls.put("updatePrinter", () -> client.merchant().updatePrinter(UpdatePrinterRequest.builder().openid("o")
                .updateType(BindAction.BIND).build()));
        calls.put("getQuota", () -> client.merchant().getQuota(GetQuotaRequest.builder().deliveryId("YUNDA")
                .bizId("123456789").build()));
        calls.put("getContact", () -> client.courier().getContact(GetContactRequest.builder().token(token)
                .waybillId(WAYBILL_ID).build()));
        calls.put("updatePath", () -> client.courier().updatePath(
                UpdatePathRequest.builder().token(token).waybillId(WAYBILL_ID).actionTime(1533080000L)
                        .actionType(ActionType.SIGNED).actionMsg("签收").build()));
        calls.put("previewTemplate", () -> client.courier().previewTemplate(PreviewTemplateRequest.builder()
                .waybillId(WAYBILL_ID).waybillTemplate(template)
                .waybillData(PreviewTemplateRequest.formatWaybillData(List.of(new WaybillData("k", "v"))))
                .custom(order(ORDER_ID, "SF", "SF_CASH", new ServiceType(0, "标准快递"))).build()));
        calls.put("updateBusiness", () -> client.courier().updateBusiness(
                UpdateBusinessRequest.builder().shopAppId(server.appId()).bizId("b").build()));
        componentCalls(calls);
        insuranceCalls(calls);

        assertThat(calls.keySet()).containsExactlyElementsOf(
                FakeWeChatServer.operations().keySet().stream().skip(2)
                        .filter(o -> !o.startsWith("intracity_") && !o.startsWith("api_")).toList());
        calls.forEach((operation, call) -> {
            server.enqueue(operation, FakeResponse.errcode(48001));
            assertThatThrownBy(call::run).as(operation).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.errcode()).as(operation).isEqualTo(48001);
                assertThat(e.operation()).isEqualTo(operation);
            });
            RecordedRequest last = server.requests().get(server.requests().size() - 1);
            assertThat(last.operation()).hasValue(operation);
        });
        assertThat(server.pendingScriptedResponses()).isZero();
    }

    @SuppressWarnings("deprecation")
    private void componentCalls(Map<String, Runnable> calls) {
        io.github.wxlogistics.model.TraceWaybillRequest trace = io.github.wxlogistics.model.TraceWaybillRequest.builder()
                .openid("oBuyer").receiverPhone("138").waybillId("YT1").transId("420")
                .goodsInfo(io.github.wxlogistics.model.GoodsInfo.of(io.github.wxlogistics.model.GoodsDetail.of("衣服", "u")))
                .build();
        var query = io.github.wxlogistics.model.QueryTraceRequest.of("T");
        var update = io.github.wxlogistics.model.UpdateWaybillGoodsRequest.of("T", trace.goodsInfo());
        var address = io.github.wxlogistics.model.Person.builder().name("n").mobile("138").province("p").city("c")
                .area("a").address("x").build();
        var add = io.github.wxlogistics.model.AddReturnRequest.builder().shopOrderId("R").bizAddr(address).openid("oBuyer")
                .orderPath("p").goodsList(List.of(io.github.wxlogistics.model.ReturnGoods.of("衣服", "u"))).orderPrice(1);
        var id = io.github.wxlogistics.model.ReturnIdRequest.of("RID");
        calls.put("traceWaybill", () -> client.tracking().traceWaybill(trace));
        calls.put("queryTrace", () -> client.tracking().queryTrace(query));
        calls.put("updateWaybillGoods", () -> client.tracking().updateWaybillGoods(update));
        calls.put("getDeliveryList", () -> client.tracking().getDeliveryList());
        calls.put("followWaybill", () -> client.tracking().followWaybill(trace));
        calls.put("queryFollowTrace", () -> client.tracking().queryFollowTrace(query));
        calls.put("updateFollowWaybillGoods", () -> client.tracking().updateFollowWaybillGoods(update));
        calls.put("addReturnId", () -> client.returns().addReturnId(add.wxPayId("4200000000000000000000000001").build()));
        calls.put("getReturnId", () -> client.returns().getReturnId(id));
        calls.put("unbindReturnId", () -> client.returns().unbindReturnId(id));
        calls.put("addReturn", () -> client.returns().addReturn(add.wxPayId(null).build()));
        calls.put("getReturn", () -> client.returns().getReturn(id));
        calls.put("unbindReturn", () -> client.returns().unbindReturn(id));
        calls.put("applyMsgPlugin", () -> client.tracking().applyMsgPlugin());
        calls.put("applyQueryPlugin", () -> client.tracking().applyQueryPlugin());
        calls.put("applyReturnPlugin", () -> client.returns().applyReturnPlugin());
    }

    private void insuranceCalls(Map<String, Runnable> calls) {
        var place = io.github.wxlogistics.model.insurance.InsuranceAddress.builder().province("p").city("c").county("d")
                .address("a").build();
        var order = io.github.wxlogistics.model.insurance.InsuranceOrderRequest.builder().openid("oBuyer")
                .orderNo("4200000000000000000000000001").payTime(Instant.now()).payAmount(1).deliveryNo("SF1")
                .deliveryPlace(place).receiptPlace(place).productInfo(io.github.wxlogistics.model.insurance.InsuranceProductInfo
                        .of("p", io.github.wxlogistics.model.insurance.InsuranceGoods.of("n", "u"))).build();
        var insurance = client.freightInsurance();
        calls.put("insurance_freight_open", insurance::open);
        calls.put("insurance_freight_query_open", insurance::queryOpen);
        calls.put("insurance_freight_createorder", () -> insurance.createOrder(order));
        calls.put("insurance_freight_claim", () -> insurance.claim(io.github.wxlogistics.model.insurance.ClaimRequest.builder()
                .openid("oBuyer").orderNo(order.orderNo()).refundDeliveryNo("YT1").refundCompany("圆通").build()));
        calls.put("insurance_freight_createchargeid", () -> insurance.createChargeId(
                io.github.wxlogistics.model.insurance.ChargeIdRequest.of(100)));
        calls.put("insurance_freight_applypay", () -> insurance.applyPay(io.github.wxlogistics.model.insurance.ApplyPayRequest.of(1)));
        calls.put("insurance_freight_getpayorderlist", () -> insurance.getPayOrderList(
                io.github.wxlogistics.model.insurance.PayOrderListRequest.builder().statusList(List.of(1)).build()));
        calls.put("insurance_freight_refund", insurance::refund);
        calls.put("insurance_freight_getsummary", () -> insurance.getSummary(
                new io.github.wxlogistics.model.insurance.SummaryRequest(1, 2)));
        calls.put("insurance_freight_getorderlist", () -> insurance.getOrderList(
                io.github.wxlogistics.model.insurance.PolicyListRequest.builder().build()));
        calls.put("insurance_freight_update_notify_funds", () -> insurance.updateNotifyFunds(
                io.github.wxlogistics.model.insurance.NotifyFundsRequest.of(0)));
    }
}
