package io.github.wxlogistics.event;

import java.util.List;
import java.util.Objects;

/**
 * {@code add_express_path} (merchant side, logistics.onPathUpdate): a waybill's tracking path
 * changed. Answered {@code success}; deduplicated on DeliveryID, WayBillId and Version.
 *
 * @param envelope   the common fields
 * @param deliveryId the courier's ID ({@code DeliveryID})
 * @param waybillId  the waybill ID ({@code WayBillId}, spelled with {@code Id} here)
 * @param orderId    the merchant's order ID ({@code OrderId})
 * @param version    the path's version ({@code Version})
 * @param count      the number of nodes WeChat counts ({@code Count})
 * @param actions    the nodes, one per {@code Actions} element or array entry, in body order
 * @param fields     every field of the body as it arrived
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-business/logistics.onPathUpdate.html">logistics.onPathUpdate</a>
 */
public record AddExpressPathEvent(EventEnvelope envelope, String deliveryId, String waybillId, String orderId,
        long version, int count, List<PathAction> actions, PushFields fields) implements NoticeEvent {

    /** The event name on the wire. */
    public static final String NAME = "add_express_path";

    /**
     * Copies {@code actions} (null reads as empty) and checks the envelope and raw fields.
     *
     * @param envelope   the common fields
     * @param deliveryId the courier's ID ({@code DeliveryID})
     * @param waybillId  the waybill ID ({@code WayBillId}, spelled with {@code Id} here)
     * @param orderId    the merchant's order ID ({@code OrderId})
     * @param version    the path's version ({@code Version})
     * @param count      the number of nodes WeChat counts ({@code Count})
     * @param actions    the nodes, one per {@code Actions} element or array entry, in body order
     * @param fields     every field of the body as it arrived
     */
    public AddExpressPathEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(fields, "fields");
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
