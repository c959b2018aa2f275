package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 16 intracity calls (同城配送) of the fake, with state: stores (934010 duplicate, 934021
 * unknown, 934009 city not served), balances (storecharge credits at once, addorder deducts the fee,
 * 934013 when short, storerefund refuses with 934006 while orders are on the way), orders with fees
 * and distances moving 10000 → 30000 → 40000 → 50000 → 70000, cancellation fees by status (934017,
 * 934018), the SFTC sandbox receiver rule (934019), and the order-status callback to each order's
 * {@code callback_url}. WeChat refuses these calls unless they are encrypted and signed: without API
 * security switched on for the fake, every call but apply answers 934011.
 *
 * <p>Prices: 800 fen for the first 3 km, 200 fen per started km beyond, 100 fen per started kg over
 * 5 kg, SFTC 100 fen more than DADA; beyond 15 km 934019; over 30 kg 934020. Cancelling costs nothing
 * before a rider accepts, 200 fen once accepted, 500 fen once at the store; the rest of the fee returns
 * to the balance. Callbacks carry {@code sign} = lowercase hex HMAC-SHA256, keyed by the AppSecret, of
 * {@code wx_order_id|order_status|status_change_time|timestamp}: the fake's own rule (WeChat's is not
 * documented), so that a test can exercise a real verifier.
 */
public final class IntracityCalls {

    static final List<Integer> PROGRESS = List.of(10000, 30000, 40000, 50000, 70000);
    private static final Set<Integer> STATUSES = Set.of(10000, 20000, 20001, 30000, 40000, 50000, 60000, 70000, 90000);
    private static final Map<String, Map<String, String>> CITIES = Map.of(
            "DADA", Map.of("110100", "北京市", "310100", "上海市", "440100", "广州市", "440300", "深圳市", "330100", "杭州市"),
            "SFTC", Map.of("110100", "北京市", "310100", "上海市", "440300", "深圳市", "510100", "成都市"));
    private static final String SANDBOX_NAME = "顺丰同城";
    private static final String SANDBOX_PHONE = "13881979410";
    private static final String SANDBOX_ADDRESS = "北京市海淀区学清嘉创大厦A座15层";

    private final IntracityState state;
    private final String appId;
    private final String appSecret;
    private final boolean secured;
    private final IntracityCallbacks callbacks;

    /**
     * Calls on {@code state} for {@code appId}; {@code secured} says whether API security is on for the
     * fake (else 934011); callbacks go out through {@code callbacks}, signed with {@code appSecret}.
     */
    public IntracityCalls(IntracityState state, String appId, String appSecret, boolean secured,
            IntracityCallbacks callbacks) {
        this.state = state;
        this.appId = appId;
        this.appSecret = appSecret;
        this.secured = secured;
        this.callbacks = callbacks;
    }

    private void requireSignature() {
        if (!secured) {
            throw ApiError.withHint(934011, "signature is needed, see getting_started/api_signature");
        }
    }

    /** intracity_apply: opens intracity delivery; harmless to repeat. */
    public JsonObject apply(JsonObject b) {
        return state.locked(() -> {
            state.applied = true;
            return Replies.ok();
        });
    }

    /** intracity_createstore. */
    public JsonObject createStore(JsonObject b) {
        requireSignature();
        String outStoreId = Jsons.requireString(b, "out_store_id");
        String name = Jsons.requireString(b, "store_name");
        int pattern = (int) Jsons.optLong(b, "order_pattern", 1);
        String prefer = Jsons.optString(b, "service_trans_prefer");
        JsonObject address = Jsons.requireObject(b, "address_info");
        if (pattern == 2 && prefer == null) {
            throw ApiError.withHint(934001, "service_trans_prefer is required with order_pattern 2");
        }
        carrier(prefer);
        String cityCode = cityCode(Jsons.requireString(address, "city"));
        coordinates(address, "lat", "lng");
        return state.locked(() -> {
            if (state.storeByOutId(outStoreId).isPresent()) {
                throw ApiError.of(934010);
            }
            String wxStoreId = state.newStoreId();
            state.stores.put(wxStoreId, new IntracityState.Store(wxStoreId, outStoreId, name, pattern, prefer, address, cityCode));
            return Jsons.object().add("errcode", 0).add("errmsg", "ok").add("wx_store_id", wxStoreId).add("appid", appId)
                    .add("out_store_id", outStoreId).build();
        });
    }

    /** intracity_querystore: one store by either ID (934021 unknown), or all. */
    public JsonObject queryStore(JsonObject b) {
        requireSignature();
        String wxStoreId = Jsons.optString(b, "wx_store_id");
        String outStoreId = Jsons.optString(b, "out_store_id");
        return state.locked(() -> {
            List<IntracityState.Store> found = state.stores.values().stream()
                    .filter(s -> (wxStoreId == null || s.wxStoreId().equals(wxStoreId))
                            && (outStoreId == null || s.outStoreId().equals(outStoreId))).toList();
            if ((wxStoreId != null || outStoreId != null) && found.isEmpty()) {
                throw ApiError.of(934021);
            }
            JsonArrayBuilder list = Jsons.array();
            found.forEach(s -> list.add(storeJson(s)));
            return Jsons.object().add("errcode", 0).add("errmsg", "ok").add("appid", appId).add("total", found.size())
                    .add("store_list", list).build();
        });
    }

    /** intracity_updatestore. */
    public JsonObject updateStore(JsonObject b) {
        requireSignature();
        JsonObject keys = Jsons.requireObject(b, "keys");
        JsonObject content = Jsons.requireObject(b, "content");
        String prefer = Jsons.optString(content, "service_trans_prefer");
        carrier(prefer);
        return state.locked(() -> {
            IntracityState.Store s = store(keys);
            int pattern = s.orderPattern();
            if (content.containsKey("order_pattern")) {
                String text = Jsons.optString(content, "order_pattern");
                if (!"1".equals(text) && !"2".equals(text)) {
                    throw ApiError.withHint(934001, "order_pattern must be \"1\" or \"2\"");
                }
                pattern = Integer.parseInt(text);
            }
            JsonObject address = content.containsKey("address_info") ? Jsons.requireObject(content, "address_info") : s.address();
            String cityCode = content.containsKey("address_info") ? cityCode(Jsons.requireString(address, "city")) : s.cityCode();
            state.stores.put(s.wxStoreId(), new IntracityState.Store(s.wxStoreId(), s.outStoreId(),
                    Jsons.optString(content, "store_name", s.storeName()), pattern, prefer != null ? prefer : s.prefer(),
                    address, cityCode));
            return Replies.ok();
        });
    }

    /** intracity_storecharge: the fake treats the top-up as paid at once. */
    public JsonObject storeCharge(JsonObject b) {
        requireSignature();
        String wxStoreId = Jsons.requireString(b, "wx_store_id");
        String trans = Jsons.requireString(b, "service_trans_id");
        long amount = Jsons.requireLong(b, "amount");
        carrier(trans);
        if (amount < 5000) {
            throw ApiError.withHint(934001, "amount must be at least 5000 fen");
        }
        return state.locked(() -> {
            requireStore(wxStoreId);
            state.addBalance(wxStoreId, trans, amount);
            long payOrderId = 1_000_000L + state.flows.size();
            state.flows.add(new IntracityState.Flow(1, wxStoreId, trans, amount, state.now(), "", payOrderId));
            return Jsons.object().add("errcode", 0).add("errmsg", "ok").add("payurl", "https://fake.weixin.qq.com/pay/" + payOrderId)
                    .add("appid", appId).add("wx_store_id", wxStoreId).build();
        });
    }

    /** intracity_storerefund: refunds the whole balance with the carrier; 934006 while orders are on the way. */
    public JsonObject storeRefund(JsonObject b) {
        requireSignature();
        String wxStoreId = Jsons.requireString(b, "wx_store_id");
        String trans = Jsons.requireString(b, "service_trans_id");
        carrier(trans);
        return state.locked(() -> {
            requireStore(wxStoreId);
            boolean inTransit = state.orders.values().stream().anyMatch(o -> o.wxStoreId.equals(wxStoreId)
                    && o.serviceTransId.equals(trans) && !o.sandbox && o.inTransit());
            if (inTransit) {
                throw ApiError.of(934006);
            }
            long amount = state.balance(wxStoreId, trans);
            state.addBalance(wxStoreId, trans, -amount);
            state.flows.add(new IntracityState.Flow(3, wxStoreId, trans, amount, state.now(), "", 0));
            return Jsons.object().add("errcode", 0).add("errmsg", "ok").add("appid", appId).add("wx_store_id", wxStoreId)
                    .add("refund_amount", amount).build();
        });
    }

    /** intracity_queryflow. */
    public JsonObject queryFlow(JsonObject b) {
        requireSignature();
        String wxStoreId = Jsons.requireString(b, "wx_store_id");
        long type = Jsons.requireLong(b, "flow_type");
        String trans = Jsons.optString(b, "service_trans_id");
        long begin = Jsons.optLong(b, "begin_time", 0);
        long end = Jsons.optLong(b, "end_time", Long.MAX_VALUE);
        return state.locked(() -> {
            requireStore(wxStoreId);
            JsonArrayBuilder list = Jsons.array();
            long total = 0;
            for (IntracityState.Flow f : state.flows) {
                if (f.wxStoreId().equals(wxStoreId) && f.flowType() == type && (trans == null || trans.equals(f.serviceTransId()))
                        && f.time() >= begin && f.time() <= end) {
                    total += f.amount();
                    JsonObjectBuilder o = Jsons.object().add("flow_type", f.flowType()).add("appid", appId)
                            .add("wx_store_id", wxStoreId).add("service_trans_id", f.serviceTransId()).add("create_time", f.time());
                    switch (f.flowType()) {
                        case 1 -> o.add("pay_order_id", f.payOrderId()).add("pay_amount", f.amount()).add("pay_time", f.time())
                                .add("pay_status", "SUCCESS");
                        case 2 -> o.add("bill_id", f.billId()).add("pay_amount", f.amount());
                        default -> o.add("refund_amount", f.amount()).add("refund_time", f.time()).add("refund_status", "SUCCESS");
                    }
                    list.add(o);
                }
            }
            return Jsons.object().add("errcode", 0).add("errmsg", "ok").add("flow_list", list)
                    .add("total_pay_amt", type == 1 ? total : 0).add("total_refund_amt", type == 3 ? total : 0)
                    .add("total_deduct_amt", type == 2 ? total : 0).build();
        });
    }

    /** intracity_balancequery. */
    public JsonObject balanceQuery(JsonObject b) {
        requireSignature();
        String wxStoreId = Jsons.requireString(b, "wx_store_id");
        String trans = Jsons.optString(b, "service_trans_id");
        carrier(trans);
        return state.locked(() -> {
            requireStore(wxStoreId);
            JsonArrayBuilder details = Jsons.array();
            long all = 0;
            for (String t : List.of("DADA", "SFTC")) {
                if (trans == null || trans.equals(t)) {
                    long balance = state.balance(wxStoreId, t);
                    all += balance;
                    details.add(Jsons.object().add("balance", balance).add("service_trans_id", t)
                            .add("service_trans_name", t.equals("DADA") ? "达达" : "顺丰同城").add("order_list", Jsons.array()));
                }
            }
            return Jsons.object().add("errcode", 0).add("errmsg", "ok").add("wx_store_id", wxStoreId).add("appid", appId)
                    .add("all_balance", all).add("balance_detail", details).build();
        });
    }

    /** intracity_preaddorder: the quote addorder would charge. */
    public JsonObject preAddOrder(JsonObject b) {
        requireSignature();
        return state.locked(() -> {
            Quote q = quote(b);
            return Jsons.object().add("errcode", 0).add("errmsg", "ok").add("service_trans_id", q.trans())
                    .add("distance", q.distance()).add("est_fee", q.fee())
                    .add("expected_finished_time", state.now() + 1800 + q.distance() / 5).add("promise_delivery_time", 30 + q.distance() / 300)
                    .build();
        });
    }

    /** intracity_addorder: idempotent by store_order_id; 934002 for a different order under the same number. */
    public JsonObject addOrder(JsonObject b) {
        requireSignature();
        String storeOrderId = Jsons.requireString(b, "store_order_id");
        Jsons.requireString(b, "user_openid");
        Jsons.requireString(b, "order_detail_path");
        JsonObject request = comparable(b);
        return state.locked(() -> {
            String wxStoreId = Jsons.requireString(b, "wx_store_id");
            requireStore(wxStoreId);
            var existing = state.orderByStoreOrder(wxStoreId, storeOrderId);
            if (existing.isPresent()) {
                if (!existing.get().request.equals(request)) {
                    throw ApiError.of(934002);
                }
                return orderReply(existing.get());
            }
            Quote q = quote(b);
            boolean sandbox = Jsons.optLong(b, "use_sandbox", 0) == 1;
            if (!sandbox) {
                if (state.balance(wxStoreId, q.trans()) < q.fee()) {
                    throw ApiError.of(934013);
                }
                state.addBalance(wxStoreId, q.trans(), -q.fee());
            }
            IntracityOrder order = new IntracityOrder(state.newOrderId(), wxStoreId, storeOrderId, q.trans(), request,
                    q.distance(), q.fee(), sandbox, Jsons.optString(b, "callback_url"), state.now());
            state.orders.put(order.wxOrderId, order);
            if (!sandbox) {
                state.flows.add(new IntracityState.Flow(2, wxStoreId, q.trans(), q.fee(), state.now(), order.wxOrderId, 0));
            }
            notifyStatus(order);
            return orderReply(order);
        });
    }

    /** intracity_queryorder. */
    public JsonObject queryOrder(JsonObject b) {
        requireSignature();
        return state.locked(() -> {
            IntracityOrder o = order(b);
            JsonObject r = o.request;
            JsonObject cargo = r.containsKey("cargo") ? Jsons.requireObject(r, "cargo") : JsonValue.EMPTY_JSON_OBJECT;
            JsonArrayBuilder items = Jsons.array();
            Jsons.optArray(cargo, "item_list").forEach(v -> {
                JsonObject item = v.asJsonObject();
                JsonObjectBuilder i = Jsons.object().add("item_name", Jsons.optString(item, "item_name", ""))
                        .add("num", Jsons.optLong(item, "count", 1));
                if (item.containsKey("item_pic_url")) {
                    i.add("item_pic_url", Jsons.optString(item, "item_pic_url", ""));
                }
                items.add(i);
            });
            IntracityState.Store s = state.stores.get(o.wxStoreId);
            JsonObjectBuilder reply = Jsons.object().add("errcode", 0).add("errmsg", "ok").add("wx_order_id", o.wxOrderId)
                    .add("store_order_id", o.storeOrderId).add("wx_store_id", o.wxStoreId).add("order_status", o.status)
                    .add("appid", appId).add("user_openid", Jsons.optString(r, "user_openid", ""))
                    .add("service_trans_id", o.serviceTransId).add("delivery_no", "DN" + o.wxOrderId)
                    .add("distance", o.distance).add("actualfee", o.fee - o.deductFee).add("deductfee", o.deductFee)
                    .add("create_time", o.createTime).add("accept_time", o.acceptTime).add("finish_time", o.finishTime)
                    .add("fetch_time", o.fetchTime).add("cancel_time", o.cancelTime)
                    .add("expected_finish_time", o.createTime + 1800 + o.distance / 5)
                    .add("fetch_code", "").add("recv_code", "").add("order_seq", Jsons.optString(r, "order_seq", ""))
                    .add("store_info", Jsons.object().add("store_name", s.storeName()).add("wx_store_id", s.wxStoreId())
                            .add("address", Jsons.optString(s.address(), "house", "")).add("lng", s.address().get("lng"))
                            .add("lat", s.address().get("lat")).add("phone_num", Jsons.optString(s.address(), "phone", "")))
                    .add("receiver_info", Jsons.object().add("receiver_name", Jsons.optString(r, "user_name", ""))
                            .add("address", Jsons.optString(r, "user_address", "")).add("phone_num", Jsons.optString(r, "user_phone", ""))
                            .add("lng", r.get("user_lng")).add("lat", r.get("user_lat")));
            if (o.acceptTime != 0) {
                reply.add("transporter_info", Jsons.object().add("transporter_name", "骑手" + o.wxOrderId.substring(o.wxOrderId.length() - 2))
                        .add("transporter_phone", "13500000000"));
            }
            if (!cargo.isEmpty()) {
                JsonObjectBuilder c = Jsons.object().add("cargo_name", Jsons.optString(cargo, "cargo_name", ""))
                        .add("cargo_weight", Jsons.optLong(cargo, "cargo_weight", 0)).add("cargo_price", Jsons.optLong(cargo, "cargo_price", 0))
                        .add("cargo_type", Jsons.optLong(cargo, "cargo_type", 99)).add("cargo_num", Jsons.optLong(cargo, "cargo_num", 1))
                        .add("item_list", items);
                reply.add("cargo_info", c);
            }
            return reply.build();
        });
    }

    /** intracity_cancelorder: a fee by status; 934017 once picked up, 934018 when cancelled already. */
    public JsonObject cancelOrder(JsonObject b) {
        requireSignature();
        long reason = Jsons.requireLong(b, "cancel_reason_id");
        if (reason != 1 && reason != 2 && reason != 3 && reason != 99) {
            throw ApiError.withHint(934001, "cancel_reason_id must be 1, 2, 3 or 99");
        }
        return state.locked(() -> {
            IntracityOrder o = order(b);
            if (o.status == 20000 || o.status == 20001) {
                throw ApiError.of(934018);
            }
            if (o.status >= 50000) {
                throw ApiError.of(934017);
            }
            long deduct = Math.min(o.fee, o.status == 30000 ? 200 : o.status == 40000 ? 500 : 0);
            o.deductFee = deduct;
            o.moveTo(20000, state.now());
            if (!o.sandbox) {
                state.addBalance(o.wxStoreId, o.serviceTransId, o.fee - deduct);
            }
            notifyStatus(o);
            return Jsons.object().add("errcode", 0).add("errmsg", "ok").add("wx_store_id", o.wxStoreId)
                    .add("wx_order_id", o.wxOrderId).add("store_order_id", o.storeOrderId).add("order_status", o.status)
                    .add("appid", appId).add("deductfee", deduct).build();
        });
    }

    /** intracity_setpaymode: 934012 for another AppID. */
    public JsonObject setPayMode(JsonObject b) {
        requireSignature();
        ownAppId(b);
        String mode = Jsons.requireString(b, "pay_mode");
        if (!Set.of("PAY_MODE_STORE", "PAY_MODE_APP", "PAY_MODE_COMPONENT").contains(mode)) {
            throw ApiError.withHint(934001, "unknown pay_mode");
        }
        return state.locked(() -> {
            state.payMode = mode;
            return Replies.ok();
        });
    }

    /** intracity_getpaymode: 934012 for another AppID. */
    public JsonObject getPayMode(JsonObject b) {
        requireSignature();
        ownAppId(b);
        return state.locked(() -> Jsons.object().add("errcode", 0).add("errmsg", "ok").add("pay_mode", state.payMode)
                .add("pay_appid", appId).build());
    }

    /** intracity_getcity: the fake's cities of DADA and SFTC. */
    public JsonObject getCity(JsonObject b) {
        requireSignature();
        String trans = Jsons.optString(b, "service_trans_id");
        carrier(trans);
        JsonArrayBuilder support = Jsons.array();
        for (String t : List.of("DADA", "SFTC")) {
            if (trans == null || trans.equals(t)) {
                JsonArrayBuilder cities = Jsons.array();
                CITIES.get(t).entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(e -> cities.add(Jsons.object().add("city_code", e.getKey()).add("city_name", e.getValue())));
                support.add(Jsons.object().add("service_trans_id", t).add("city_list", cities));
            }
        }
        return Jsons.object().add("errcode", 0).add("errmsg", "ok").add("support_list", support).build();
    }

    /** intracity_mocknotify: sandbox orders only (934000 otherwise); moves the order and calls back. */
    public JsonObject mockNotify(JsonObject b) {
        requireSignature();
        int status = (int) Jsons.requireLong(b, "order_status");
        if (!STATUSES.contains(status)) {
            throw ApiError.withHint(934001, "unknown order_status");
        }
        return state.locked(() -> {
            IntracityOrder o = order(b);
            if (!o.sandbox) {
                throw ApiError.withHint(934000, "mocknotify works on sandbox orders (use_sandbox 1) only");
            }
            o.moveTo(status, state.now());
            notifyStatus(o);
            return Replies.ok();
        });
    }

    /** The fake's own progress: the order's next status on the way to 70000, with its callback. */
    public int advance(String wxOrderId) {
        return state.locked(() -> {
            IntracityOrder o = state.order(wxOrderId).orElseThrow(() ->
                    new IllegalArgumentException("no intracity order " + wxOrderId));
            int at = PROGRESS.indexOf(o.status);
            if (at < 0 || at == PROGRESS.size() - 1) {
                throw new IllegalStateException("intracity order " + wxOrderId + " is at " + o.status + " and does not move on");
            }
            o.moveTo(PROGRESS.get(at + 1), state.now());
            notifyStatus(o);
            return o.status;
        });
    }

    /** The fake's callback signature, for a verifier: HMAC-SHA256 of the four fields, keyed by the AppSecret. */
    public String sign(String wxOrderId, long orderStatus, long statusChangeTime, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((wxOrderId + "|" + orderStatus + "|" + statusChangeTime + "|" + timestamp)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    private void notifyStatus(IntracityOrder o) {
        if (o.callbackUrl == null || callbacks == null) {
            return;
        }
        long now = state.now();
        String body = Jsons.object().add("appid", appId).add("wx_store_id", o.wxStoreId).add("wx_order_id", o.wxOrderId)
                .add("store_order_id", o.storeOrderId).add("order_status", o.status).add("status_change_time", now)
                .add("timestamp", now).add("service_trans_id", o.serviceTransId)
                .add("sign", sign(o.wxOrderId, o.status, now, now)).build().toString();
        callbacks.send(o.callbackUrl, body);
    }

    private JsonObject orderReply(IntracityOrder o) {
        return Jsons.object().add("errcode", 0).add("errmsg", "ok").add("wx_store_id", o.wxStoreId)
                .add("wx_order_id", o.wxOrderId).add("store_order_id", o.storeOrderId).add("service_trans_id", o.serviceTransId)
                .add("distance", o.distance).add("trans_order_id", "T" + o.wxOrderId).add("waybill_id", "WB" + o.wxOrderId)
                .add("fee", o.fee).add("fetch_code", "").add("order_seq", Jsons.optString(o.request, "order_seq", "")).build();
    }

    private record Quote(String trans, long distance, long fee) {
    }

    /** Prices a delivery from the store to the request's receiver; the caller holds the lock. */
    private Quote quote(JsonObject b) {
        String wxStoreId = Jsons.requireString(b, "wx_store_id");
        String name = Jsons.requireString(b, "user_name");
        String phone = Jsons.requireString(b, "user_phone");
        String address = Jsons.requireString(b, "user_address");
        coordinates(b, "user_lat", "user_lng");
        JsonObject cargo = b.containsKey("cargo") ? Jsons.requireObject(b, "cargo") : JsonValue.EMPTY_JSON_OBJECT;
        long grams = Jsons.optLong(cargo, "cargo_weight", 1000);
        IntracityState.Store s = requireStore(wxStoreId);
        String trans = s.orderPattern() == 2 && s.prefer() != null ? s.prefer()
                : CITIES.get("DADA").containsKey(s.cityCode()) ? "DADA" : "SFTC";
        if (!CITIES.get(trans).containsKey(s.cityCode())) {
            throw ApiError.of(934009);
        }
        if (grams > 30_000) {
            throw ApiError.of(934020);
        }
        boolean sandbox = Jsons.optLong(b, "use_sandbox", 0) == 1;
        long metres = distance(s.address(), b);
        if (sandbox && trans.equals("SFTC")) {
            if (!name.equals(SANDBOX_NAME) || !phone.equals(SANDBOX_PHONE) || !address.equals(SANDBOX_ADDRESS)) {
                throw ApiError.withHint(934019, "the SFTC sandbox only delivers to " + SANDBOX_NAME + " / " + SANDBOX_PHONE
                        + " / " + SANDBOX_ADDRESS);
            }
            metres = Math.min(metres, 3000);
        } else if (metres > 15_000) {
            throw ApiError.of(934019);
        }
        long km = (metres + 999) / 1000;
        long kg = (grams + 999) / 1000;
        long fee = 800 + 200 * Math.max(0, km - 3) + 100 * Math.max(0, kg - 5) + (trans.equals("SFTC") ? 100 : 0);
        return new Quote(trans, metres, fee);
    }

    /** The great-circle distance in metres between the store and the receiver. */
    private static long distance(JsonObject store, JsonObject b) {
        double lat1 = Math.toRadians(number(store, "lat").doubleValue());
        double lng1 = Math.toRadians(number(store, "lng").doubleValue());
        double lat2 = Math.toRadians(number(b, "user_lat").doubleValue());
        double lng2 = Math.toRadians(number(b, "user_lng").doubleValue());
        double h = Math.pow(Math.sin((lat2 - lat1) / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin((lng2 - lng1) / 2), 2);
        return Math.round(2 * 6_371_000 * Math.asin(Math.sqrt(h)));
    }

    private static BigDecimal number(JsonObject o, String field) {
        if (!(o.get(field) instanceof JsonNumber n)) {
            throw ApiError.withHint(934001, "missing " + field);
        }
        return n.bigDecimalValue();
    }

    private static void coordinates(JsonObject o, String lat, String lng) {
        if (number(o, lat).abs().compareTo(BigDecimal.valueOf(90)) > 0 || number(o, lng).abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            throw ApiError.withHint(934001, "invalid " + lat + "/" + lng);
        }
    }

    private static String cityCode(String city) {
        return CITIES.values().stream().flatMap(m -> m.entrySet().stream()).filter(e -> e.getValue().equals(city))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> ApiError.of(934009));
    }

    private static void carrier(String trans) {
        if (trans != null && !trans.equals("DADA") && !trans.equals("SFTC")) {
            throw ApiError.of(934003);
        }
    }

    private void ownAppId(JsonObject b) {
        if (!appId.equals(Jsons.requireString(b, "appid"))) {
            throw ApiError.of(934012);
        }
    }

    private IntracityState.Store requireStore(String wxStoreId) {
        IntracityState.Store s = state.stores.get(wxStoreId);
        if (s == null) {
            throw ApiError.of(934021);
        }
        return s;
    }

    private IntracityState.Store store(JsonObject keys) {
        String wx = Jsons.optString(keys, "wx_store_id");
        String out = Jsons.optString(keys, "out_store_id");
        if (wx != null) {
            return requireStore(wx);
        }
        if (out == null) {
            throw ApiError.withHint(934001, "keys needs wx_store_id or out_store_id");
        }
        return state.storeByOutId(out).orElseThrow(() -> ApiError.of(934021));
    }

    private IntracityOrder order(JsonObject b) {
        String wxOrderId = Jsons.optString(b, "wx_order_id");
        if (wxOrderId != null) {
            return state.order(wxOrderId).orElseThrow(() -> ApiError.of(934016));
        }
        String wxStoreId = Jsons.optString(b, "wx_store_id");
        String storeOrderId = Jsons.optString(b, "store_order_id");
        if (wxStoreId == null || storeOrderId == null) {
            throw ApiError.withHint(934001, "wx_order_id, or wx_store_id with store_order_id, is required");
        }
        return state.orderByStoreOrder(wxStoreId, storeOrderId).orElseThrow(() -> ApiError.of(934016));
    }

    private static JsonObject storeJson(IntracityState.Store s) {
        JsonObjectBuilder o = Jsons.object().add("wx_store_id", s.wxStoreId()).add("out_store_id", s.outStoreId())
                .add("city_id", s.cityCode()).add("store_name", s.storeName()).add("order_pattern", s.orderPattern())
                .add("address_info", s.address());
        if (s.prefer() != null) {
            o.add("service_trans_prefer", s.prefer());
        }
        return o.build();
    }

    /** The request as addorder compares repeats: without the seal's nonce and timestamp. */
    private static JsonObject comparable(JsonObject b) {
        JsonObjectBuilder o = Jsons.object();
        b.forEach((k, v) -> {
            if (!k.startsWith("_")) {
                o.add(k, v);
            }
        });
        return o.build();
    }
}
