package io.github.wxlogistics.testkit;

import io.github.wxlogistics.testkit.internal.ReturnCalls;
import java.util.Objects;

/**
 * The user's side of the fake's return component (退货组件): what a user does in WeChat after the
 * merchant's add. Each return starts at status 0 (nothing filled in); unbind succeeds only after
 * {@link #shipBack}. Obtain one from {@link FakeWeChatServer#returns()}; thread-safe.
 */
public final class FakeReturns {

    private final ReturnCalls calls;

    FakeReturns(ReturnCalls calls) {
        this.calls = calls;
    }

    /**
     * The user books a courier pickup: status 1, a new waybill, order_status 0.
     *
     * @param returnId   a return id add returned
     * @param deliveryId the carrier, such as {@code SF}
     * @return the pickup's waybill number
     * @throws IllegalArgumentException for an unknown return id
     */
    public String bookPickup(String returnId, String deliveryId) {
        return calls.bookPickup(Objects.requireNonNull(returnId, "returnId"), Objects.requireNonNull(deliveryId, "deliveryId"));
    }

    /**
     * The user ships the parcel back and fills in its waybill: status 2, order_status 0.
     *
     * @param returnId   a return id add returned
     * @param deliveryId the carrier, such as {@code YTO}
     * @param waybillId  the user's waybill number
     * @throws IllegalArgumentException for an unknown return id
     */
    public void shipBack(String returnId, String deliveryId, String waybillId) {
        calls.shipBack(Objects.requireNonNull(returnId, "returnId"), Objects.requireNonNull(deliveryId, "deliveryId"),
                Objects.requireNonNull(waybillId, "waybillId"));
    }

    /**
     * The return parcel moves on one step: ordered, picked up, in transit, out for delivery, signed.
     *
     * @param returnId a return id with a waybill
     * @return the new order_status, 1 to 4
     * @throws IllegalArgumentException for an unknown return id
     * @throws IllegalStateException without a waybill yet, or once signed
     */
    public int advance(String returnId) {
        return calls.advance(Objects.requireNonNull(returnId, "returnId"));
    }
}
