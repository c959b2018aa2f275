package io.github.wxlogistics.model;

import java.time.Instant;
import java.util.Objects;

/**
 * testUpdateOrder's request (sandbox only): appends a node to a sandbox order's path.
 *
 * @param bizId      must be {@value #SANDBOX_BIZ_ID}
 * @param orderId    the order ID (required)
 * @param deliveryId must be {@value #SANDBOX_DELIVERY_ID}
 * @param waybillId  the waybill ID (required)
 * @param actionTime Unix time in seconds (required, positive)
 * @param actionType the node type (required)
 * @param actionMsg  the node's text (required)
 */
public record TestUpdateOrderRequest(String bizId, String orderId, String deliveryId, String waybillId,
        long actionTime, ActionType actionType, String actionMsg) {

    /** The sandbox's biz_id. */
    public static final String SANDBOX_BIZ_ID = "test_biz_id";
    /** The sandbox's delivery_id. */
    public static final String SANDBOX_DELIVERY_ID = "TEST";

    /** A request for a sandbox order, with the sandbox biz_id and delivery_id filled in. */
    public static TestUpdateOrderRequest of(String orderId, String waybillId, Instant actionTime,
            ActionType actionType, String actionMsg) {
        return new TestUpdateOrderRequest(SANDBOX_BIZ_ID, orderId, SANDBOX_DELIVERY_ID, waybillId,
                Objects.requireNonNull(actionTime, "actionTime").getEpochSecond(), actionType, actionMsg);
    }
}
