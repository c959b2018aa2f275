package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonObject;

/** The courier's calls: getContact, updatePath, previewTemplate, updateBusiness. */
public final class CourierCalls {

    private final LogisticsState state;
    private final TemplateRenderer renderer;
    private final String appId;
    private final Pushes pushes;

    /**
     * Calls working on {@code state}; {@code appId} is the merchant app updateBusiness expects;
     * {@code pushes} tells the merchant (add_express_path, update_business_bind_result).
     */
    public CourierCalls(LogisticsState state, TemplateRenderer renderer, String appId, Pushes pushes) {
        this.state = state;
        this.renderer = renderer;
        this.appId = appId;
        this.pushes = pushes;
    }

    /** getContact: the waybill's sender and receiver with the address merged. */
    public JsonObject getContact(JsonObject b) {
        String token = Jsons.requireString(b, "token");
        String waybillId = Jsons.requireString(b, "waybill_id");
        return state.locked(() -> {
            Order order = owned(waybillId, token);
            return Jsons.object().add("waybill_id", order.waybillId()).add("sender", order.sender().toContactJson())
                    .add("receiver", order.receiver().toContactJson()).build();
        });
    }

    /** updatePath: appends a node that getPath then returns. */
    public JsonObject updatePath(JsonObject b) {
        String token = Jsons.requireString(b, "token");
        String waybillId = Jsons.requireString(b, "waybill_id");
        TrackingNode item = new TrackingNode(Jsons.requireLong(b, "action_time"),
                Limits.actionType(Jsons.requireLong(b, "action_type")), Jsons.requireString(b, "action_msg"));
        return state.locked(() -> {
            append(owned(waybillId, token), item);
            return Replies.ok();
        });
    }

    /**
     * The console's "advance": appends the waybill's next tracking node (picked up, in transit, out
     * for delivery, signed; {@link Tracking#next}) at {@code actionTime} and tells the merchant
     * with add_express_path, as an updatePath by the courier would.
     *
     * @return the node appended
     * @throws IllegalArgumentException for an unknown waybill, a cancelled order or a final path
     */
    public TrackingNode advance(String waybillId, long actionTime) {
        return state.locked(() -> {
            Order order = state.orderByWaybill(waybillId).orElseThrow(() ->
                    new IllegalArgumentException("no waybill " + waybillId));
            if (order.orderStatus() == Order.CANCELLED) {
                throw new IllegalArgumentException("order " + order.orderId() + " is cancelled");
            }
            TrackingNode next = Tracking.next(order.path(), actionTime).orElseThrow(() -> new IllegalArgumentException(
                    "waybill " + waybillId + " is final (" + order.path().get(order.path().size() - 1).actionType()
                            + "): nothing to advance to"));
            append(order, next);
            return next;
        });
    }

    /** Appends a node and queues add_express_path; the caller holds the state's lock. */
    private void append(Order order, TrackingNode item) {
        Order updated = order.withPathItem(item);
        state.putOrder(updated);
        // Queued under the lock, so the merchant gets the versions in order.
        pushes.tellMerchant(PushPackets.ADD_EXPRESS_PATH, updated.openid(), PushPackets.addExpressPath(updated));
    }

    /** previewTemplate: renders the template with the waybill's data. */
    public JsonObject previewTemplate(JsonObject b) {
        String waybillId = Jsons.requireString(b, "waybill_id");
        String template = Jsons.requireString(b, "waybill_template");
        String waybillData = Jsons.requireString(b, "waybill_data");
        JsonObject custom = Jsons.requireObject(b, "custom");
        state.locked(() -> state.orderByWaybill(waybillId).orElseThrow(() -> ApiError.of(40199)));
        String rendered = renderer.render(template, waybillId, appId, waybillData, custom);
        return Jsons.object().add("waybill_id", waybillId).add("rendered_waybill_template", rendered).build();
    }

    /**
     * updateBusiness: settles a pending account review, and pushes update_business_bind_result to
     * the merchant; 40013 other app, 9300525 nothing pending.
     */
    public JsonObject updateBusiness(JsonObject b) {
        String shopAppId = Jsons.requireString(b, "shop_app_id");
        String bizId = Jsons.requireString(b, "biz_id");
        long resultCode = Jsons.requireLong(b, "result_code");
        String resultMsg = Jsons.optString(b, "result_msg", "");
        if (!shopAppId.equals(appId)) {
            throw ApiError.of(40013);
        }
        return state.locked(() -> {
            BoundAccount pending = state.accounts().stream()
                    .filter(a -> a.bizId().equals(bizId) && a.statusCode() == BoundAccount.UNDER_REVIEW).findFirst()
                    .orElseThrow(() -> ApiError.withHint(9300525, "no review pending for this biz_id"));
            state.putAccount(resultCode == 0 ? pending.withStatus(BoundAccount.BOUND, "", state.now())
                    : pending.withStatus(BoundAccount.BIND_FAILED, resultMsg, state.now()));
            pushes.tellMerchant(PushPackets.BUSINESS_BIND_RESULT, Pushes.WECHAT_OPENID,
                    PushPackets.businessBindResult(pending.deliveryId(), bizId, resultCode, resultMsg));
            return Replies.ok();
        });
    }

    private Order owned(String waybillId, String token) {
        Order order = state.orderByWaybill(waybillId).orElseThrow(() -> ApiError.of(40199));
        if (!order.token().equals(token)) {
            throw ApiError.of(9300507);
        }
        return order;
    }
}
