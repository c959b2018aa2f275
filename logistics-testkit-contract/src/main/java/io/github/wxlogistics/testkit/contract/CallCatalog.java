package io.github.wxlogistics.testkit.contract;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.BatchGetOrderRequest;
import io.github.wxlogistics.model.BindAccountRequest;
import io.github.wxlogistics.model.BindAction;
import io.github.wxlogistics.model.CancelOrderRequest;
import io.github.wxlogistics.model.GetContactRequest;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetQuotaRequest;
import io.github.wxlogistics.model.OrderQuery;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.PreviewTemplateRequest;
import io.github.wxlogistics.model.TestUpdateOrderRequest;
import io.github.wxlogistics.model.UpdateBusinessRequest;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.model.UpdatePrinterRequest;
import io.github.wxlogistics.model.WaybillData;
import io.github.wxlogistics.model.AddReturnRequest;
import io.github.wxlogistics.model.GoodsDetail;
import io.github.wxlogistics.model.GoodsInfo;
import io.github.wxlogistics.model.QueryTraceRequest;
import io.github.wxlogistics.model.ReturnGoods;
import io.github.wxlogistics.model.ReturnIdRequest;
import io.github.wxlogistics.model.TraceWaybillRequest;
import io.github.wxlogistics.model.UpdateWaybillGoodsRequest;
import io.github.wxlogistics.model.insurance.ApplyPayRequest;
import io.github.wxlogistics.model.insurance.ChargeIdRequest;
import io.github.wxlogistics.model.insurance.ChargeOrderStatus;
import io.github.wxlogistics.model.insurance.ClaimRequest;
import io.github.wxlogistics.model.insurance.InsuranceAddress;
import io.github.wxlogistics.model.insurance.InsuranceGoods;
import io.github.wxlogistics.model.insurance.InsuranceOrderRequest;
import io.github.wxlogistics.model.insurance.InsuranceProductInfo;
import io.github.wxlogistics.model.insurance.NotifyFundsRequest;
import io.github.wxlogistics.model.insurance.PayOrderListRequest;
import io.github.wxlogistics.model.insurance.PolicyListRequest;
import io.github.wxlogistics.model.insurance.SummaryRequest;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.SampleRequests;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Each call with a valid request for the fake server's demo data, by operation name: the 16 Logistics
 * Assistant calls, the 13 of the tracking, message and return components, the 11 of freight insurance.
 */
final class CallCatalog {

    static final String ORDER_ID = "01234567890123456789";
    static final String WAYBILL_ID = "123456789";

    private CallCatalog() {
    }

    /** A cash order, with the pickup time a cash order needs. */
    static AddOrderRequest order(String orderId) {
        return SampleRequests.cashOrder(orderId);
    }

    /** A valid insured order: paid a minute ago, so within createorder's 3 days. */
    static InsuranceOrderRequest insuredOrder(String orderNo, String deliveryNo) {
        InsuranceAddress place = InsuranceAddress.builder().province("广东省").city("广州市").county("海珠区")
                .address("新港中路1号").build();
        return InsuranceOrderRequest.builder().openid("oBuyer").orderNo(orderNo)
                .payTime(Instant.now().minusSeconds(60)).payAmount(9900).deliveryNo(deliveryNo).deliveryPlace(place)
                .receiptPlace(place).productInfo(InsuranceProductInfo.of("pages/o", InsuranceGoods.of("衣服", "u")))
                .build();
    }

    /** A valid trace_waybill request. */
    static TraceWaybillRequest trace(String waybillId) {
        return TraceWaybillRequest.builder().openid("oBuyer").receiverPhone("13800000000").waybillId(waybillId)
                .transId("4200000001").deliveryId("YTO")
                .goodsInfo(GoodsInfo.of(GoodsDetail.of("衣服", "https://example.com/a.png"))).build();
    }

    /** A valid return, with {@code wxPayId} for no_worry_return/add or {@code null} for the legacy add. */
    static AddReturnRequest addReturn(String shopOrderId, String wxPayId) {
        Person biz = Person.builder().name("仓库").mobile("13800000000").province("广东省").city("广州市")
                .area("海珠区").address("新港中路1号").build();
        return AddReturnRequest.builder().shopOrderId(shopOrderId).bizAddr(biz).openid("oBuyer").orderPath("pages/o")
                .goodsList(List.of(ReturnGoods.of("衣服", "u"))).orderPrice(9900).wxPayId(wxPayId).build();
    }

    /** The value {@code make} gives the first time, kept: an id a later call needs, made once through the client. */
    private static <T> Function<LogisticsClient, T> once(Function<LogisticsClient, T> make) {
        AtomicReference<T> kept = new AtomicReference<>();
        return c -> {
            T value = kept.get();
            if (value == null) {
                value = make.apply(c);
                kept.set(value);
            }
            return value;
        };
    }

    /** Every call, in the order of {@link FakeWeChatServer#operations()}; each returns its reply ({@code null} for status-only calls). */
    static Map<String, Function<LogisticsClient, Object>> everyCall(FakeWeChatServer server) {
        Map<String, Function<LogisticsClient, Object>> calls = logisticsAssistant(server);
        components(server, calls);
        freightInsurance(calls);
        return calls;
    }

    /** The tracking, message and return components; ids a call needs are made once by the call that makes them. */
    @SuppressWarnings("deprecation")
    private static void components(FakeWeChatServer server, Map<String, Function<LogisticsClient, Object>> calls) {
        String payId = "4200000000000000000000000009";
        Function<LogisticsClient, String> traced = once(c -> c.tracking().traceWaybill(trace("YTFUZZ1")).waybillToken());
        Function<LogisticsClient, String> followed = once(c -> c.tracking().followWaybill(trace("YTFUZZ2")).waybillToken());
        GoodsInfo goods = GoodsInfo.of(GoodsDetail.of("鞋", "https://example.com/b.png"));
        calls.put("traceWaybill", c -> c.tracking().traceWaybill(trace("YTFUZZ0")));
        calls.put("queryTrace", c -> c.tracking().queryTrace(QueryTraceRequest.of(traced.apply(c))));
        calls.put("updateWaybillGoods", c -> {
            c.tracking().updateWaybillGoods(UpdateWaybillGoodsRequest.of(traced.apply(c), goods));
            return null;
        });
        calls.put("getDeliveryList", c -> c.tracking().getDeliveryList());
        calls.put("followWaybill", c -> c.tracking().followWaybill(trace("YTFUZZ3")));
        calls.put("queryFollowTrace", c -> c.tracking().queryFollowTrace(QueryTraceRequest.of(followed.apply(c))));
        calls.put("updateFollowWaybillGoods", c -> {
            c.tracking().updateFollowWaybillGoods(UpdateWaybillGoodsRequest.of(followed.apply(c), goods));
            return null;
        });
        // The unbinds need a return the user shipped back by themselves (status 2), one per path.
        Function<LogisticsClient, String> current = once(c -> {
            String id = c.returns().addReturnId(addReturn("FUZZ-R1", payId)).returnId();
            server.returns().shipBack(id, "YTO", "YTFUZZ4");
            return id;
        });
        Function<LogisticsClient, String> legacy = once(c -> {
            String id = c.returns().addReturn(addReturn("FUZZ-R2", null)).returnId();
            server.returns().shipBack(id, "YTO", "YTFUZZ5");
            return id;
        });
        calls.put("addReturnId", c -> c.returns().addReturnId(addReturn("FUZZ-R0", payId)));
        calls.put("getReturnId", c -> c.returns().getReturnId(ReturnIdRequest.of(current.apply(c))));
        calls.put("unbindReturnId", c -> {
            c.returns().unbindReturnId(ReturnIdRequest.of(current.apply(c)));
            return null;
        });
        calls.put("addReturn", c -> c.returns().addReturn(addReturn("FUZZ-R3", null)));
        calls.put("getReturn", c -> c.returns().getReturn(ReturnIdRequest.of(legacy.apply(c))));
        calls.put("unbindReturn", c -> {
            c.returns().unbindReturn(ReturnIdRequest.of(legacy.apply(c)));
            return null;
        });
    }

    /** Freight insurance: open first, then a policy to claim and a charge order to pay. */
    private static void freightInsurance(Map<String, Function<LogisticsClient, Object>> calls) {
        String orderNo = "4200000000000000000000000010";
        Supplier<Long> now = () -> Instant.now().getEpochSecond();
        Function<LogisticsClient, Long> chargeOrder = once(c -> c.freightInsurance().createChargeId(ChargeIdRequest.of(100))
                .orderId());
        calls.put("insurance_freight_open", c -> {
            c.freightInsurance().open();
            return null;
        });
        calls.put("insurance_freight_query_open", c -> c.freightInsurance().queryOpen());
        calls.put("insurance_freight_createorder", c -> c.freightInsurance().createOrder(insuredOrder(orderNo, "SFFUZZ1")));
        calls.put("insurance_freight_claim", c -> c.freightInsurance().claim(ClaimRequest.builder().openid("oBuyer")
                .orderNo(orderNo).refundDeliveryNo("YTFUZZ9").refundCompany("圆通速递").build()));
        calls.put("insurance_freight_createchargeid", c -> c.freightInsurance().createChargeId(ChargeIdRequest.of(20000)));
        calls.put("insurance_freight_applypay", c -> c.freightInsurance().applyPay(ApplyPayRequest.of(chargeOrder.apply(c))));
        calls.put("insurance_freight_getpayorderlist", c -> c.freightInsurance().getPayOrderList(
                PayOrderListRequest.builder().statusList(ChargeOrderStatus.AWAITING_PAYMENT).build()));
        calls.put("insurance_freight_refund", c -> {
            c.freightInsurance().refund();
            return null;
        });
        calls.put("insurance_freight_getsummary", c -> c.freightInsurance().getSummary(
                new SummaryRequest(now.get() - 3600, now.get() + 60)));
        calls.put("insurance_freight_getorderlist", c -> c.freightInsurance().getOrderList(
                PolicyListRequest.builder().sortDirect(1).build()));
        calls.put("insurance_freight_update_notify_funds", c -> {
            c.freightInsurance().updateNotifyFunds(NotifyFundsRequest.of(500));
            return null;
        });
    }

    /** The 16 Logistics Assistant calls. */
    private static Map<String, Function<LogisticsClient, Object>> logisticsAssistant(FakeWeChatServer server) {
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
