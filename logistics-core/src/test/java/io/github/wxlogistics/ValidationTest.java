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
            assertThat(e.getMessage()).isEqualTo(field + ": " + e.rule());
        });
    }

    @Test
    void requiredFieldsAreNamed() {
        assertRejected(() -> client.merchant().getOrder(GetOrderRequest.of(null, "SF")), "order_id", "is required");
        assertRejected(() -> client.merchant().getOrder(GetOrderRequest.of("o", " ")), "delivery_id", "is required");
        assertRejected(() -> client.merchant().getPath(GetPathRequest.of("o", "SF", null)), "waybill_id", "is required");
        assertRejected(() -> client.courier().getContact(GetContactRequest.of("", "w")), "token", "is required");
        assertRejected(() -> client.courier().updatePath(new UpdatePathRequest("t", "w", 1L, null, "m")),
                "action_type", "is required");
        assertRejected(() -> client.courier().updatePath(new UpdatePathRequest("t", "w", 1L, ActionType.SIGNED, null)),
                "action_msg", "is required");
        assertRejected(() -> client.merchant().getOrder(null), "getOrder request", "is required");
    }

    @Test
    void byteLimitsCountUtf8Bytes() {
        String chinese171 = "单".repeat(171); // 513 bytes in UTF-8, 171 chars
        assertRejected(() -> client.merchant().getOrder(GetOrderRequest.of(chinese171, "SF")), "order_id",
                "must be at most 512 bytes in UTF-8, was 513");
        assertRejected(() -> client.merchant().getOrder(GetOrderRequest.of("o", "SF").withCustomRemark("x".repeat(1025))),
                "custom_remark", "must be at most 1024 bytes in UTF-8, was 1025");
    }

    @Test
    void actionTimeMustBePositive() {
        assertRejected(() -> client.courier().updatePath(new UpdatePathRequest("t", "w", 0L, ActionType.SIGNED, "m")),
                "action_time", "must be positive, was 0");
    }

    @Test
    void asyncCallsFailTheirFutureInstead() {
        var future = client.async().merchant().getOrder(GetOrderRequest.of("o", null));
        assertThatThrownBy(future::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ValidationException.class);
    }

    private void assertAddOrderRejected(UnaryOperator<AddOrderRequest> change, String field, String rule) {
        assertRejected(() -> client.merchant().addOrder(change.apply(Orders.valid())), field, rule);
    }

    static AddOrderRequest withSender(AddOrderRequest r, Person p) {
        return new AddOrderRequest(r.addSource(), r.wxAppid(), r.orderId(), r.openid(), r.deliveryId(), r.bizId(),
                r.customRemark(), r.tagid(), p, r.receiver(), r.cargo(), r.shop(), r.insured(), r.service(),
                r.expectTime(), r.takeMode());
    }

    static AddOrderRequest withCargo(AddOrderRequest r, Cargo c) {
        return new AddOrderRequest(r.addSource(), r.wxAppid(), r.orderId(), r.openid(), r.deliveryId(), r.bizId(),
                r.customRemark(), r.tagid(), r.sender(), r.receiver(), c, r.shop(), r.insured(), r.service(),
                r.expectTime(), r.takeMode());
    }

    static AddOrderRequest withShop(AddOrderRequest r, Shop s) {
        return new AddOrderRequest(r.addSource(), r.wxAppid(), r.orderId(), r.openid(), r.deliveryId(), r.bizId(),
                r.customRemark(), r.tagid(), r.sender(), r.receiver(), r.cargo(), s, r.insured(), r.service(),
                r.expectTime(), r.takeMode());
    }

    @Test
    void addOrderPersonFieldsAreRequiredAndNamed() {
        assertAddOrderRejected(r -> withSender(r, null), "sender", "is required");
        assertAddOrderRejected(r -> withSender(r, Person.of(" ", "1", "p", "c", "a", "addr")), "sender.name", "is required");
        assertAddOrderRejected(r -> withSender(r, Person.of("n", "1", null, "c", "a", "addr")), "sender.province",
                "is required");
        assertAddOrderRejected(r -> withSender(r, Person.of("n", "1", "p", "", "a", "addr")), "sender.city", "is required");
        assertAddOrderRejected(r -> withSender(r, Person.of("n", "1", "p", "c", null, "addr")), "sender.area", "is required");
        assertAddOrderRejected(r -> withSender(r, Person.of("n", "1", "p", "c", "a", null)), "sender.address", "is required");
        assertAddOrderRejected(r -> withSender(r, Person.of("n", null, "p", "c", "a", "addr")), "sender.mobile",
                "is required when sender.tel is empty");
    }

    @Test
    void addOrderPersonByteLimits() {
        Person ok = Orders.valid().sender();
        assertAddOrderRejected(r -> withSender(r, Person.of("x".repeat(65), "1", "p", "c", "a", "addr")), "sender.name",
                "must be at most 64 bytes in UTF-8, was 65");
        assertAddOrderRejected(r -> withSender(r, ok.withTel("1".repeat(33))), "sender.tel",
                "must be at most 32 bytes in UTF-8, was 33");
        assertAddOrderRejected(r -> withSender(r, ok.withMobile("1".repeat(33))), "sender.mobile",
                "must be at most 32 bytes in UTF-8, was 33");
        assertAddOrderRejected(r -> withSender(r, ok.withCompany("单".repeat(22))), "sender.company",
                "must be at most 64 bytes in UTF-8, was 66");
        assertAddOrderRejected(r -> withSender(r, ok.withPostCode("12345678901")), "sender.post_code",
                "must be at most 10 bytes in UTF-8, was 11");
        assertAddOrderRejected(r -> withSender(r, ok.withCountry("x".repeat(65))), "sender.country",
                "must be at most 64 bytes in UTF-8, was 65");
        assertAddOrderRejected(r -> withSender(r, Person.of("n", "1", "x".repeat(65), "c", "a", "addr")),
                "sender.province", "must be at most 64 bytes");
        assertAddOrderRejected(r -> withSender(r, Person.of("n", "1", "p", "x".repeat(65), "a", "addr")), "sender.city",
                "must be at most 64 bytes");
        assertAddOrderRejected(r -> withSender(r, Person.of("n", "1", "p", "c", "x".repeat(65), "addr")), "sender.area",
                "must be at most 64 bytes");
        assertAddOrderRejected(r -> withSender(r, Person.of("n", "1", "p", "c", "a", "x".repeat(513))),
                "sender.address", "must be at most 512 bytes in UTF-8, was 513");
        assertAddOrderRejected(r -> new AddOrderRequest(r.addSource(), r.wxAppid(), r.orderId(), r.openid(),
                r.deliveryId(), r.bizId(), r.customRemark(), r.tagid(), r.sender(), Person.of("n", "1", "p", "c", "a", ""),
                r.cargo(), r.shop(), r.insured(), r.service(), r.expectTime(), r.takeMode()), "receiver.address",
                "is required");
    }

    @Test
    void addOrderTopLevelRules() {
        assertAddOrderRejected(r -> r.withCustomRemark("x".repeat(1025)), "custom_remark",
                "must be at most 1024 bytes in UTF-8, was 1025");
        assertAddOrderRejected(r -> AddOrderRequest.of("单".repeat(171), "openid", "SF", "b", r.sender(), r.receiver(),
                r.cargo(), r.shop(), r.insured(), r.service()), "order_id", "must be at most 512 bytes");
        assertAddOrderRejected(r -> AddOrderRequest.of("o", null, "SF", "b", r.sender(), r.receiver(), r.cargo(),
                r.shop(), r.insured(), r.service()), "openid", "is required");
        assertAddOrderRejected(r -> r.withAddSource(io.github.wxlogistics.model.AddSource.APP_OR_H5), "wx_appid",
                "is required");
        assertAddOrderRejected(r -> AddOrderRequest.of("o", "openid", "SF", null, r.sender(), r.receiver(), r.cargo(),
                r.shop(), r.insured(), r.service()), "biz_id", "is required");
        assertAddOrderRejected(r -> AddOrderRequest.of("o", "openid", "SF", "b", r.sender(), r.receiver(), r.cargo(),
                r.shop(), null, r.service()), "insured", "is required");
        assertAddOrderRejected(r -> AddOrderRequest.of("o", "openid", "SF", "b", r.sender(), r.receiver(), r.cargo(),
                r.shop(), r.insured(), null), "service", "is required");
        assertRejected(() -> client.merchant().addOrder(null), "addOrder request", "is required");
    }

    @Test
    void addOrderCargoRules() {
        Cargo ok = Orders.valid().cargo();
        assertAddOrderRejected(r -> withCargo(r, null), "cargo", "is required");
        assertAddOrderRejected(r -> withCargo(r, Cargo.of(ok.weight(), ok.spaceX(), ok.spaceY(), ok.spaceZ(), List.of())),
                "cargo.detail_list", "must not be empty");
        assertAddOrderRejected(r -> withCargo(r, Cargo.of(ok.weight(), ok.spaceX(), ok.spaceY(), ok.spaceZ(), null)),
                "cargo.detail_list", "must not be empty");
        assertAddOrderRejected(r -> withCargo(r, Cargo.of(null, ok.spaceX(), ok.spaceY(), ok.spaceZ(), ok.detailList())),
                "cargo.weight", "is required");
        assertAddOrderRejected(r -> withCargo(r, Cargo.of(ok.weight(), ok.spaceX(), ok.spaceY(), ok.spaceZ(),
                List.of(CargoDetail.of("衣服", 1), CargoDetail.of("x".repeat(129), 1)))),
                "cargo.detail_list[1].name", "must be at most 128 bytes in UTF-8, was 129");
        assertAddOrderRejected(r -> withCargo(r, Cargo.of(ok.weight(), ok.spaceX(), ok.spaceY(), ok.spaceZ(),
                List.of(CargoDetail.of("衣服", 0)))), "cargo.detail_list[0].count", "must be positive, was 0");
        assertAddOrderRejected(r -> withCargo(r, ok.withCount(0)), "cargo.count", "must be positive, was 0");
    }

    @Test
    void addOrderShopRules() {
        assertAddOrderRejected(r -> withShop(r, null), "shop", "is required");
        assertAddOrderRejected(r -> withShop(r, Shop.of(null, "衣服", 1)), "shop.img_url", "is required");
        assertAddOrderRejected(r -> withShop(r, Shop.of("u", "", 1)), "shop.goods_name", "is required");
        assertAddOrderRejected(r -> withShop(r, new Shop(null, "u", "n", null, null)), "shop.goods_count", "is required");
        assertAddOrderRejected(r -> withShop(r, Shop.of("u", "n", 0)), "shop.goods_count", "must be positive, was 0");
        assertAddOrderRejected(r -> withShop(r, Shop.of("u", "x".repeat(129), 1)), "shop.goods_name",
                "must be at most 128 bytes in UTF-8, was 129");
        assertAddOrderRejected(r -> withShop(r, Shop.ofDetails(List.of())), "shop.img_url", "is required");
    }

    @Test
    void batchGetOrderHoldsOneToAHundredOrders() {
        var hundredAndOne = Collections.nCopies(101, OrderQuery.of("o", "SF"));
        assertRejected(() -> client.merchant().batchGetOrder(BatchGetOrderRequest.of(hundredAndOne)), "order_list",
                "must hold 1 to 100 orders, was 101");
        assertRejected(() -> client.merchant().batchGetOrder(BatchGetOrderRequest.of(List.of())), "order_list",
                "must hold 1 to 100 orders, was 0");
        assertRejected(() -> client.merchant().batchGetOrder(BatchGetOrderRequest.of(null)), "order_list", "is required");
        assertRejected(() -> client.merchant().batchGetOrder(BatchGetOrderRequest.of(
                List.of(OrderQuery.of("o", "SF"), OrderQuery.of("o2", null)))), "order_list[1].delivery_id", "is required");
        assertRejected(() -> client.merchant().batchGetOrder(BatchGetOrderRequest.of(
                List.of(OrderQuery.of(null, "SF")))), "order_list[0].order_id", "is required");
    }

    @Test
    void otherMerchantCallsNameTheirFields() {
        assertRejected(() -> client.merchant().cancelOrder(CancelOrderRequest.of("o", "SF", null)), "waybill_id",
                "is required");
        assertRejected(() -> client.merchant().getQuota(GetQuotaRequest.of("YUNDA", "")), "biz_id", "is required");
        assertRejected(() -> client.merchant().bindAccount(BindAccountRequest.of(null, "b", "YUNDA")), "type",
                "is required");
        assertRejected(() -> client.merchant().bindAccount(BindAccountRequest.of(BindAction.BIND, "b", null)),
                "delivery_id", "is required");
        assertRejected(() -> client.merchant().updatePrinter(UpdatePrinterRequest.of("", BindAction.BIND)), "openid",
                "is required");
        assertRejected(() -> client.merchant().updatePrinter(UpdatePrinterRequest.of("op", null)), "update_type",
                "is required");
        assertRejected(() -> client.merchant().updatePrinter(new UpdatePrinterRequest("op", BindAction.BIND, "1, 2")),
                "tagid_list", "must not contain spaces");
        assertRejected(() -> client.merchant().updatePrinter(UpdatePrinterRequest.of("op", BindAction.BIND)
                .withTagids(Collections.nCopies(11, "1"))), "tagid_list", "must hold at most 10 tag IDs, was 11");
        assertRejected(() -> client.merchant().testUpdateOrder(new TestUpdateOrderRequest("b", "o", "TEST", "w", 1L,
                ActionType.SIGNED, "m")), "biz_id", "must be test_biz_id");
        assertRejected(() -> client.merchant().testUpdateOrder(new TestUpdateOrderRequest("test_biz_id", "o", "SF", "w",
                1L, ActionType.SIGNED, "m")), "delivery_id", "must be TEST");
        assertRejected(() -> client.merchant().testUpdateOrder(TestUpdateOrderRequest.of("o", "w", Instant.EPOCH,
                ActionType.SIGNED, "m")), "action_time", "must be positive, was 0");
    }

    @Test
    void newRulesNameTheirFields() {
        assertRejected(() -> client.merchant().updatePrinter(UpdatePrinterRequest.of("o", BindAction.BIND)
                .withTagids(List.of("123", ""))), "tagid_list", "must be numeric tag IDs");
        assertRejected(() -> client.merchant().updatePrinter(new UpdatePrinterRequest("o", BindAction.BIND, "12a")),
                "tagid_list", "must be numeric tag IDs");
        assertRejected(() -> client.merchant().addOrder(withShop(Orders.valid(), Shop.ofDetails(List.of(
                new io.github.wxlogistics.model.ShopDetail("茶", null, "好茶"))))),
                "shop.detail_list[0].goods_img_url", "is required");
        assertRejected(() -> client.merchant().batchGetOrder(new BatchGetOrderRequest(
                java.util.Arrays.asList(OrderQuery.of("o", "SF"), null))), "order_list[1]", "is required");
    }

    @Test
    void anEmptyTagListIsNotSent() {
        assertThat(UpdatePrinterRequest.of("o", BindAction.BIND).withTagids(List.of()).tagidList()).isNull();
    }

    @Test
    void courierCallsNameTheirFields() {
        assertRejected(() -> client.courier().previewTemplate(PreviewTemplateRequest.of("w", "dA==", "##k##v##", null)),
                "custom", "is required");
        assertRejected(() -> client.courier().previewTemplate(PreviewTemplateRequest.of("w", "", "##k##v##",
                Orders.valid())), "waybill_template", "is required");
        assertRejected(() -> client.courier().previewTemplate(PreviewTemplateRequest.of("w", "dA==", "##k##v##",
                withSender(Orders.valid(), Person.of("名".repeat(22), "1", "p", "c", "a", "d")))),
                "custom.sender.name", "must be at most 64 bytes in UTF-8, was 66");
        assertRejected(() -> client.courier().updateBusiness(UpdateBusinessRequest.approved(null, "b")), "shop_app_id",
                "is required");
    }
}
