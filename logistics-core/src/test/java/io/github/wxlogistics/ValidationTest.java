package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.ValidationException;
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
import io.github.wxlogistics.model.OrderQuery;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.PreviewTemplateRequest;
import io.github.wxlogistics.model.Shop;
import io.github.wxlogistics.model.ShopDetail;
import io.github.wxlogistics.model.TestUpdateOrderRequest;
import io.github.wxlogistics.model.UpdateBusinessRequest;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.model.UpdatePrinterRequest;
import io.github.wxlogistics.support.Orders;
import io.github.wxlogistics.support.ScriptedTransport;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ValidationTest {

    private final ScriptedTransport transport = new ScriptedTransport();
    private final LogisticsClient client = LogisticsClient.builder().accessToken("T").transport(transport).build();

    @AfterEach
    void nothingWasSent() {
        assertThat(transport.requests()).isEmpty();
        client.close();
    }

    private static void assertRejected(Executable call, String field, String rule) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.rule()).startsWith(rule);
            // The first violation is the one named; every other broken rule is listed with it.
            assertThat(e.violations().get(0)).isEqualTo(new ValidationException.Violation(field, e.rule()));
            assertThat(e.getMessage()).isEqualTo(e.violations().size() == 1 ? field + ": " + e.rule()
                    : e.violations().size() + " rules broken: " + e.violations().stream()
                            .map(ValidationException.Violation::toString).collect(java.util.stream.Collectors.joining("; ")));
        });
    }

    @Test
    void requiredFieldsAreNamed() {
        assertRejected(() -> client.merchant().getOrder(GetOrderRequest.builder().deliveryId("SF").build()), "order_id",
                "is required");
        assertRejected(() -> client.merchant().getOrder(GetOrderRequest.builder().orderId("o").deliveryId(" ").build()),
                "delivery_id", "is required");
        assertRejected(() -> client.merchant().getPath(GetPathRequest.builder().orderId("o").deliveryId("SF").build()),
                "waybill_id", "is required");
        assertRejected(() -> client.courier().getContact(GetContactRequest.builder().token("").waybillId("w").build()),
                "token", "is required");
        UpdatePathRequest path = UpdatePathRequest.builder().token("t").waybillId("w").actionTime(1L)
                .actionType(ActionType.SIGNED).actionMsg("m").build();
        assertRejected(() -> client.courier().updatePath(path.toBuilder().actionType(null).build()),
                "action_type", "is required");
        assertRejected(() -> client.courier().updatePath(path.toBuilder().actionMsg(null).build()),
                "action_msg", "is required");
        assertRejected(() -> client.merchant().getOrder(null), "getOrder request", "is required");
    }

    @Test
    void byteLimitsCountUtf8Bytes() {
        String chinese171 = "单".repeat(171); // 513 bytes in UTF-8, 171 chars
        GetOrderRequest ok = GetOrderRequest.builder().orderId("o").deliveryId("SF").build();
        assertRejected(() -> client.merchant().getOrder(ok.toBuilder().orderId(chinese171).build()), "order_id",
                "must be at most 512 bytes in UTF-8, was 513");
        assertRejected(() -> client.merchant().getOrder(ok.toBuilder().customRemark("x".repeat(1025)).build()),
                "custom_remark", "must be at most 1024 bytes in UTF-8, was 1025");
    }

    @Test
    void actionTimeMustBePositive() {
        assertRejected(() -> client.courier().updatePath(UpdatePathRequest.builder().token("t").waybillId("w")
                .actionTime(0L).actionType(ActionType.SIGNED).actionMsg("m").build()),
                "action_time", "must be positive, was 0");
    }

    @Test
    void asyncCallsFailTheirFutureInstead() {
        var future = client.async().merchant().getOrder(GetOrderRequest.builder().orderId("o").build());
        assertThatThrownBy(future::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ValidationException.class);
    }

    private void assertAddOrderRejected(UnaryOperator<AddOrderRequest.Builder> change, String field, String rule) {
        assertRejected(() -> client.merchant().addOrder(change.apply(Orders.valid().toBuilder()).build()), field, rule);
    }

    /** Asserts that the valid order with its sender changed so is rejected. */
    private void assertSenderRejected(UnaryOperator<Person.Builder> change, String field, String rule) {
        assertAddOrderRejected(r -> r.sender(change.apply(Orders.valid().sender().toBuilder()).build()), field, rule);
    }

    private void assertCargoRejected(UnaryOperator<Cargo.Builder> change, String field, String rule) {
        assertAddOrderRejected(r -> r.cargo(change.apply(Orders.valid().cargo().toBuilder()).build()), field, rule);
    }

    private void assertShopRejected(Shop shop, String field, String rule) {
        assertAddOrderRejected(r -> r.shop(shop), field, rule);
    }

    @Test
    void addOrderPersonFieldsAreRequiredAndNamed() {
        assertAddOrderRejected(r -> r.sender(null), "sender", "is required");
        assertSenderRejected(p -> p.name(" "), "sender.name", "is required");
        assertSenderRejected(p -> p.province(null), "sender.province", "is required");
        assertSenderRejected(p -> p.city(""), "sender.city", "is required");
        assertSenderRejected(p -> p.area(null), "sender.area", "is required");
        assertSenderRejected(p -> p.address(null), "sender.address", "is required");
        assertSenderRejected(p -> p.tel(null).mobile(null), "sender.mobile", "is required when sender.tel is empty");
    }

    @Test
    void addOrderPersonByteLimits() {
        assertSenderRejected(p -> p.name("x".repeat(65)), "sender.name", "must be at most 64 bytes in UTF-8, was 65");
        assertSenderRejected(p -> p.tel("1".repeat(33)), "sender.tel", "must be at most 32 bytes in UTF-8, was 33");
        assertSenderRejected(p -> p.mobile("1".repeat(33)), "sender.mobile", "must be at most 32 bytes in UTF-8, was 33");
        assertSenderRejected(p -> p.company("单".repeat(22)), "sender.company",
                "must be at most 64 bytes in UTF-8, was 66");
        assertSenderRejected(p -> p.postCode("12345678901"), "sender.post_code",
                "must be at most 10 bytes in UTF-8, was 11");
        assertSenderRejected(p -> p.country("x".repeat(65)), "sender.country",
                "must be at most 64 bytes in UTF-8, was 65");
        assertSenderRejected(p -> p.province("x".repeat(65)), "sender.province", "must be at most 64 bytes");
        assertSenderRejected(p -> p.city("x".repeat(65)), "sender.city", "must be at most 64 bytes");
        assertSenderRejected(p -> p.area("x".repeat(65)), "sender.area", "must be at most 64 bytes");
        assertSenderRejected(p -> p.address("x".repeat(513)), "sender.address",
                "must be at most 512 bytes in UTF-8, was 513");
        assertAddOrderRejected(r -> r.receiver(Orders.valid().receiver().toBuilder().address("").build()),
                "receiver.address", "is required");
    }

    @Test
    void addOrderTopLevelRules() {
        assertAddOrderRejected(r -> r.customRemark("x".repeat(1025)), "custom_remark",
                "must be at most 1024 bytes in UTF-8, was 1025");
        assertAddOrderRejected(r -> r.orderId("单".repeat(171)), "order_id", "must be at most 512 bytes");
        assertAddOrderRejected(r -> r.openid(null), "openid", "is required");
        assertAddOrderRejected(r -> r.addSource(io.github.wxlogistics.model.AddSource.APP_OR_H5), "wx_appid",
                "is required");
        assertAddOrderRejected(r -> r.bizId(null), "biz_id", "is required");
        assertAddOrderRejected(r -> r.insured(null), "insured", "is required");
        assertAddOrderRejected(r -> r.service(null), "service", "is required");
        assertRejected(() -> client.merchant().addOrder(null), "addOrder request", "is required");
    }

    @Test
    void addOrderCargoRules() {
        assertAddOrderRejected(r -> r.cargo(null), "cargo", "is required");
        assertCargoRejected(c -> c.detailList(List.of()), "cargo.detail_list", "must not be empty");
        assertCargoRejected(c -> c.detailList(null), "cargo.detail_list", "must not be empty");
        assertCargoRejected(c -> c.weight(null), "cargo.weight", "is required");
        assertCargoRejected(c -> c.detailList(List.of(CargoDetail.of("衣服", 1), CargoDetail.of("x".repeat(129), 1))),
                "cargo.detail_list[1].name", "must be at most 128 bytes in UTF-8, was 129");
        assertCargoRejected(c -> c.detailList(List.of(CargoDetail.of("衣服", 0))), "cargo.detail_list[0].count",
                "must be positive, was 0");
        assertCargoRejected(c -> c.count(0), "cargo.count", "must be positive, was 0");
    }

    @Test
    void addOrderShopRules() {
        Shop ok = Shop.builder().imgUrl("u").goodsName("n").goodsCount(1).build();
        assertAddOrderRejected(r -> r.shop(null), "shop", "is required");
        assertShopRejected(ok.toBuilder().imgUrl(null).build(), "shop.img_url", "is required");
        assertShopRejected(ok.toBuilder().goodsName("").build(), "shop.goods_name", "is required");
        assertShopRejected(ok.toBuilder().goodsCount(null).build(), "shop.goods_count", "is required");
        assertShopRejected(ok.toBuilder().goodsCount(0).build(), "shop.goods_count", "must be positive, was 0");
        assertShopRejected(ok.toBuilder().goodsName("x".repeat(129)).build(), "shop.goods_name",
                "must be at most 128 bytes in UTF-8, was 129");
        assertShopRejected(Shop.ofDetails(List.of()), "shop.img_url", "is required");
    }

    private static OrderQuery query(String orderId) {
        return OrderQuery.builder().orderId(orderId).deliveryId("SF").build();
    }

    @Test
    void batchGetOrderHoldsOneToAHundredOrders() {
        var hundredAndOne = Collections.nCopies(101, query("o"));
        assertRejected(() -> client.merchant().batchGetOrder(BatchGetOrderRequest.of(hundredAndOne)), "order_list",
                "must hold 1 to 100 orders, was 101");
        assertRejected(() -> client.merchant().batchGetOrder(BatchGetOrderRequest.of(List.of())), "order_list",
                "must hold 1 to 100 orders, was 0");
        assertRejected(() -> client.merchant().batchGetOrder(BatchGetOrderRequest.of(null)), "order_list", "is required");
        assertRejected(() -> client.merchant().batchGetOrder(BatchGetOrderRequest.of(
                List.of(query("o"), query("o2").toBuilder().deliveryId(null).build()))),
                "order_list[1].delivery_id", "is required");
        assertRejected(() -> client.merchant().batchGetOrder(BatchGetOrderRequest.of(List.of(query(null)))),
                "order_list[0].order_id", "is required");
    }

    @Test
    void otherMerchantCallsNameTheirFields() {
        assertRejected(() -> client.merchant().cancelOrder(
                CancelOrderRequest.builder().orderId("o").deliveryId("SF").build()), "waybill_id", "is required");
        assertRejected(() -> client.merchant().getQuota(GetQuotaRequest.builder().deliveryId("YUNDA").bizId("").build()),
                "biz_id", "is required");
        BindAccountRequest bind = BindAccountRequest.builder().type(BindAction.BIND).bizId("b").deliveryId("YUNDA")
                .build();
        assertRejected(() -> client.merchant().bindAccount(bind.toBuilder().type(null).build()), "type",
                "is required");
        assertRejected(() -> client.merchant().bindAccount(bind.toBuilder().deliveryId(null).build()),
                "delivery_id", "is required");
        UpdatePrinterRequest printer = UpdatePrinterRequest.builder().openid("op").updateType(BindAction.BIND).build();
        assertRejected(() -> client.merchant().updatePrinter(printer.toBuilder().openid("").build()), "openid",
                "is required");
        assertRejected(() -> client.merchant().updatePrinter(printer.toBuilder().updateType(null).build()),
                "update_type", "is required");
        assertRejected(() -> client.merchant().updatePrinter(printer.toBuilder().tagidList("1, 2").build()),
                "tagid_list", "must not contain spaces");
        assertRejected(() -> client.merchant().updatePrinter(
                printer.toBuilder().tagidList(Collections.nCopies(11, "1")).build()),
                "tagid_list", "must hold at most 10 tag IDs, was 11");
        TestUpdateOrderRequest sandbox = TestUpdateOrderRequest.builder().orderId("o").waybillId("w").actionTime(1L)
                .actionType(ActionType.SIGNED).actionMsg("m").build();
        assertRejected(() -> client.merchant().testUpdateOrder(sandbox.toBuilder().bizId("b").build()), "biz_id",
                "must be test_biz_id");
        assertRejected(() -> client.merchant().testUpdateOrder(sandbox.toBuilder().deliveryId("SF").build()),
                "delivery_id", "must be TEST");
        assertRejected(() -> client.merchant().testUpdateOrder(sandbox.toBuilder().actionTime(Instant.EPOCH).build()),
                "action_time", "must be positive, was 0");
    }

    @Test
    void newRulesNameTheirFields() {
        UpdatePrinterRequest.Builder printer = UpdatePrinterRequest.builder().openid("o").updateType(BindAction.BIND);
        assertRejected(() -> client.merchant().updatePrinter(printer.tagidList(List.of("123", "")).build()),
                "tagid_list", "must be numeric tag IDs");
        assertRejected(() -> client.merchant().updatePrinter(printer.tagidList("12a").build()),
                "tagid_list", "must be numeric tag IDs");
        assertRejected(() -> client.merchant().addOrder(Orders.valid().toBuilder().shop(Shop.ofDetails(List.of(
                ShopDetail.builder().goodsName("茶").goodsDesc("好茶").build()))).build()),
                "shop.detail_list[0].goods_img_url", "is required");
        assertRejected(() -> client.merchant().batchGetOrder(new BatchGetOrderRequest(
                java.util.Arrays.asList(query("o"), null))), "order_list[1]", "is required");
    }

    @Test
    void anEmptyTagListIsNotSent() {
        var printer = UpdatePrinterRequest.builder().openid("o").updateType(BindAction.BIND);
        assertThat(printer.tagidList(List.of()).build().tagidList()).isNull();
        assertThat(printer.tagidList(List.of("1", "2")).build().tagidList()).isEqualTo("1,2");
    }

    @Test
    void courierCallsNameTheirFields() {
        PreviewTemplateRequest preview = PreviewTemplateRequest.builder().waybillId("w").waybillTemplate("dA==")
                .waybillData("##k##v##").custom(Orders.valid()).build();
        assertRejected(() -> client.courier().previewTemplate(preview.toBuilder().custom(null).build()),
                "custom", "is required");
        assertRejected(() -> client.courier().previewTemplate(preview.toBuilder().waybillTemplate("").build()),
                "waybill_template", "is required");
        Person longName = Orders.valid().sender().toBuilder().name("名".repeat(22)).build();
        assertRejected(() -> client.courier().previewTemplate(preview.toBuilder()
                .custom(Orders.valid().toBuilder().sender(longName).build()).build()),
                "custom.sender.name", "must be at most 64 bytes in UTF-8, was 66");
        assertRejected(() -> client.courier().updateBusiness(UpdateBusinessRequest.builder().bizId("b").build()),
                "shop_app_id", "is required");
    }

    @Test
    void everyBrokenRuleOfARequestIsListedAtOnce() {
        AddOrderRequest bad = Orders.valid().toBuilder().orderId("").deliveryId(null)
                .sender(Orders.valid().sender().toBuilder().name("").build())
                .cargo(Orders.valid().cargo().toBuilder().count(0).build()).build();
        assertThatThrownBy(() -> client.merchant().addOrder(bad)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations()).extracting(ValidationException.Violation::field)
                    .containsExactly("order_id", "delivery_id", "sender.name", "cargo.count");
            assertThat(e.field()).isEqualTo("order_id");
            assertThat(e.rule()).isEqualTo("is required");
            assertThat(e.getMessage()).startsWith("4 rules broken: order_id: is required; delivery_id: is required; ");
        });
    }

    @Test
    void aLoneSurrogateInAnyTextFieldIsRefusedWithTheFieldNamed() {
        String cut = "包裹😀".substring(0, 3);   // the emoji cut in half, as substring does
        AddOrderRequest order = Orders.valid().toBuilder()
                .sender(Orders.valid().sender().toBuilder().name(cut).build())
                .cargo(Orders.valid().cargo().toBuilder().detailList(List.of(new CargoDetail(cut, 1))).build())
                .customRemark("ok 😀 whole").build();
        assertThatThrownBy(() -> client.merchant().addOrder(order)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations()).extracting(ValidationException.Violation::field)
                    .containsExactly("sender.name", "cargo.detail_list[0].name");
            assertThat(e.rule()).contains("lone surrogate").contains("at character 2");
        });
        assertRejected(() -> client.courier().updatePath(UpdatePathRequest.builder().token("t").waybillId("w")
                .actionTime(1533080000L).actionType(ActionType.SIGNED).actionMsg("签收\uDC00").build()),
                "action_msg", "must be well-formed text");
    }

    @Test
    void everyIdentifierHasOneDocumentedCap() {
        String id128 = "w".repeat(128);
        String id129 = "w".repeat(129);
        assertRejected(() -> client.merchant().getPath(GetPathRequest.builder().orderId("o").deliveryId("SF")
                .waybillId(id129).build()), "waybill_id", "must be at most 128 bytes in UTF-8, was 129");
        assertRejected(() -> client.merchant().getQuota(GetQuotaRequest.builder().deliveryId("SF").bizId(id129).build()),
                "biz_id", "must be at most 128 bytes in UTF-8, was 129");
        assertRejected(() -> client.courier().getContact(GetContactRequest.builder().token(id129).waybillId("w").build()),
                "token", "must be at most 128 bytes in UTF-8, was 129");
        assertRejected(() -> client.merchant().addOrder(Orders.valid().toBuilder().openid("中".repeat(43)).build()),
                "openid", "must be at most 128 bytes in UTF-8, was 129");
        ScriptedTransport ok = new ScriptedTransport().otherwise(r -> ScriptedTransport.json(200,
                "{\"errcode\":0,\"openid\":\"o\",\"delivery_id\":\"SF\",\"waybill_id\":\"" + id128
                        + "\",\"path_item_num\":0,\"path_item_list\":[]}"));
        try (LogisticsClient accepting = LogisticsClient.builder().accessToken("T").transport(ok).build()) {
            assertThat(accepting.merchant().getPath(GetPathRequest.builder().orderId("o").deliveryId("SF")
                    .waybillId(id128).build()).waybillId()).isEqualTo(id128);
        }
    }
}
