package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tracking component (物流查询组件) and the message component (物流消息组件), played with
 * state. trace_waybill (follow_waybill) hands out a {@code waybill_token}; query_trace
 * (query_follow_trace) reads it: a waybill of the fake's own orders reports the status of its path,
 * so it advances when the courier calls updatePath or the console advances it, any other waybill
 * the status {@link #setStatus} gave it (0 until then). A token of one component is unknown to the
 * other. Codes: 40003 an openid that is not one (empty or not starting with {@code o}), 9300507 an
 * unknown token, 9300513 the quota (100,000 calls a day per AppID, 100 per user and day, China
 * time), 9300534 a query whose openid is not the trace's, 9300560 the goods changed more than
 * {@link #MAX_GOODS_UPDATES} times; 44002 for a POST without a body is the dispatcher's. -1, 9300559
 * and 931023 come from scripting ({@code enqueue}). Guarded by the state's lock.
 */
public final class TrackingCalls {

    /** WeChat's daily limit per AppID. */
    public static final int DAILY_CALLS_PER_APP = 100_000;
    /** WeChat's daily limit per user (openid). */
    public static final int DAILY_CALLS_PER_USER = 100;
    /** How often the fake lets one waybill's goods change before 9300560 (WeChat gives no number). */
    public static final int MAX_GOODS_UPDATES = 5;
    /** goods_name's documented limit in characters. */
    static final int GOODS_NAME_MAX_CHARS = 60;

    private record Trace(String family, String token, String openid, String waybillId, String deliveryId,
            JsonArray goods, int updates, int status) {
        Trace withGoods(JsonArray newGoods) {
            return new Trace(family, token, openid, waybillId, deliveryId, newGoods, updates + 1, status);
        }

        Trace withStatus(int newStatus) {
            return new Trace(family, token, openid, waybillId, deliveryId, goods, updates, newStatus);
        }
    }

    private final LogisticsState state;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Trace> byToken = new LinkedHashMap<>();
    private final Map<String, Integer> externalStatus = new HashMap<>();
    private final Map<String, Integer> callsToday = new HashMap<>();
    private LocalDate day;

    /** Calls on {@code state} (the fake's own waybills) counting quota days by {@code clock}. */
    public TrackingCalls(LogisticsState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    /** trace_waybill ({@code family} "query") or follow_waybill ("msg"). */
    public JsonObject traceWaybill(JsonObject b, String family) {
        String openid = openid(b, true);
        Jsons.requireString(b, "receiver_phone");
        String waybillId = Jsons.requireString(b, "waybill_id");
        Jsons.requireString(b, "trans_id");
        String deliveryId = Jsons.optString(b, "delivery_id");
        JsonArray goods = goods(b);
        return state.locked(() -> {
            count(openid);
            String token = newToken();
            int status = externalStatus.getOrDefault(waybillId, 0);
            byToken.put(token, new Trace(family, token, openid, waybillId, deliveryId, goods, 0, status));
            return Jsons.object().add("errcode", 0).add("errmsg", "ok").add("waybill_token", token).build();
        });
    }

    /** query_trace or query_follow_trace. */
    public JsonObject queryTrace(JsonObject b, String family) {
        String tokenValue = Jsons.requireString(b, "waybill_token");
        String openid = Jsons.optString(b, "openid");
        return state.locked(() -> {
            Trace trace = trace(tokenValue, family);
            if (openid != null && !openid.equals(trace.openid())) {
                throw ApiError.withHint(9300534, "openid is not the one the waybill was traced for");
            }
            count(trace.openid());
            String deliveryId = trace.deliveryId() != null ? trace.deliveryId() : ownDelivery(trace.waybillId()).orElse("");
            String name = Carriers.name(deliveryId).orElse(deliveryId);
            return Jsons.object().add("errcode", 0).add("errmsg", "ok")
                    .add("waybill_info", Jsons.object().add("status", status(trace)).add("waybill_id", trace.waybillId()))
                    .add("shop_info", Jsons.object().add("goods_info", Jsons.object().add("detail_list", trace.goods())))
                    .add("delivery_info", Jsons.object().add("delivery_id", deliveryId).add("delivery_name", name))
                    .build();
        });
    }

    /** update_waybill_goods or update_follow_waybill_goods. */
    public JsonObject updateWaybillGoods(JsonObject b, String family) {
        String tokenValue = Jsons.requireString(b, "waybill_token");
        JsonArray goods = goods(b);
        return state.locked(() -> {
            Trace trace = trace(tokenValue, family);
            if (trace.updates() >= MAX_GOODS_UPDATES) {
                throw ApiError.withHint(9300560, "goods changed " + MAX_GOODS_UPDATES + " times already");
            }
            count(trace.openid());
            byToken.put(trace.token(), trace.withGoods(goods));
            return Replies.ok();
        });
    }

    /** get_delivery_list: the carrier list (a body is required, even if empty: the dispatcher answers 44002). */
    public JsonObject getDeliveryList() {
        var list = Jsons.array();
        Carriers.ALL.forEach((id, name) -> list.add(Jsons.object().add("delivery_id", id).add("delivery_name", name)));
        return Jsons.object().add("errcode", 0).add("errmsg", "ok").add("count", Carriers.ALL.size())
                .add("delivery_list", list).build();
    }

    /**
     * Sets the status query_trace reports for a waybill that is not one of the fake's orders (0 to 6),
     * for every token tracing it, now and later.
     */
    public void setStatus(String waybillId, int status) {
        if (status < 0 || status > 6) {
            throw new IllegalArgumentException("status must be 0 to 6, was " + status);
        }
        state.locked(() -> {
            externalStatus.put(waybillId, status);
            byToken.replaceAll((t, trace) -> trace.waybillId().equals(waybillId) ? trace.withStatus(status) : trace);
            return null;
        });
    }

    /** The waybill tokens handed out so far for {@code waybillId}, oldest first. */
    public List<String> tokens(String waybillId) {
        return state.locked(() -> byToken.values().stream().filter(t -> t.waybillId().equals(waybillId))
                .map(Trace::token).toList());
    }

    private Trace trace(String token, String family) {
        Trace trace = byToken.get(token);
        if (trace == null || !trace.family().equals(family)) {
            throw ApiError.of(9300507);
        }
        return trace;
    }

    private int status(Trace trace) {
        return state.orderByWaybill(trace.waybillId()).map(TrackingCalls::statusOf).orElse(trace.status());
    }

    private Optional<String> ownDelivery(String waybillId) {
        return state.orderByWaybill(waybillId).map(Order::deliveryId);
    }

    /** The tracking status of one of the fake's orders, from its last path node. */
    static int statusOf(Order order) {
        if (order.orderStatus() == Order.CANCELLED) {
            return 5;
        }
        List<TrackingNode> path = order.path();
        if (path.isEmpty()) {
            return 0;
        }
        return switch (path.get(path.size() - 1).actionType()) {
            case 100001 -> 1;
            case 200001 -> 2;
            case 300001, 300002 -> 3;
            case 300003 -> 4;
            case 300004, 400001, 400002 -> 5;
            default -> 0;
        };
    }

    private void count(String openid) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.ofHours(8));
        if (!today.equals(day)) {
            day = today;
            callsToday.clear();
        }
        int app = callsToday.getOrDefault("", 0);
        int user = callsToday.getOrDefault(openid, 0);
        if (app >= DAILY_CALLS_PER_APP || user >= DAILY_CALLS_PER_USER) {
            throw ApiError.withHint(9300513, app >= DAILY_CALLS_PER_APP ? DAILY_CALLS_PER_APP + " calls a day per appid"
                    : DAILY_CALLS_PER_USER + " calls a day per user");
        }
        callsToday.put("", app + 1);
        callsToday.put(openid, user + 1);
    }

    private String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String openid(JsonObject b, boolean required) {
        String openid = required ? Jsons.requireString(b, "openid") : Jsons.optString(b, "openid");
        if (openid != null && !openid.startsWith("o")) {
            throw ApiError.of(40003);
        }
        return openid;
    }

    /** goods_info.detail_list: an array of products with name (at most 60 characters) and picture. */
    private static JsonArray goods(JsonObject b) {
        JsonObject info = Jsons.requireObject(b, "goods_info");
        JsonValue list = info.get("detail_list");
        if (!(list instanceof JsonArray array) || array.isEmpty()) {
            throw ApiError.withHint(47001, "missing goods_info.detail_list");
        }
        for (JsonValue item : array) {
            if (!(item instanceof JsonObject product)) {
                throw ApiError.withHint(47001, "goods_info.detail_list must hold objects");
            }
            String name = Jsons.requireString(product, "goods_name");
            Jsons.requireString(product, "goods_img_url");
            if (name.codePointCount(0, name.length()) > GOODS_NAME_MAX_CHARS) {
                throw ApiError.withHint(47001, "goods_name longer than " + GOODS_NAME_MAX_CHARS + " characters");
            }
            if (product.get("goods_desc") != null && !(product.get("goods_desc") instanceof JsonString)) {
                throw ApiError.withHint(47001, "goods_desc must be a string");
            }
        }
        return array;
    }
}
