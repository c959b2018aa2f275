package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The merchant's account and configuration calls: getAllAccount, getAllDelivery, bindAccount,
 * getQuota, getPrinter, updatePrinter.
 */
public final class AccountCalls {

    /** Couriers that review a binding before it takes effect (bindAccount answers 9300532). */
    private static final Set<String> REVIEWED = Set.of("EMS");
    /** Couriers that bind without a password (old docs: EMS, SF, JD). */
    private static final Set<String> NO_PASSWORD = Set.of("EMS", "SF", "JDL");
    private static final long QUOTA_ON_BIND = 100;

    private final LogisticsState state;

    /** Calls working on {@code state}. */
    public AccountCalls(LogisticsState state) {
        this.state = state;
    }

    /** getAllAccount. */
    public JsonObject getAllAccount() {
        return state.locked(() -> {
            List<BoundAccount> accounts = state.accounts();
            JsonArrayBuilder list = Jsons.array();
            accounts.forEach(a -> list.add(a.toJson()));
            return Jsons.object().add("count", accounts.size()).add("list", list).build();
        });
    }

    /** getAllDelivery. */
    public JsonObject getAllDelivery() {
        return state.locked(() -> {
            List<Courier> couriers = state.couriers();
            JsonArrayBuilder data = Jsons.array();
            couriers.forEach(c -> data.add(c.toJson()));
            return Jsons.object().add("count", couriers.size()).add("data", data).build();
        });
    }

    /** bindAccount: bind or unbind; 9300529 bound already, 9300530 nothing to unbind, 9300531 bad password. */
    public JsonObject bindAccount(JsonObject b) {
        String type = Jsons.requireString(b, "type");
        String bizId = Jsons.requireString(b, "biz_id");
        String deliveryId = Jsons.requireString(b, "delivery_id");
        String password = Jsons.optString(b, "password", "");
        String remark = Jsons.optString(b, "remark_content", "");
        if (!type.equals("bind") && !type.equals("unbind")) {
            throw ApiError.withHint(47001, "type must be bind or unbind");
        }
        return state.locked(() -> {
            Courier courier = state.courier(deliveryId).orElseThrow(() -> ApiError.of(9300503));
            Optional<BoundAccount> existing = state.account(deliveryId, bizId);
            boolean active = existing.map(a -> a.statusCode() == BoundAccount.BOUND || a.statusCode() == BoundAccount.UNDER_REVIEW)
                    .orElse(false);
            long now = state.now();
            if (type.equals("unbind")) {
                if (!active) {
                    throw ApiError.of(9300530);
                }
                state.putAccount(existing.get().withStatus(BoundAccount.UNBOUND, "", now));
                return Replies.ok();
            }
            if (active) {
                throw ApiError.of(9300529);
            }
            if (password.isEmpty() && !NO_PASSWORD.contains(deliveryId)) {
                throw ApiError.withHint(9300531, "password required for " + deliveryId);
            }
            int status = REVIEWED.contains(deliveryId) ? BoundAccount.UNDER_REVIEW : BoundAccount.BOUND;
            state.putAccount(existing.map(a -> a.rebound(status, remark, now)).orElseGet(() -> new BoundAccount(bizId,
                    deliveryId, now, now, status, "", "", remark, courier.canGetQuota() == 1 ? QUOTA_ON_BIND : 0,
                    now, courier.serviceTypes(), false)));
            if (status == BoundAccount.UNDER_REVIEW) {
                throw ApiError.of(9300532);
            }
            return Replies.ok();
        });
    }

    /** getQuota: the bound account's remaining e-waybill quota. */
    public JsonObject getQuota(JsonObject b) {
        String deliveryId = Jsons.requireString(b, "delivery_id");
        String bizId = Jsons.requireString(b, "biz_id");
        return state.locked(() -> {
            state.courier(deliveryId).orElseThrow(() -> ApiError.of(9300503));
            BoundAccount account = state.account(deliveryId, bizId).filter(a -> a.statusCode() == BoundAccount.BOUND)
                    .orElseThrow(() -> ApiError.withHint(9300525, "biz_id not bound"));
            return Jsons.object().add("quota_num", account.quotaNum()).build();
        });
    }

    /** getPrinter: the bound printers' openids and the union of their tag ids. */
    public JsonObject getPrinter() {
        return state.locked(() -> {
            List<Printer> printers = state.printers();
            JsonArrayBuilder openids = Jsons.array();
            Set<String> tags = new LinkedHashSet<>();
            printers.forEach(p -> {
                openids.add(p.openid());
                tags.addAll(p.tagids());
            });
            JsonArrayBuilder tagList = Jsons.array();
            tags.forEach(tagList::add);
            return Jsons.object().add("count", printers.size()).add("openid", openids).add("tagid_list", tagList)
                    .build();
        });
    }

    /** updatePrinter: bind or unbind a printer; 9300517 for another update_type. */
    public JsonObject updatePrinter(JsonObject b) {
        String openid = Jsons.requireString(b, "openid");
        String updateType = Jsons.requireString(b, "update_type");
        String tagids = Jsons.optString(b, "tagid_list", "");
        if (!updateType.equals("bind") && !updateType.equals("unbind")) {
            throw ApiError.of(9300517);
        }
        List<String> tags = new ArrayList<>();
        for (String tag : tagids.split(",")) {
            if (!tag.isBlank()) {
                tags.add(tag.trim());
            }
        }
        return state.locked(() -> {
            if (updateType.equals("bind")) {
                state.putPrinter(new Printer(openid, tags));
            } else {
                state.removePrinter(openid);
            }
            return Replies.ok();
        });
    }
}
