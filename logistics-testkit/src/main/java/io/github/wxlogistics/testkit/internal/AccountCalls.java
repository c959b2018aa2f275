package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
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
    private final Pushes pushes;
    private final String appId;

    /**
     * Calls working on {@code state}.
     *
     * @param pushes asks couriers (check_biz, get_quota)
     * @param appId  the merchant's AppID, the pushes' ShopAppID
     */
    public AccountCalls(LogisticsState state, Pushes pushes, String appId) {
        this.state = state;
        this.pushes = pushes;
        this.appId = appId;
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
        if (type.equals("bind") && pushes.hasCourier(deliveryId)) {
            return bindThroughCourier(bizId, deliveryId, password, remark);
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

    /**
     * bind with the courier's push URL configured: WeChat's checks, then check_biz, whose reply
     * decides. ResultCode 0 binds with the reply's Quota (an EMS binding then waits for review:
     * 9300532); another code records a failed binding (status 2, the ResultMsg as
     * remark_wrong_msg) and answers 9300531.
     */
    private JsonObject bindThroughCourier(String bizId, String deliveryId, String password, String remark) {
        Courier courier = state.locked(() -> {
            Courier c = state.courier(deliveryId).orElseThrow(() -> ApiError.of(9300503));
            if (isActive(state.account(deliveryId, bizId))) {
                throw ApiError.of(9300529);
            }
            return c;
        });
        Pushes.CourierReply reply = pushes.askCourier(deliveryId, PushPackets.CHECK_BIZ, Pushes.WECHAT_OPENID,
                PushPackets.account(bizId, password, appId));
        long quota = reply.field("Quota").map(AccountCalls::quota).orElse(0L);
        return state.locked(() -> {
            Optional<BoundAccount> existing = state.account(deliveryId, bizId);
            if (isActive(existing)) {
                throw ApiError.of(9300529);
            }
            long now = state.now();
            int status = reply.resultCode() != 0 ? BoundAccount.BIND_FAILED
                    : REVIEWED.contains(deliveryId) ? BoundAccount.UNDER_REVIEW : BoundAccount.BOUND;
            BoundAccount account = existing.map(a -> a.rebound(status, remark, now)).orElseGet(() -> new BoundAccount(
                    bizId, deliveryId, now, now, status, "", "", remark, 0, now, courier.serviceTypes(), false));
            String wrongMsg = reply.resultCode() != 0 ? reply.resultMsg() : "";
            state.putAccount(account.withStatus(status, wrongMsg, now).withQuota(reply.resultCode() == 0 ? quota : 0, now));
            if (reply.resultCode() != 0) {
                throw ApiError.withHint(9300531, "the courier answered ResultCode " + reply.resultCode());
            }
            state.putPassword(deliveryId, bizId, password);
            if (status == BoundAccount.UNDER_REVIEW) {
                throw ApiError.of(9300532);
            }
            return Replies.ok();
        });
    }

    private static boolean isActive(Optional<BoundAccount> account) {
        return account.map(a -> a.statusCode() == BoundAccount.BOUND || a.statusCode() == BoundAccount.UNDER_REVIEW)
                .orElse(false);
    }

    private static long quota(String text) {
        try {
            return Math.max(0, new BigDecimal(text.strip()).longValue());
        } catch (NumberFormatException e) {
            throw ApiError.withHint(9300502, "the courier's Quota is not a number");
        }
    }

    /**
     * getQuota: the bound account's remaining e-waybill quota; with the courier's push URL
     * configured, get_quota asks the courier (ResultCode 0: its Quota, also stored; another code:
     * 9300501 with delivery_resultcode).
     */
    public JsonObject getQuota(JsonObject b) {
        String deliveryId = Jsons.requireString(b, "delivery_id");
        String bizId = Jsons.requireString(b, "biz_id");
        BoundAccount account = state.locked(() -> {
            state.courier(deliveryId).orElseThrow(() -> ApiError.of(9300503));
            return state.account(deliveryId, bizId).filter(a -> a.statusCode() == BoundAccount.BOUND)
                    .orElseThrow(() -> ApiError.withHint(9300525, "biz_id not bound"));
        });
        if (!pushes.hasCourier(deliveryId)) {
            return Jsons.object().add("quota_num", account.quotaNum()).build();
        }
        String password = state.locked(() -> state.password(deliveryId, bizId));
        Pushes.CourierReply reply = pushes.askCourier(deliveryId, PushPackets.GET_QUOTA, Pushes.WECHAT_OPENID,
                PushPackets.account(bizId, password, appId));
        if (reply.resultCode() != 0) {
            throw ApiError.deliveryFailure(reply.resultCode(), reply.resultMsg());
        }
        long quota = reply.field("Quota").map(AccountCalls::quota).orElse(0L);
        state.locked(() -> {
            state.account(deliveryId, bizId).ifPresent(a -> state.putAccount(a.withQuota(quota, state.now())));
            return null;
        });
        return Jsons.object().add("quota_num", quota).build();
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
