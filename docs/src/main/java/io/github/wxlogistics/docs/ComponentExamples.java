package io.github.wxlogistics.docs;

// tag::imports[]
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.model.AddReturnRequest;
import io.github.wxlogistics.model.GetDeliveryListResponse;
import io.github.wxlogistics.model.GetReturnResponse;
import io.github.wxlogistics.model.GoodsDetail;
import io.github.wxlogistics.model.GoodsInfo;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.QueryTraceRequest;
import io.github.wxlogistics.model.QueryTraceResponse;
import io.github.wxlogistics.model.ReturnGoods;
import io.github.wxlogistics.model.ReturnIdRequest;
import io.github.wxlogistics.model.ReturnMethod;
import io.github.wxlogistics.model.TraceWaybillRequest;
import io.github.wxlogistics.model.UpdateWaybillGoodsRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
// end::imports[]

/** The examples docs/tracking.md and docs/returns.md quote; ComponentExamplesTest runs each against the fake server. */
public final class ComponentExamples {

    private ComponentExamples() {
    }

    /** The carrier ids by name, for WeChat Pay's shipping-info upload. */
    public static Map<String, String> carrierCodes(LogisticsClient client) {
        // tag::delivery-list[]
        GetDeliveryListResponse carriers = client.tracking().getDeliveryList();   // POST {}: about 1,500 carriers
        Map<String, String> idByName = carriers.deliveryList().stream()
                .collect(Collectors.toMap(c -> c.deliveryName(), c -> c.deliveryId(), (a, b) -> a));
        // end::delivery-list[]
        return idByName;
    }

    /** Hands a shipped waybill to WeChat; returns the token the mini program opens the plugin with. */
    public static String trace(LogisticsClient client, String openid, String waybillId, String transId) {
        // tag::trace[]
        String waybillToken = client.tracking().traceWaybill(TraceWaybillRequest.builder()
                .openid(openid)                                  // the buyer
                .receiverPhone("13800000000")                    // some carriers need it to find the waybill
                .waybillId(waybillId)
                .deliveryId("YTO")                               // from getDeliveryList; optional
                .transId(transId)                                // the WeChat Pay transaction, 420...
                .orderDetailPath("pages/order/detail?id=1001")  // where the plugin's card leads
                .goodsInfo(GoodsInfo.of(GoodsDetail.of("纯棉T恤", "https://example.com/tshirt.png")))
                .build()).waybillToken();
        // pass waybillToken to the mini program: logisticsPlugin.openWaybillTracking({waybillToken})
        // end::trace[]
        return waybillToken;
    }

    /** Where the parcel is; changes the goods once it is signed for (the example's whim). */
    public static QueryTraceResponse queryAndUpdate(LogisticsClient client, String waybillToken) {
        // tag::query[]
        QueryTraceResponse trace = client.tracking().queryTrace(QueryTraceRequest.of(waybillToken));
        if (trace.waybillInfo().status().isSigned()) {
            client.tracking().updateWaybillGoods(UpdateWaybillGoodsRequest.of(waybillToken,
                    GoodsInfo.of(GoodsDetail.of("纯棉T恤（已签收）", "https://example.com/tshirt.png"))));
        }
        // end::query[]
        return trace;
    }

    /** The same query without blocking; quota exhaustion read as "no answer today". */
    public static CompletableFuture<String> statusAsync(LogisticsClient client, String waybillToken) {
        // tag::query-async[]
        CompletableFuture<String> status = client.async().tracking().queryTrace(QueryTraceRequest.of(waybillToken))
                .thenApply(trace -> trace.waybillInfo().status().toString())
                .exceptionally(e -> e.getCause() instanceof ApiException api && api.isQuotaExhausted()
                        ? "quota used up for today" : "unknown: " + e.getCause().getMessage());
        // end::query-async[]
        return status;
    }

    /** Creates a return for an insured order. */
    public static String addReturn(LogisticsClient client, String shopOrderId, String openid, String wxPayId) {
        // tag::return-add[]
        Person warehouse = Person.builder()
                .name("退货仓").mobile("13800000000")
                .province("广东省").city("广州市").area("海珠区").address("新港中路1号")
                .build();
        String returnId;
        try {
            returnId = client.returns().addReturnId(AddReturnRequest.builder()
                    .shopOrderId(shopOrderId)                    // your return number, one return id each
                    .bizAddr(warehouse)
                    .openid(openid)
                    .orderPath("pages/order/detail?id=1001")
                    .goodsList(List.of(ReturnGoods.of("纯棉T恤", "https://example.com/tshirt.png")))
                    .orderPrice(9900)                            // fen: 99.00 yuan
                    .wxPayId(wxPayId)                            // the insured WeChat Pay transaction
                    .build()).returnId();
        } catch (ApiException e) {
            if (!e.isAlreadyExists()) {
                throw e;
            }
            returnId = null;                                     // 9300522: added before; look it up in your records
        }
        // end::return-add[]
        return returnId;
    }

    /** Reads a return and releases it once the user shipped it back. */
    public static GetReturnResponse readAndRelease(LogisticsClient client, String returnId) {
        // tag::return-get[]
        GetReturnResponse r = client.returns().getReturnId(ReturnIdRequest.of(returnId));
        if (ReturnMethod.SELF_SHIP.equals(r.status())) {           // only then may it be unbound (else 40097)
            client.returns().unbindReturnId(ReturnIdRequest.of(returnId));
        }
        // end::return-get[]
        return r;
    }
}
