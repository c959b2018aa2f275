package io.github.wxlogistics.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.ValidationException;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.AddOrderResponse;
import io.github.wxlogistics.model.BatchGetOrderRequest;
import io.github.wxlogistics.model.BindAccountRequest;
import io.github.wxlogistics.model.BindAction;
import io.github.wxlogistics.model.CancelOrderRequest;
import io.github.wxlogistics.model.Cargo;
import io.github.wxlogistics.model.CargoDetail;
import io.github.wxlogistics.model.GetContactRequest;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetQuotaRequest;
import io.github.wxlogistics.model.Insured;
import io.github.wxlogistics.model.OrderQuery;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.PreviewTemplateRequest;
import io.github.wxlogistics.model.ServiceType;
import io.github.wxlogistics.model.Shop;
import io.github.wxlogistics.model.TestUpdateOrderRequest;
import io.github.wxlogistics.model.UpdateBusinessRequest;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.model.UpdatePrinterRequest;
import io.github.wxlogistics.testkit.FakeResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Vert.x adapter completes on the caller's context and reports the library's exceptions, unwrapped. */
class VertxLogisticsClientTest {

    private FakeWeChatServer server;
    private Vertx vertx;
    private LogisticsClient client;
    private VertxLogisticsClient wechat;

    @BeforeEach
    void start() {
        server = FakeWeChatServer.builder().demoData().start();
        vertx = Vertx.vertx();
        client = LogisticsClient.builder().credentials(server.appId(), server.appSecret()).baseUri(server.baseUri())
                .transport(VertxHttpTransport.builder().vertx(vertx).build()).build();
        wechat = VertxLogisticsClient.create(client, vertx);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        server.close();
    }

    /** Runs {@code call} on a fresh context and reports the context its handler ran on. */
    private <T> Object[] onContext(Supplier<Future<T>> call) throws Exception {
        Context context = vertx.getOrCreateContext();
        CompletableFuture<Object[]> seen = new CompletableFuture<>();
        context.runOnContext(v -> call.get().onComplete(result ->
                seen.complete(new Object[] {Vertx.currentContext() == context, result.succeeded() ? result.result() : result.cause()})));
        return seen.get(10, TimeUnit.SECONDS);
    }

    @Test
    void everyCallCompletesOnTheCallersContext() throws Exception {
        String token = server.courierToken("123456789").orElseThrow();
        Object[] path = onContext(() -> wechat.call(c -> c.merchant().getPath(GetPathRequest.builder()
                .orderId("01234567890123456789").deliveryId("SF").waybillId("123456789").build())));
        Object[] accounts = onContext(() -> wechat.call(c -> c.merchant().getAllAccount()));
        Object[] contact = onContext(() -> wechat.call(c -> c.courier().getContact(GetContactRequest.builder()
                .token("TOKEN").waybillId("12345678901234567890").build())));
        Object[] update = onContext(() -> wechat.call(c -> c.courier().updatePath(
                UpdatePathRequest.builder().token(token).waybillId("123456789").actionTime(1533080000L)
                        .actionType(ActionType.SIGNED).actionMsg("签收").build())));
        Object[] order = onContext(() -> wechat.call(c -> c.merchant().getOrder(
                io.github.wxlogistics.model.GetOrderRequest.builder().orderId("01234567890123456789").deliveryId("SF")
                        .build())));
        for (Object[] seen : new Object[][] {path, accounts, contact, update, order}) {
            assertThat(seen[0]).isEqualTo(true);
            assertThat(seen[1] instanceof Throwable).as("failed with %s", seen[1]).isFalse();
        }
    }

    @Test
    void theTrackingAndReturnCallsCompleteOnTheCallersContext() throws Exception {
        var goods = io.github.wxlogistics.model.GoodsInfo.of(io.github.wxlogistics.model.GoodsDetail.of("衣服", "u"));
        Object[] traced = onContext(() -> wechat.call(c -> c.tracking().traceWaybill(
                io.github.wxlogistics.model.TraceWaybillRequest.builder().openid("oBuyer").receiverPhone("138")
                        .waybillId("YT1").transId("420").goodsInfo(goods).build())));
        assertThat(traced[0]).isEqualTo(true);
        String token = ((io.github.wxlogistics.model.TraceWaybillResponse) traced[1]).waybillToken();
        Object[] queried = onContext(() -> wechat.call(c -> c.tracking().queryTrace(
                io.github.wxlogistics.model.QueryTraceRequest.of(token))));
        assertThat(queried[0]).isEqualTo(true);
        assertThat(((io.github.wxlogistics.model.QueryTraceResponse) queried[1]).waybillInfo().waybillId()).isEqualTo("YT1");
        Object[] missing = onContext(() -> wechat.call(c -> c.returns().getReturnId(
                io.github.wxlogistics.model.ReturnIdRequest.of("none"))));
        assertThat(missing[0]).isEqualTo(true);
        assertThat(missing[1]).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.isNotFound()).isTrue());
    }

    @Test
    void theFreightInsuranceCallsCompleteOnTheCallersContext() throws Exception {
        Object[] opened = onContext(() -> wechat.call(c -> c.freightInsurance().open()));
        assertThat(opened[0]).isEqualTo(true);
        String orderNo = "4200000000000000000000000040";
        var place = io.github.wxlogistics.model.insurance.InsuranceAddress.builder().province("广东省").city("广州市")
                .county("海珠区").address("a").build();
        var order = io.github.wxlogistics.model.insurance.InsuranceOrderRequest.builder().openid("oBuyer").orderNo(orderNo)
                .payTime(java.time.Instant.now().minusSeconds(60)).payAmount(100).deliveryNo("SF40").deliveryPlace(place)
                .receiptPlace(place).productInfo(io.github.wxlogistics.model.insurance.InsuranceProductInfo.of("pages/o",
                        io.github.wxlogistics.model.insurance.InsuranceGoods.of("衣服", "u"))).build();
        Object[] insured = onContext(() -> wechat.call(c -> c.freightInsurance().createOrder(order)));
        assertThat(insured[0]).isEqualTo(true);
        assertThat(((io.github.wxlogistics.model.insurance.InsuranceOrderResponse) insured[1]).policyNo()).isNotBlank();
        var claim = io.github.wxlogistics.model.insurance.ClaimRequest.builder().openid("oBuyer").orderNo(orderNo)
                .refundDeliveryNo("YT40").refundCompany("圆通速递").build();
        Object[] claimed = onContext(() -> wechat.call(c -> c.freightInsurance().claim(claim)));
        assertThat(claimed[0]).isEqualTo(true);
        Object[] listed = onContext(() -> wechat.call(c -> c.freightInsurance().getOrderList(
                io.github.wxlogistics.model.insurance.PolicyListRequest.builder().orderNo(orderNo).build())));
        assertThat(((io.github.wxlogistics.model.insurance.PolicyListResponse) listed[1]).list().get(0).status())
                .isEqualTo(io.github.wxlogistics.model.insurance.PolicyStatus.CLAIM_SUCCEEDED);
        Object[] again = onContext(() -> wechat.call(c -> c.freightInsurance().claim(claim)));
        assertThat(again[1]).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.isAlreadyClaimed()).isTrue());
    }

    @Test
    void failuresAreTheLibrarysExceptions() throws Exception {
        server.enqueue("/cgi-bin/express/business/account/getall", FakeResponse.errcode(45009));
        Object[] limited = onContext(() -> wechat.call(c -> c.merchant().getAllAccount()));
        assertThat(limited[0]).isEqualTo(true);
        assertThat(limited[1]).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(45009));

        Object[] invalid = onContext(() -> wechat.call(c -> c.merchant().getPath(GetPathRequest.builder().orderId("o")
                .deliveryId("SF").build())));
        assertThat(invalid[0]).isEqualTo(true);
        assertThat(invalid[1]).isInstanceOf(ValidationException.class);
    }

    @Test
    void failuresOfDependentStagesAreUnwrappedFromCompletionException() throws Exception {
        server.enqueue("/cgi-bin/express/business/account/getall", FakeResponse.errcode(45009));
        Object[] limited = onContext(() -> wechat.call(c -> c.merchant().getAllAccount().thenApply(reply -> reply.count())));
        assertThat(limited[0]).isEqualTo(true);
        assertThat(limited[1]).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(45009));
    }

    @Test
    void anExceptionThrownByTheCallFailsTheFutureOnTheCallersContext() throws Exception {
        IllegalStateException thrown = new IllegalStateException("thrown by the call");
        Object[] failed = onContext(() -> wechat.<Void>call(c -> {
            throw thrown;
        }));
        assertThat(failed[0]).isEqualTo(true);
        assertThat(failed[1]).isSameAs(thrown);

        Object[] nothing = onContext(() -> wechat.<Void>call(c -> null));
        assertThat(nothing[0]).isEqualTo(true);
        assertThat(nothing[1]).isInstanceOf(NullPointerException.class);
    }

    @Test
    void offVertxThreadsTheFutureCompletesOnAContextOfTheAdaptersVertx() throws Exception {
        CompletableFuture<Object[]> seen = new CompletableFuture<>();
        wechat.call(c -> c.merchant().getAllAccount()).onComplete(result -> seen.complete(new Object[] {
            Vertx.currentContext() == null ? null : Vertx.currentContext().owner(), Context.isOnEventLoopThread(),
            result.succeeded() ? result.result() : result.cause()}));

        Object[] observed = seen.get(10, TimeUnit.SECONDS);
        assertThat(observed[0]).isSameAs(vertx);
        assertThat(observed[1]).isEqualTo(true);
        assertThat(observed[2]).isNotInstanceOf(Throwable.class);
    }

    @Test
    void rejectsNulls() {
        assertThatThrownBy(() -> VertxLogisticsClient.create(null, vertx))
                .isInstanceOf(NullPointerException.class).hasMessage("client");
        assertThatThrownBy(() -> VertxLogisticsClient.create(client, null))
                .isInstanceOf(NullPointerException.class).hasMessage("vertx");
        assertThatThrownBy(() -> wechat.call(null))
                .isInstanceOf(NullPointerException.class).hasMessage("call");
    }

    @Test
    void callsOfBothSidesAndStatusOnlyCallsCompleteOnTheCallersContext() throws Exception {
        AddOrderRequest request = AddOrderRequest.builder().orderId("vertx-1").openid("oBuyer").deliveryId("TEST")
                .bizId("test_biz_id").sender(Person.builder().name("张三").mobile("18666666666").province("广东省")
                .city("广州市").area("海珠区").address("XX路1号").build()).receiver(Person.builder().name("王小蒙")
                .mobile("18610000000").province("北京市").city("北京市").area("海淀区").address("XX路2号").build())
                .cargo(Cargo.builder().weight(new BigDecimal("1.2")).spaceX(BigDecimal.TEN).spaceY(BigDecimal.TEN)
                .spaceZ(BigDecimal.TEN).detailList(List.of(CargoDetail.of("衣服", 1))).build()).shop(Shop.builder()
                .imgUrl("https://example.com/a.png").goodsName("衣服").goodsCount(1).build()).insured(Insured.none())
                .service(new ServiceType(1, "test_service_name")).build();
        Object[] added = onContext(() -> wechat.call(c -> c.merchant().addOrder(request)));
        assertThat(added[1]).isInstanceOf(AddOrderResponse.class);
        String waybillId = ((AddOrderResponse) added[1]).waybillId();
        Object[][] all = {
            added,
            onContext(() -> wechat.call(c -> c.merchant().batchGetOrder(BatchGetOrderRequest.of(List.of(OrderQuery.builder()
                    .orderId("vertx-1").deliveryId("TEST").build()))))),
            onContext(() -> wechat.call(c -> c.merchant().cancelOrder(CancelOrderRequest.builder().orderId("vertx-1")
                    .deliveryId("TEST").waybillId(waybillId).build()))),
            onContext(() -> wechat.call(c -> c.merchant().testUpdateOrder(TestUpdateOrderRequest.builder()
                    .orderId("vertx-1").waybillId(waybillId).actionTime(Instant.ofEpochSecond(1533080000L))
                    .actionType(ActionType.PICKED_UP).actionMsg("揽件").build()))),
            onContext(() -> wechat.call(c -> c.merchant().getAllDelivery())),
            onContext(() -> wechat.call(c -> c.merchant().getPrinter())),
            onContext(() -> wechat.call(c -> c.merchant().updatePrinter(UpdatePrinterRequest.builder()
                    .openid("oPrinter").updateType(BindAction.BIND).build()))),
            onContext(() -> wechat.call(c -> c.merchant().getQuota(GetQuotaRequest.builder().deliveryId("YUNDA")
                    .bizId("123456789").build()))),
            onContext(() -> wechat.call(c -> c.merchant().bindAccount(BindAccountRequest.builder().type(BindAction.BIND)
                    .bizId("sf-1").deliveryId("SF").build()))),
            onContext(() -> wechat.call(c -> c.courier().previewTemplate(PreviewTemplateRequest.builder()
                    .waybillId(waybillId).waybillTemplate("dA==").waybillData("##k##v##").custom(request).build()))),
        };
        for (Object[] seen : all) {
            assertThat(seen[0]).isEqualTo(true);
            assertThat(seen[1] instanceof Throwable).as("failed with %s", seen[1]).isFalse();
        }
        Object[] business = onContext(() -> wechat.call(c -> c.courier().updateBusiness(UpdateBusinessRequest.builder()
                .shopAppId(server.appId()).bizId("none").build())));
        assertThat(business[0]).isEqualTo(true);
        assertThat(business[1]).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(9300525));
    }
}
