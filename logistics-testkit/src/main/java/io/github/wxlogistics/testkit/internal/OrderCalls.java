package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;

/** The merchant's order calls: addOrder, batchGetOrder, cancelOrder, getOrder, getPath, testUpdateOrder. */
public final class OrderCalls {

    /** The sandbox courier id. */
    public static final String SANDBOX_DELIVERY_ID = "TEST";
    /** The sandbox biz_id. */
    public static final String SANDBOX_BIZ_ID = "test_biz_id";
    private static final int SANDBOX_SERVICE_TYPE = 1;
    private static final int MAX_BATCH = 100;

    private final LogisticsState state;
    private final Pushes pushes;
    private final String appId;

    /**
     * Calls working on {@code state}.
     *
     * @param pushes asks couriers (add_waybill, cancel_waybill) and tells the merchant (add_express_path)
     * @param appId  the merchant's AppID, the pushes' ShopAppID
     */
    public OrderCalls(LogisticsState state, Pushes pushes, String appId) {
        this.state = state;
        this.pushes = pushes;
        this.appId = appId;
    }

    /** addOrder: creates the order and its waybill, or answers the documented error. */
    public JsonObject addOrder(JsonObject b) {
        long addSource = Jsons.requireLong(b, "add_source");
        String orderId = Jsons.requireString(b, "order_id");
        String deliveryId = Jsons.requireString(b, "delivery_id");
        String bizId = Jsons.requireString(b, "biz_id");
        JsonObject senderJson = Jsons.requireObject(b, "sender");
        JsonObject receiverJson = Jsons.requireObject(b, "receiver");
        JsonObject cargo = Jsons.requireObject(b, "cargo");
        JsonObject shop = Jsons.requireObject(b, "shop");
        Jsons.requireObject(b, "insured");
        JsonObject service = Jsons.requireObject(b, "service");
        long serviceType = Jsons.requireLong(service, "service_type");
        Jsons.requireString(service, "service_name");
        String openid = Jsons.optString(b, "openid", "");
        if (addSource != 0 && addSource != 2) {
            throw ApiError.withHint(930561, "add_source must be 0 or 2");
        }
        if (addSource == 0 && openid.isEmpty()) {
            throw ApiError.withHint(47001, "missing openid");
        }
        if (addSource == 2 && Jsons.optString(b, "wx_appid", "").isEmpty()) {
            throw ApiError.withHint(9300536, "wx_appid is required when add_source=2");
        }
        Limits.maxBytes("order_id", orderId, 512);
        Limits.maxBytes("custom_remark", Jsons.optString(b, "custom_remark"), 1024);
        Limits.person("sender", senderJson);
        Limits.person("receiver", receiverJson);
        checkShop(shop);
        Contact sender = Contact.fromJson(senderJson);
        Contact receiver = Contact.fromJson(receiverJson);
        boolean noGoods = Jsons.optArray(cargo, "detail_list").isEmpty();
        if (pushes.hasCourier(deliveryId)) {
            return addOrderThroughCourier(b, orderId, openid, deliveryId, bizId, serviceType, sender, receiver);
        }
        return state.locked(() -> {
            Optional<Order> existing = state.order(orderId);
            if (existing.isPresent()) {
                // WeChat: the same order_id always yields the same waybill.
                if (!existing.get().deliveryId().equals(deliveryId)) {
                    throw ApiError.withHint(930561, "order_id already used with another delivery_id");
                }
                return addReply(existing.get());
            }
            BoundAccount account = chargeableAccount(deliveryId, bizId, serviceType);
            if (account != null && account.passwordWrong()) {
                throw ApiError.deliveryFailure(10002, "客户密码不正确");
            }
            if (!sender.isComplete()) {
                throw ApiError.deliveryFailure(20002, "寄件人信息不完整");
            }
            if (!receiver.isComplete()) {
                throw ApiError.deliveryFailure(20004, "收件人信息不完整");
            }
            if (noGoods) {
                throw ApiError.deliveryFailure(-1, "cargo.detailList is empty");
            }
            boolean metered = account != null && state.courier(deliveryId).map(c -> c.canGetQuota() == 1).orElse(false);
            if (metered && account.quotaNum() <= 0) {
                throw ApiError.deliveryFailure(20007, "商户余额不足");
            }
            if (SANDBOX_DELIVERY_ID.equals(deliveryId) && !state.takeSandboxOrder()) {
                throw ApiError.of(930564);
            }
            String waybillId = state.nextWaybillId();
            Order order = new Order(orderId, openid, deliveryId, bizId, waybillId, Waybills.courierToken(waybillId),
                    Order.NORMAL, Waybills.printHtml(deliveryId, waybillId, orderId),
                    Waybills.waybillData(deliveryId, receiver, Long.parseLong(waybillId)), sender, receiver,
                    List.of());
            state.putOrder(order);
            if (metered) {
                state.putAccount(account.consumeQuota(state.now()));
            }
            return addReply(order);
        });
    }

    /** What addOrder knows before asking the courier: an order made before, or the waybill ID to propose. */
    private record Proposal(Order existing, String waybillId, String password) {
    }

    /**
     * addOrder as WeChat does it with the courier's push URL configured: WeChat's own checks, then
     * add_waybill to the courier, whose reply decides (ResultCode, WayBillID, WaybillData). The
     * courier-side checks of the fake (password, contacts, goods, quota) are the courier's then.
     * The state lock is not held while the courier is asked.
     */
    private JsonObject addOrderThroughCourier(JsonObject b, String orderId, String openid, String deliveryId,
            String bizId, long serviceType, Contact sender, Contact receiver) {
        Proposal proposal = state.locked(() -> {
            Optional<Order> existing = state.order(orderId);
            if (existing.isPresent()) {
                if (!existing.get().deliveryId().equals(deliveryId)) {
                    throw ApiError.withHint(930561, "order_id already used with another delivery_id");
                }
                return new Proposal(existing.get(), null, null);
            }
            chargeableAccount(deliveryId, bizId, serviceType);
            if (SANDBOX_DELIVERY_ID.equals(deliveryId) && !state.takeSandboxOrder()) {
                throw ApiError.of(930564);
            }
            return new Proposal(null, state.nextWaybillId(), state.password(deliveryId, bizId));
        });
        if (proposal.existing() != null) {
            // WeChat: the same order_id always yields the same waybill, without asking the courier again.
            return addReply(proposal.existing());
        }
        String token = pushes.newOrderToken();
        Pushes.CourierReply reply = pushes.askCourier(deliveryId, PushPackets.ADD_WAYBILL, Pushes.WECHAT_OPENID,
                PushPackets.addWaybill(token, proposal.password(), appId, proposal.waybillId(), b));
        if (reply.resultCode() != 0) {
            throw ApiError.deliveryFailure(reply.resultCode(), reply.resultMsg());
        }
        String waybillId = reply.field("WayBillID").map(String::strip).filter(id -> !id.isEmpty() && !id.equals("0"))
                .orElseThrow(() -> ApiError.withHint(9300502, "the courier's reply has no WayBillID"));
        List<KeyValue> waybillData = PushPackets.waybillData(reply.field("WaybillData").orElse(""));
        return state.locked(() -> {
            Optional<Order> raced = state.order(orderId);
            if (raced.isPresent()) {
                return addReply(raced.get());
            }
            if (state.orderByWaybill(waybillId).isPresent()) {
                throw ApiError.withHint(9300502, "the courier's WayBillID belongs to another order");
            }
            Order order = new Order(orderId, openid, deliveryId, bizId, waybillId, token, Order.NORMAL,
                    Waybills.printHtml(deliveryId, waybillId, orderId), waybillData, sender, receiver, List.of());
            state.putOrder(order);
            return addReply(order);
        });
    }

    /** The bound account that pays for the waybill, or null for cash and sandbox orders. */
    private BoundAccount chargeableAccount(String deliveryId, String bizId, long serviceType) {
        if (SANDBOX_DELIVERY_ID.equals(deliveryId)) {
            if (!SANDBOX_BIZ_ID.equals(bizId)) {
                throw ApiError.withHint(9300525, "sandbox orders need biz_id test_biz_id");
            }
            if (serviceType != SANDBOX_SERVICE_TYPE) {
                throw ApiError.withHint(9300510, "sandbox service_type is 1");
            }
            return null;
        }
        Courier courier = state.courier(deliveryId).orElseThrow(() -> ApiError.of(9300503));
        if (!courier.offers((int) serviceType)) {
            throw ApiError.withHint(9300510, deliveryId + " has no service_type " + serviceType);
        }
        if (courier.canUseCash() == 1 && bizId.equals(courier.cashBizId())) {
            return null;
        }
        return state.account(deliveryId, bizId).filter(a -> a.statusCode() == BoundAccount.BOUND)
                .orElseThrow(() -> ApiError.withHint(9300525, "biz_id not bound"));
    }

    private static void checkShop(JsonObject shop) {
        Limits.maxBytes("shop.goods_name", Jsons.optString(shop, "goods_name"), 128);
        if (!Jsons.optArray(shop, "detail_list").isEmpty()) {
            return;
        }
        if (Jsons.optString(shop, "img_url", "").isEmpty() || Jsons.optString(shop, "goods_name", "").isEmpty()
                || Jsons.optLong(shop, "goods_count", 0) <= 0) {
            throw ApiError.withHint(9300535, "shop needs img_url, goods_name and goods_count without detail_list");
        }
    }

    private static JsonObject addReply(Order order) {
        JsonArrayBuilder data = Jsons.array();
        order.waybillData().forEach(kv -> data.add(kv.toJson()));
        return Jsons.object().add("errcode", 0).add("errmsg", "ok").add("order_id", order.orderId())
                .add("waybill_id", order.waybillId()).add("waybill_data", data).build();
    }

    /** getOrder. */
    public JsonObject getOrder(JsonObject b) {
        String orderId = Jsons.requireString(b, "order_id");
        String deliveryId = Jsons.requireString(b, "delivery_id");
        String waybillId = Jsons.optString(b, "waybill_id", "");
        String openid = Jsons.optString(b, "openid", "");
        return state.locked(() -> {
            Order order = find(orderId, deliveryId, waybillId);
            if (!openid.isEmpty() && !order.openid().isEmpty() && !openid.equals(order.openid())) {
                throw ApiError.of(40003);
            }
            return order.toOrderJson().build();
        });
    }

    /** batchGetOrder: a per-item errcode for each of at most 100 orders. */
    public JsonObject batchGetOrder(JsonObject b) {
        JsonArray list = Jsons.optArray(b, "order_list");
        if (list.isEmpty() || list.size() > MAX_BATCH) {
            throw ApiError.withHint(47001, "order_list needs 1 to " + MAX_BATCH + " items");
        }
        for (JsonValue item : list) {
            if (!(item instanceof JsonObject o)) {
                throw ApiError.withHint(47001, "order_list items must be objects");
            }
            Jsons.requireString(o, "order_id");
            Jsons.requireString(o, "delivery_id");
        }
        return state.locked(() -> {
            JsonArrayBuilder out = Jsons.array();
            for (JsonValue item : list) {
                JsonObject q = item.asJsonObject();
                String orderId = q.getString("order_id");
                String deliveryId = q.getString("delivery_id");
                String waybillId = Jsons.optString(q, "waybill_id", "");
                try {
                    out.add(Jsons.object().add("errcode", 0).add("errmsg", "ok")
                            .addAll(find(orderId, deliveryId, waybillId).toOrderJson()));
                } catch (ApiError e) {
                    out.add(Jsons.object().add("errcode", e.errcode()).add("errmsg", e.errmsg())
                            .add("order_id", orderId).add("delivery_id", deliveryId).add("waybill_id", waybillId));
                }
            }
            return Jsons.object().add("errcode", 0).add("errmsg", "ok").add("order_list", out).build();
        });
    }

    /** cancelOrder: 930563 unknown, 9300506 has a path, 9300524 already cancelled. */
    public JsonObject cancelOrder(JsonObject b) {
        String orderId = Jsons.requireString(b, "order_id");
        String deliveryId = Jsons.requireString(b, "delivery_id");
        String waybillId = Jsons.requireString(b, "waybill_id");
        if (pushes.hasCourier(deliveryId)) {
            return cancelThroughCourier(orderId, deliveryId, waybillId);
        }
        return state.locked(() -> {
            state.putOrder(cancellable(orderId, deliveryId, waybillId).cancelled());
            return cancelReply("");
        });
    }

    /** The order cancelOrder may cancel: 9300503 unknown courier, 930563 / 40199, 9300524 cancelled, 9300506 has a path. */
    private Order cancellable(String orderId, String deliveryId, String waybillId) {
        if (!SANDBOX_DELIVERY_ID.equals(deliveryId) && state.courier(deliveryId).isEmpty()) {
            throw ApiError.of(9300503);
        }
        Order order = find(orderId, deliveryId, waybillId);
        if (order.orderStatus() == Order.CANCELLED) {
            throw ApiError.of(9300524);
        }
        if (!order.path().isEmpty()) {
            throw ApiError.of(9300506);
        }
        return order;
    }

    private static JsonObject cancelReply(String deliveryResultMsg) {
        return Jsons.object().add("errcode", 0).add("errmsg", "ok").add("delivery_resultcode", 0)
                .add("delivery_resultmsg", deliveryResultMsg).build();
    }

    /** cancelOrder with the courier's push URL configured: WeChat's checks, then cancel_waybill, whose reply decides. */
    private JsonObject cancelThroughCourier(String orderId, String deliveryId, String waybillId) {
        record Cancellable(Order order, String password) {
        }
        Cancellable found = state.locked(() -> {
            Order order = cancellable(orderId, deliveryId, waybillId);
            return new Cancellable(order, state.password(deliveryId, order.bizId()));
        });
        Pushes.CourierReply reply = pushes.askCourier(deliveryId, PushPackets.CANCEL_WAYBILL, found.order().openid(),
                PushPackets.cancelWaybill(found.order(), found.password(), appId));
        if (reply.resultCode() != 0) {
            throw ApiError.deliveryFailure(reply.resultCode(), reply.resultMsg());
        }
        return state.locked(() -> {
            state.order(orderId).filter(o -> o.orderStatus() == Order.NORMAL)
                    .ifPresent(o -> state.putOrder(o.cancelled()));
            return cancelReply("");
        });
    }

    /** getPath: the order's tracking nodes, oldest first. */
    public JsonObject getPath(JsonObject b) {
        String deliveryId = Jsons.requireString(b, "delivery_id");
        String waybillId = Jsons.requireString(b, "waybill_id");
        String orderId = Jsons.optString(b, "order_id", "");
        return state.locked(() -> {
            Order order = state.orderByWaybill(waybillId).filter(o -> o.deliveryId().equals(deliveryId))
                    .orElseThrow(() -> ApiError.of(40199));
            if (!orderId.isEmpty() && !orderId.equals(order.orderId())) {
                throw ApiError.withHint(930563, "order_id does not own this waybill");
            }
            JsonArrayBuilder items = Jsons.array();
            order.path().forEach(p -> items.add(p.toJson()));
            return Jsons.object().add("openid", order.openid()).add("delivery_id", order.deliveryId())
                    .add("waybill_id", order.waybillId()).add("path_item_num", order.path().size())
                    .add("path_item_list", items).build();
        });
    }

    /** testUpdateOrder: appends a node to a sandbox order's path. */
    public JsonObject testUpdateOrder(JsonObject b) {
        String bizId = Jsons.requireString(b, "biz_id");
        String orderId = Jsons.requireString(b, "order_id");
        String deliveryId = Jsons.requireString(b, "delivery_id");
        String waybillId = Jsons.requireString(b, "waybill_id");
        TrackingNode item = new TrackingNode(Jsons.requireLong(b, "action_time"),
                Limits.actionType(Jsons.requireLong(b, "action_type")), Jsons.requireString(b, "action_msg"));
        if (!SANDBOX_BIZ_ID.equals(bizId) || !SANDBOX_DELIVERY_ID.equals(deliveryId)) {
            throw ApiError.withHint(930561, "sandbox only: biz_id test_biz_id and delivery_id TEST");
        }
        return state.locked(() -> {
            Order updated = find(orderId, deliveryId, waybillId).withPathItem(item);
            state.putOrder(updated);
            // Queued under the lock, so the merchant gets the versions in order.
            pushes.tellMerchant(PushPackets.ADD_EXPRESS_PATH, updated.openid(), PushPackets.addExpressPath(updated));
            return Replies.ok();
        });
    }

    /** The order with this id and courier (930563 otherwise), checking the waybill when given (40199). */
    private Order find(String orderId, String deliveryId, String waybillId) {
        Order order = state.order(orderId).filter(o -> o.deliveryId().equals(deliveryId))
                .orElseThrow(() -> ApiError.of(930563));
        if (!waybillId.isEmpty() && !waybillId.equals(order.waybillId())) {
            throw ApiError.of(40199);
        }
        return order;
    }
}
