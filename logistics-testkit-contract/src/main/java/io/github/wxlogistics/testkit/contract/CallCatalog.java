package io.github.wxlogistics.testkit.contract;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.BatchGetOrderRequest;
import io.github.wxlogistics.model.BindAccountRequest;
import io.github.wxlogistics.model.BindAction;
import io.github.wxlogistics.model.CancelOrderRequest;
import io.github.wxlogistics.model.Cargo;
import io.github.wxlogistics.model.CargoDetail;
import io.github.wxlogistics.model.GetContactRequest;
import io.github.wxlogistics.model.GetOrderRequest;
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
import io.github.wxlogistics.model.WaybillData;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Each of the 16 calls with a valid request for the fake server's demo data, by operation name. */
final class CallCatalog {

    static final String ORDER_ID = "01234567890123456789";
    static final String WAYBILL_ID = "123456789";

    private CallCatalog() {
    }

    /** A cash order, with the pickup time a cash order needs. */
    static AddOrderRequest order(String orderId) {
        Person sender = Person.builder().name("张三").mobile("18666666666")
                .province("广东省").city("广州市").area("海珠区").address("XX路1号").build();
        Person receiver = Person.builder().name("王小蒙").mobile("18610000000")
                .province("北京市").city("北京市").area("海淀区").address("XX路2号").build();
        Cargo cargo = Cargo.builder().weight(new BigDecimal("1.2"))
                .spaceX(BigDecimal.TEN).spaceY(BigDecimal.TEN).spaceZ(BigDecimal.TEN)
                .detailList(List.of(CargoDetail.of("衣服", 1))).build();
        Shop shop = Shop.builder().imgUrl("https://example.com/a.png").goodsName("衣服").goodsCount(1).build();
        return AddOrderRequest.builder().orderId(orderId).openid("oBuyer").deliveryId("SF").bizId("SF_CASH")
                .expectTime(Instant.now().plus(Duration.ofHours(2)))
                .sender(sender).receiver(receiver).cargo(cargo).shop(shop).insured(Insured.none())
                .service(new ServiceType(0, "标准快递")).build();
    }

    /** Every call, in the order of {@link FakeWeChatServer#operations()}; each returns its reply ({@code null} for status-only calls). */
    static Map<String, Function<LogisticsClient, Object>> everyCall(FakeWeChatServer server) {
        String token = server.courierToken(WAYBILL_ID).orElse("courier-token");
        String template = Base64.getEncoder().encodeToString("<p>x</p>".getBytes(StandardCharsets.UTF_8));
        Map<String, Function<LogisticsClient, Object>> calls = new LinkedHashMap<>();
        calls.put("addOrder", c -> c.merchant().addOrder(order("fuzz-1")));
        calls.put("batchGetOrder", c -> c.merchant().batchGetOrder(
                BatchGetOrderRequest.of(List.of(OrderQuery.builder().orderId(ORDER_ID).deliveryId("SF").build()))));
        calls.put("cancelOrder", c -> c.merchant().cancelOrder(CancelOrderRequest.builder().orderId(ORDER_ID)
                .deliveryId("SF").waybillId(WAYBILL_ID).build()));
        calls.put("getOrder", c -> c.merchant().getOrder(GetOrderRequest.builder().orderId(ORDER_ID).deliveryId("SF")
                .build()));
        calls.put("getPath", c -> c.merchant().getPath(GetPathRequest.builder().orderId(ORDER_ID).deliveryId("SF")
                .waybillId(WAYBILL_ID).build()));
        calls.put("testUpdateOrder", c -> {
            c.merchant().testUpdateOrder(TestUpdateOrderRequest.builder()
                .orderId("s").waybillId("w").actionTime(Instant.ofEpochSecond(1533080000L))
                .actionType(ActionType.PICKED_UP).actionMsg("揽件").build());
            return null;
        });
        calls.put("getAllAccount", c -> c.merchant().getAllAccount());
        calls.put("bindAccount", c -> {
            c.merchant().bindAccount(
                BindAccountRequest.builder().type(BindAction.BIND).bizId("b").deliveryId("YTO").password("p").build());
            return null;
        });
        calls.put("getAllDelivery", c -> c.merchant().getAllDelivery());
        calls.put("getPrinter", c -> c.merchant().getPrinter());
        calls.put("updatePrinter", c -> {
            c.merchant().updatePrinter(UpdatePrinterRequest.builder().openid("o")
                .updateType(BindAction.BIND).build());
            return null;
        });
        calls.put("getQuota", c -> c.merchant().getQuota(GetQuotaRequest.builder().deliveryId("YUNDA")
                .bizId("123456789").build()));
        calls.put("getContact", c -> c.courier().getContact(GetContactRequest.builder().token(token)
                .waybillId(WAYBILL_ID).build()));
        calls.put("updatePath", c -> {
            c.courier().updatePath(UpdatePathRequest.builder().token(token)
                .waybillId(WAYBILL_ID).actionTime(1533080000L).actionType(ActionType.SIGNED).actionMsg("签收").build());
            return null;
        });
        calls.put("previewTemplate", c -> c.courier().previewTemplate(PreviewTemplateRequest.builder()
                .waybillId(WAYBILL_ID).waybillTemplate(template)
                .waybillData(PreviewTemplateRequest.formatWaybillData(List.of(new WaybillData("k", "v"))))
                .custom(order(ORDER_ID)).build()));
        calls.put("updateBusiness", c -> {
            c.courier().updateBusiness(
                UpdateBusinessRequest.builder().shopAppId(server.appId()).bizId("b").build());
            return null;
        });
        return calls;
    }
}
