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
import io.github.wxlogistics.model.Service;
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
        Object[] path = onContext(() -> wechat.call(c -> c.merchant().getPath(GetPathRequest.of("01234567890123456789", "SF", "123456789"))));
        Object[] accounts = onContext(() -> wechat.call(c -> c.merchant().getAllAccount()));
        Object[] contact = onContext(() -> wechat.call(c -> c.courier().getContact(GetContactRequest.of("TOKEN", "12345678901234567890"))));
        Object[] update = onContext(() -> wechat.call(c -> c.courier().updatePath(
                new UpdatePathRequest(token, "123456789", 1533080000L, ActionType.SIGNED, "签收"))));
        Object[] order = onContext(() -> wechat.call(c -> c.merchant().getOrder(
                io.github.wxlogistics.model.GetOrderRequest.of("01234567890123456789", "SF"))));
        for (Object[] seen : new Object[][] {path, accounts, contact, update, order}) {
            assertThat(seen[0]).isEqualTo(true);
            assertThat(seen[1] instanceof Throwable).as("failed with %s", seen[1]).isFalse();
        }
    }

    @Test
    void failuresAreTheLibrarysExceptions() throws Exception {
        server.enqueue("/cgi-bin/express/business/account/getall", FakeResponse.errcode(45009));
        Object[] limited = onContext(() -> wechat.call(c -> c.merchant().getAllAccount()));
        assertThat(limited[0]).isEqualTo(true);
        assertThat(limited[1]).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(45009));

        Object[] invalid = onContext(() -> wechat.call(c -> c.merchant().getPath(GetPathRequest.of("o", "SF", null))));
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
        AddOrderRequest request = AddOrderRequest.of("vertx-1", "oBuyer", "TEST", "test_biz_id",
                Person.of("张三", "18666666666", "广东省", "广州市", "海珠区", "XX路1号"),
                Person.of("王小蒙", "18610000000", "北京市", "北京市", "海淀区", "XX路2号"),
                Cargo.of(new BigDecimal("1.2"), BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN,
                        List.of(CargoDetail.of("衣服", 1))),
                Shop.of("https://example.com/a.png", "衣服", 1), Insured.none(), new Service(1, "test_service_name"));
        Object[] added = onContext(() -> wechat.call(c -> c.merchant().addOrder(request)));
        assertThat(added[1]).isInstanceOf(AddOrderResponse.class);
        String waybillId = ((AddOrderResponse) added[1]).waybillId();
        Object[][] all = {
            added,
            onContext(() -> wechat.call(c -> c.merchant().batchGetOrder(BatchGetOrderRequest.of(List.of(OrderQuery.of("vertx-1", "TEST")))))),
            onContext(() -> wechat.call(c -> c.merchant().cancelOrder(CancelOrderRequest.of("vertx-1", "TEST", waybillId)))),
            onContext(() -> wechat.call(c -> c.merchant().testUpdateOrder(TestUpdateOrderRequest.of("vertx-1", waybillId,
                    Instant.ofEpochSecond(1533080000L), ActionType.PICKED_UP, "揽件")))),
            onContext(() -> wechat.call(c -> c.merchant().getAllDelivery())),
            onContext(() -> wechat.call(c -> c.merchant().getPrinter())),
            onContext(() -> wechat.call(c -> c.merchant().updatePrinter(UpdatePrinterRequest.of("oPrinter", BindAction.BIND)))),
            onContext(() -> wechat.call(c -> c.merchant().getQuota(GetQuotaRequest.of("YUNDA", "123456789")))),
            onContext(() -> wechat.call(c -> c.merchant().bindAccount(BindAccountRequest.of(BindAction.BIND, "sf-1", "SF")))),
            onContext(() -> wechat.call(c -> c.courier().previewTemplate(PreviewTemplateRequest.of(waybillId, "dA==", "##k##v##", request)))),
        };
        for (Object[] seen : all) {
            assertThat(seen[0]).isEqualTo(true);
            assertThat(seen[1] instanceof Throwable).as("failed with %s", seen[1]).isFalse();
        }
        Object[] business = onContext(() -> wechat.call(c -> c.courier().updateBusiness(UpdateBusinessRequest.approved(server.appId(), "none"))));
        assertThat(business[0]).isEqualTo(true);
        assertThat(business[1]).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(9300525));
    }
}
