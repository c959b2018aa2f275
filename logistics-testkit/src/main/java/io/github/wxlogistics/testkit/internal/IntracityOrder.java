package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonObject;

/**
 * One intracity order in the fake: what addorder was given, its quote, and where it is. Mutable;
 * only touched under {@link IntracityState}'s lock.
 */
public final class IntracityOrder {

    final String wxOrderId;
    final String wxStoreId;
    final String storeOrderId;
    final String serviceTransId;
    final JsonObject request;
    final long distance;
    final long fee;
    final boolean sandbox;
    final String callbackUrl;
    final long createTime;
    int status = 10000;
    long deductFee;
    long acceptTime;
    long fetchTime;
    long finishTime;
    long cancelTime;

    IntracityOrder(String wxOrderId, String wxStoreId, String storeOrderId, String serviceTransId, JsonObject request,
            long distance, long fee, boolean sandbox, String callbackUrl, long createTime) {
        this.wxOrderId = wxOrderId;
        this.wxStoreId = wxStoreId;
        this.storeOrderId = storeOrderId;
        this.serviceTransId = serviceTransId;
        this.request = request;
        this.distance = distance;
        this.fee = fee;
        this.sandbox = sandbox;
        this.callbackUrl = callbackUrl;
        this.createTime = createTime;
    }

    /** Moves the order to {@code next}, stamping the time the status stands for. */
    void moveTo(int next, long now) {
        status = next;
        switch (next) {
            case 30000 -> acceptTime = now;
            case 50000 -> fetchTime = now;
            case 70000 -> finishTime = now;
            case 20000, 20001 -> cancelTime = now;
            default -> { }
        }
    }

    /** Whether the order will not move any more. */
    boolean isFinal() {
        return status == 20000 || status == 20001 || status == 70000 || status == 90000;
    }

    /** Whether the order is on its way (counts against a refund). */
    boolean inTransit() {
        return !isFinal();
    }
}
