package io.github.wxlogistics.internal.validation;

import io.github.wxlogistics.model.intracity.IntracityAddOrderRequest;
import io.github.wxlogistics.model.intracity.AddressInfo;
import io.github.wxlogistics.model.intracity.BalanceQueryRequest;
import io.github.wxlogistics.model.intracity.IntracityCancelOrderRequest;
import io.github.wxlogistics.model.intracity.CreateStoreRequest;
import io.github.wxlogistics.model.intracity.GetCityRequest;
import io.github.wxlogistics.model.intracity.GetPayModeRequest;
import io.github.wxlogistics.model.intracity.IntracityCargo;
import io.github.wxlogistics.model.intracity.Item;
import io.github.wxlogistics.model.intracity.MockNotifyRequest;
import io.github.wxlogistics.model.intracity.PayMode;
import io.github.wxlogistics.model.intracity.PreAddOrderRequest;
import io.github.wxlogistics.model.intracity.QueryFlowRequest;
import io.github.wxlogistics.model.intracity.QueryOrderRequest;
import io.github.wxlogistics.model.intracity.QueryStoreRequest;
import io.github.wxlogistics.model.intracity.ServiceTrans;
import io.github.wxlogistics.model.intracity.SetPayModeRequest;
import io.github.wxlogistics.model.intracity.StoreChargeRequest;
import io.github.wxlogistics.model.intracity.StoreContent;
import io.github.wxlogistics.model.intracity.StoreRefundRequest;
import io.github.wxlogistics.model.intracity.UpdateStoreRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * The input rules of the intracity calls (同城配送), recorded in a {@link Checks} with the wire
 * field's name, as {@link RequestRules} does for the Logistics Assistant. WeChat documents no byte
 * limits for these fields: text is capped at {@link #TEXT_MAX_BYTES}, identifiers at
 * {@link Checks#ID_MAX_BYTES}.
 */
public final class IntracityRules {

    /** The cap on free text (names, addresses, paths) WeChat documents no limit for. */
    static final int TEXT_MAX_BYTES = 512;
    /** The cap on a callback URL. */
    static final int URL_MAX_BYTES = 1024;
    private static final Set<String> CARRIERS = Set.of(ServiceTrans.DADA, ServiceTrans.SFTC);
    private static final Set<Integer> CANCEL_REASONS = Set.of(IntracityCancelOrderRequest.NOT_NEEDED,
            IntracityCancelOrderRequest.WRONG_DETAILS, IntracityCancelOrderRequest.NO_RIDER, IntracityCancelOrderRequest.OTHER);
    private static final BigDecimal LAT_MAX = BigDecimal.valueOf(90);
    private static final BigDecimal LNG_MAX = BigDecimal.valueOf(180);
    /** Times from 5138 on look like milliseconds. */
    private static final long SECONDS_MAX = 99_999_999_999L;

    private IntracityRules() {
    }

    /** intracity_createstore. */
    public static void createStore(Checks v, CreateStoreRequest r) {
        if (!v.requiredValue("intracity_createstore request", r)) {
            return;
        }
        v.id("out_store_id", r.outStoreId());
        v.required("store_name", r.storeName(), TEXT_MAX_BYTES);
        if (r.orderPattern() != null && r.orderPattern() != 1 && r.orderPattern() != 2) {
            v.add("order_pattern", "must be 1 (price first) or 2 (carrier first), was " + r.orderPattern());
        }
        carrier(v, "service_trans_prefer", r.serviceTransPrefer());
        if (r.orderPattern() != null && r.orderPattern() == 2 && r.serviceTransPrefer() == null) {
            v.add("service_trans_prefer", "is required when order_pattern is 2 (carrier first)");
        }
        if (v.requiredValue("address_info", r.addressInfo())) {
            address(v, "address_info", r.addressInfo());
        }
    }

    /** intracity_querystore. */
    public static void queryStore(Checks v, QueryStoreRequest r) {
        if (!v.requiredValue("intracity_querystore request", r)) {
            return;
        }
        v.optionalId("wx_store_id", r.wxStoreId());
        v.optionalId("out_store_id", r.outStoreId());
    }

    /** intracity_updatestore. */
    public static void updateStore(Checks v, UpdateStoreRequest r) {
        if (!v.requiredValue("intracity_updatestore request", r)) {
            return;
        }
        if (v.requiredValue("keys", r.keys())) {
            if (r.keys().wxStoreId() == null && r.keys().outStoreId() == null) {
                v.add("keys", "must give wx_store_id or out_store_id");
            }
            v.optionalId("keys.wx_store_id", r.keys().wxStoreId());
            v.optionalId("keys.out_store_id", r.keys().outStoreId());
        }
        StoreContent c = r.content();
        if (!v.requiredValue("content", c)) {
            return;
        }
        if (c.storeName() == null && c.orderPattern() == null && c.serviceTransPrefer() == null && c.addressInfo() == null) {
            v.add("content", "must change at least one field");
        }
        v.maxBytes("content.store_name", c.storeName(), TEXT_MAX_BYTES);
        if (c.orderPattern() != null && !c.orderPattern().equals("1") && !c.orderPattern().equals("2")) {
            v.add("content.order_pattern", "must be \"1\" (price first) or \"2\" (carrier first), was \"" + c.orderPattern() + "\"");
        }
        carrier(v, "content.service_trans_prefer", c.serviceTransPrefer());
        if (c.addressInfo() != null) {
            address(v, "content.address_info", c.addressInfo());
        }
    }

    /** intracity_storecharge. */
    public static void storeCharge(Checks v, StoreChargeRequest r) {
        if (!v.requiredValue("intracity_storecharge request", r)) {
            return;
        }
        storeFor(v, r.wxStoreId(), r.payMode());
        requiredCarrier(v, "service_trans_id", r.serviceTransId());
        if (v.requiredValue("amount", r.amount()) && r.amount() < StoreChargeRequest.MIN_AMOUNT_FEN) {
            v.add("amount", "must be at least " + StoreChargeRequest.MIN_AMOUNT_FEN + " fen (50 yuan), was " + r.amount());
        }
    }

    /** intracity_storerefund. */
    public static void storeRefund(Checks v, StoreRefundRequest r) {
        if (!v.requiredValue("intracity_storerefund request", r)) {
            return;
        }
        storeFor(v, r.wxStoreId(), r.payMode());
        requiredCarrier(v, "service_trans_id", r.serviceTransId());
    }

    /** intracity_queryflow. */
    public static void queryFlow(Checks v, QueryFlowRequest r) {
        if (!v.requiredValue("intracity_queryflow request", r)) {
            return;
        }
        v.id("wx_store_id", r.wxStoreId());
        if (v.requiredValue("flow_type", r.flowType()) && (r.flowType() < 1 || r.flowType() > 3)) {
            v.add("flow_type", "must be 1 (top-ups), 2 (spending) or 3 (refunds), was " + r.flowType());
        }
        carrier(v, "service_trans_id", r.serviceTransId());
        v.requiredValue("pay_mode", r.payMode());
        seconds(v, "begin_time", r.beginTime());
        seconds(v, "end_time", r.endTime());
        if (r.beginTime() != null && r.endTime() != null && r.beginTime() > r.endTime()) {
            v.add("end_time", "must not be before begin_time (" + r.beginTime() + "), was " + r.endTime());
        }
    }

    /** intracity_balancequery. */
    public static void balanceQuery(Checks v, BalanceQueryRequest r) {
        if (!v.requiredValue("intracity_balancequery request", r)) {
            return;
        }
        storeFor(v, r.wxStoreId(), r.payMode());
        carrier(v, "service_trans_id", r.serviceTransId());
    }

    /** intracity_preaddorder. */
    public static void preAddOrder(Checks v, PreAddOrderRequest r) {
        if (!v.requiredValue("intracity_preaddorder request", r)) {
            return;
        }
        v.id("wx_store_id", r.wxStoreId());
        receiver(v, r.userName(), r.userPhone(), r.userAddress(), r.userLat(), r.userLng());
        sandbox(v, r.useSandbox());
        if (v.requiredValue("cargo", r.cargo())) {
            cargo(v, r.cargo());
        }
    }

    /** intracity_addorder. */
    public static void addOrder(Checks v, IntracityAddOrderRequest r) {
        if (!v.requiredValue("intracity_addorder request", r)) {
            return;
        }
        v.id("wx_store_id", r.wxStoreId());
        v.id("store_order_id", r.storeOrderId());
        v.id("user_openid", r.userOpenid());
        receiver(v, r.userName(), r.userPhone(), r.userAddress(), r.userLat(), r.userLng());
        v.maxBytes("order_seq", r.orderSeq(), Checks.ID_MAX_BYTES);
        if (r.verifyCodeType() != null && !Set.of("0", "1", "2", "3").contains(r.verifyCodeType())) {
            v.add("verify_code_type", "must be \"0\" (none), \"1\" (pickup code), \"2\" (delivery code) or \"3\" (both), was \""
                    + r.verifyCodeType() + "\"");
        }
        v.required("order_detail_path", r.orderDetailPath(), TEXT_MAX_BYTES);
        if (r.callbackUrl() != null && v.maxBytes("callback_url", r.callbackUrl(), URL_MAX_BYTES)) {
            callbackUrl(v, r.callbackUrl());
        }
        sandbox(v, r.useSandbox());
        if (r.cargo() != null) {
            cargo(v, r.cargo());
        }
    }

    /** intracity_queryorder. */
    public static void queryOrder(Checks v, QueryOrderRequest r) {
        if (v.requiredValue("intracity_queryorder request", r)) {
            orderKey(v, r.wxOrderId(), r.wxStoreId(), r.storeOrderId());
        }
    }

    /** intracity_cancelorder. */
    public static void cancelOrder(Checks v, IntracityCancelOrderRequest r) {
        if (!v.requiredValue("intracity_cancelorder request", r)) {
            return;
        }
        orderKey(v, r.wxOrderId(), r.wxStoreId(), r.storeOrderId());
        if (v.requiredValue("cancel_reason_id", r.cancelReasonId()) && !CANCEL_REASONS.contains(r.cancelReasonId())) {
            v.add("cancel_reason_id", "must be 1, 2, 3 or 99, was " + r.cancelReasonId());
        }
        if (r.cancelReasonId() != null && r.cancelReasonId() == IntracityCancelOrderRequest.OTHER) {
            v.required("cancel_reason", r.cancelReason(), TEXT_MAX_BYTES);
        } else {
            v.maxBytes("cancel_reason", r.cancelReason(), TEXT_MAX_BYTES);
        }
    }

    /** intracity_mocknotify. */
    public static void mockNotify(Checks v, MockNotifyRequest r) {
        if (!v.requiredValue("intracity_mocknotify request", r)) {
            return;
        }
        orderKey(v, r.wxOrderId(), r.wxStoreId(), r.storeOrderId());
        if (v.requiredValue("order_status", r.orderStatus()) && !r.orderStatus().isKnown()) {
            v.add("order_status", "must be a documented status (10000 to 90000), was " + r.orderStatus().code());
        }
    }

    /** intracity_setpaymode. */
    public static void setPayMode(Checks v, SetPayModeRequest r) {
        if (v.requiredValue("intracity_setpaymode request", r)) {
            v.id("appid", r.appid());
            v.requiredValue("pay_mode", r.payMode());
        }
    }

    /** intracity_getpaymode. */
    public static void getPayMode(Checks v, GetPayModeRequest r) {
        if (v.requiredValue("intracity_getpaymode request", r)) {
            v.id("appid", r.appid());
        }
    }

    /** intracity_getcity. */
    public static void getCity(Checks v, GetCityRequest r) {
        if (v.requiredValue("intracity_getcity request", r)) {
            carrier(v, "service_trans_id", r.serviceTransId());
        }
    }

    private static void address(Checks v, String at, AddressInfo a) {
        v.required(at + ".province", a.province(), TEXT_MAX_BYTES);
        v.required(at + ".city", a.city(), TEXT_MAX_BYTES);
        v.required(at + ".area", a.area(), TEXT_MAX_BYTES);
        v.maxBytes(at + ".street", a.street(), TEXT_MAX_BYTES);
        v.required(at + ".house", a.house(), TEXT_MAX_BYTES);
        coordinate(v, at + ".lat", a.lat(), LAT_MAX);
        coordinate(v, at + ".lng", a.lng(), LNG_MAX);
        v.id(at + ".phone", a.phone());
    }

    private static void receiver(Checks v, String name, String phone, String address, BigDecimal lat, BigDecimal lng) {
        v.required("user_name", name, TEXT_MAX_BYTES);
        v.id("user_phone", phone);
        v.required("user_address", address, TEXT_MAX_BYTES);
        coordinate(v, "user_lng", lng, LNG_MAX);
        coordinate(v, "user_lat", lat, LAT_MAX);
    }

    private static void cargo(Checks v, IntracityCargo c) {
        v.required("cargo.cargo_name", c.cargoName(), TEXT_MAX_BYTES);
        if (v.requiredValue("cargo.cargo_weight", c.cargoWeight())) {
            v.positive("cargo.cargo_weight", c.cargoWeight());
        }
        if (v.requiredValue("cargo.cargo_price", c.cargoPrice()) && c.cargoPrice() < 0) {
            v.add("cargo.cargo_price", "must not be negative, was " + c.cargoPrice());
        }
        v.requiredValue("cargo.cargo_type", c.cargoType());
        if (v.requiredValue("cargo.cargo_num", c.cargoNum())) {
            v.positive("cargo.cargo_num", c.cargoNum());
        }
        List<Item> items = c.itemList();
        for (int i = 0; items != null && i < items.size(); i++) {
            String at = "cargo.item_list[" + i + "]";
            Item item = items.get(i);
            if (v.requiredValue(at, item)) {
                v.required(at + ".item_name", item.itemName(), TEXT_MAX_BYTES);
                v.maxBytes(at + ".item_pic_url", item.itemPicUrl(), URL_MAX_BYTES);
                if (v.requiredValue(at + ".count", item.count())) {
                    v.positive(at + ".count", item.count());
                }
            }
        }
    }

    private static void coordinate(Checks v, String field, BigDecimal value, BigDecimal max) {
        if (v.requiredValue(field, value) && value.abs().compareTo(max) > 0) {
            v.add(field, "must be between -" + max + " and " + max + " degrees, was " + value.toPlainString());
        }
    }

    private static void orderKey(Checks v, String wxOrderId, String wxStoreId, String storeOrderId) {
        if (wxOrderId == null && (wxStoreId == null || storeOrderId == null)) {
            v.add("wx_order_id", "is required unless wx_store_id and store_order_id are both given");
        }
        v.optionalId("wx_order_id", wxOrderId);
        v.optionalId("wx_store_id", wxStoreId);
        v.optionalId("store_order_id", storeOrderId);
    }

    private static void storeFor(Checks v, String wxStoreId, PayMode payMode) {
        if (payMode == null || payMode.equals(PayMode.STORE)) {
            v.id("wx_store_id", wxStoreId);
        } else {
            v.optionalId("wx_store_id", wxStoreId);
        }
    }

    private static void requiredCarrier(Checks v, String field, String value) {
        if (v.required(field, value)) {
            carrier(v, field, value);
        }
    }

    private static void carrier(Checks v, String field, String value) {
        if (value != null && !CARRIERS.contains(value)) {
            v.add(field, "must be DADA or SFTC, was \"" + (value.length() <= 32 ? value : value.substring(0, 32) + "...")
                    + "\"");
        }
    }

    private static void sandbox(Checks v, Integer useSandbox) {
        if (useSandbox != null && useSandbox != 0 && useSandbox != 1) {
            v.add("use_sandbox", "must be 0 or 1, was " + useSandbox);
        }
    }

    private static void seconds(Checks v, String field, Long value) {
        if (value != null && (value < 0 || value > SECONDS_MAX)) {
            v.add(field, "must be Unix seconds, was " + value + (value > SECONDS_MAX ? " (milliseconds?)" : ""));
        }
    }

    private static void callbackUrl(Checks v, String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                v.add("callback_url", "must be an absolute http or https URL");
            }
        } catch (java.net.URISyntaxException e) {
            v.add("callback_url", "must be an absolute http or https URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
    }
}
