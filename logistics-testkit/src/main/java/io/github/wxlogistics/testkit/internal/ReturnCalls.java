package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The return component (退货组件) on both paths, played with state: add creates a return id
 * (status 0, nothing filled in); the user's side moves it ({@link #bookPickup}, {@link #shipBack},
 * {@link #advance}); unbind releases it, and only after the user filled in a self-ship waybill
 * (status 2), as the unbind page says, else 40097 as users report. Codes: 40097 a missing
 * shop_order_id, openid, order_path, biz_addr, goods_list or return_id; 9300569 no wx_pay_id on
 * no_worry_return/add; 9300570 a wx_pay_id that is not an insured WeChat Pay transaction (in the fake:
 * not 28 digits starting with 42); 9300522 a shop_order_id used before on the same path; 931023 an
 * unknown (or unbound) return id. -1 comes from scripting. The current get sends {@code status} as
 * text ({@code "1"}), as its official sample does; the legacy get sends a number: a client meets both.
 * Guarded by the state's lock.
 */
public final class ReturnCalls {

    /** The current path family. */
    public static final String CURRENT = "no_worry_return";
    /** The legacy path family. */
    public static final String LEGACY = "return";

    private record Return(String family, String returnId, String shopOrderId, int status, String waybillId,
            int orderStatus, String deliveryId) {
        Return with(int newStatus, String newWaybill, int newOrderStatus, String newDelivery) {
            return new Return(family, returnId, shopOrderId, newStatus, newWaybill, newOrderStatus, newDelivery);
        }
    }

    private final LogisticsState state;
    private final Map<String, Return> byId = new LinkedHashMap<>();
    private final Map<String, String> idByShopOrder = new HashMap<>();
    private long sequence = 1_000_000L;

    /** Calls guarded by {@code state}'s lock. */
    public ReturnCalls(LogisticsState state) {
        this.state = state;
    }

    /** add on {@code family}. */
    public JsonObject add(JsonObject b, String family) {
        String shopOrderId = required(b, "shop_order_id");
        required(b, "openid");
        required(b, "order_path");
        if (!(b.get("biz_addr") instanceof JsonObject)) {
            throw ApiError.withHint(40097, "biz_addr is empty");
        }
        if (!(b.get("goods_list") instanceof JsonArray goods) || goods.isEmpty()) {
            throw ApiError.withHint(40097, "goods_list is empty");
        }
        if (CURRENT.equals(family)) {
            String payId = b.get("wx_pay_id") instanceof JsonString s ? s.getString() : "";
            if (payId.isEmpty()) {
                throw ApiError.of(9300569);
            }
            if (!payId.matches("42[0-9]{26}")) {
                throw ApiError.of(9300570);
            }
        }
        return state.locked(() -> {
            String key = family + "/" + shopOrderId;
            if (idByShopOrder.containsKey(key)) {
                throw ApiError.of(9300522);
            }
            String returnId = (CURRENT.equals(family) ? "NWR" : "RET") + (++sequence);
            byId.put(returnId, new Return(family, returnId, shopOrderId, 0, null, 0, null));
            idByShopOrder.put(key, returnId);
            return Jsons.object().add("errcode", 0).add("errmsg", "ok").add("return_id", returnId).build();
        });
    }

    /** get on {@code family}. */
    public JsonObject get(JsonObject b, String family) {
        String returnId = required(b, "return_id");
        return state.locked(() -> {
            Return r = find(returnId, family);
            JsonObjectBuilder reply = Jsons.object().add("errcode", 0).add("errmsg", "ok");
            if (CURRENT.equals(family)) {
                reply.add("status", Integer.toString(r.status()));
            } else {
                reply.add("status", r.status());
            }
            if (r.waybillId() != null) {
                reply.add("waybill_id", r.waybillId()).add("order_status", r.orderStatus())
                        .add("delivery_id", r.deliveryId())
                        .add("delivery_name", Carriers.name(r.deliveryId()).orElse(r.deliveryId()));
            }
            return reply.build();
        });
    }

    /** unbind on {@code family}: only a self-ship return (status 2). */
    public JsonObject unbind(JsonObject b, String family) {
        String returnId = required(b, "return_id");
        return state.locked(() -> {
            Return r = find(returnId, family);
            if (r.status() != 2) {
                throw ApiError.withHint(40097, "invalid args: unbind needs a self-ship waybill filled in by the user");
            }
            byId.remove(returnId);
            return Replies.ok();
        });
    }

    /** The user books a courier pickup: status 1, a waybill of {@code deliveryId}, order_status 0. */
    public String bookPickup(String returnId, String deliveryId) {
        return state.locked(() -> {
            Return r = existing(returnId);
            String waybill = deliveryId + state.nextWaybillId();
            byId.put(returnId, r.with(1, waybill, 0, deliveryId));
            return waybill;
        });
    }

    /** The user ships it back and fills in the waybill: status 2, order_status 0. */
    public void shipBack(String returnId, String deliveryId, String waybillId) {
        state.locked(() -> {
            Return r = existing(returnId);
            byId.put(returnId, r.with(2, waybillId, 0, deliveryId));
            return null;
        });
    }

    /**
     * Moves the return parcel on: 0 ordered, 1 picked up, 2 in transit, 3 out for delivery, 4 signed.
     *
     * @return the new order_status
     */
    public int advance(String returnId) {
        return state.locked(() -> {
            Return r = existing(returnId);
            if (r.waybillId() == null) {
                throw new IllegalStateException("return " + returnId + " has no waybill yet: book a pickup or ship it back");
            }
            if (r.orderStatus() >= 4) {
                throw new IllegalStateException("return " + returnId + " was signed for: nothing to advance to");
            }
            byId.put(returnId, r.with(r.status(), r.waybillId(), r.orderStatus() + 1, r.deliveryId()));
            return r.orderStatus() + 1;
        });
    }

    private Return existing(String returnId) {
        Return r = byId.get(returnId);
        if (r == null) {
            throw new IllegalArgumentException("no return " + returnId);
        }
        return r;
    }

    private Return find(String returnId, String family) {
        Return r = byId.get(returnId);
        if (r == null || !r.family().equals(family)) {
            throw ApiError.of(931023);
        }
        return r;
    }

    private static String required(JsonObject b, String field) {
        JsonValue v = b.get(field);
        if (!(v instanceof JsonString s) || s.getString().isBlank()) {
            throw ApiError.withHint(40097, field + " is empty");
        }
        return s.getString();
    }
}
