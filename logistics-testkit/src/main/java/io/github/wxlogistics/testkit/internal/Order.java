package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * An order and its waybill. {@code token} is the courier-side order token (the {@code Token} of
 * the add_waybill push); {@link #toString()} hides it.
 */
public record Order(String orderId, String openid, String deliveryId, String bizId, String waybillId,
        String token, int orderStatus, String printHtml, List<KeyValue> waybillData, Contact sender,
        Contact receiver, List<TrackingNode> path) {

    /** {@code order_status} of a live order. */
    public static final int NORMAL = 0;
    /** {@code order_status} of a cancelled order. */
    public static final int CANCELLED = 1;

    /** Copies the lists. */
    public Order {
        waybillData = List.copyOf(waybillData);
        path = List.copyOf(path);
    }

    /** This order cancelled. */
    public Order cancelled() {
        return new Order(orderId, openid, deliveryId, bizId, waybillId, token, CANCELLED, printHtml, waybillData,
                sender, receiver, path);
    }

    /** This order with one more tracking node. */
    public Order withPathItem(TrackingNode item) {
        List<TrackingNode> longer = new ArrayList<>(path);
        longer.add(item);
        return new Order(orderId, openid, deliveryId, bizId, waybillId, token, orderStatus, printHtml, waybillData,
                sender, receiver, longer);
    }

    /** The fields getOrder and batchGetOrder return. */
    public JsonObjectBuilder toOrderJson() {
        JsonArrayBuilder data = Jsons.array();
        waybillData.forEach(kv -> data.add(kv.toJson()));
        return Jsons.object().add("print_html", printHtml).add("waybill_data", data).add("delivery_id", deliveryId)
                .add("waybill_id", waybillId).add("order_id", orderId).add("order_status", orderStatus);
    }

    @Override
    public String toString() {
        return "Order[order_id=" + orderId + ", delivery_id=" + deliveryId + ", waybill_id=" + waybillId
                + ", order_status=" + orderStatus + ", token=***]";
    }
}
