package io.github.wxlogistics.testkit;

import io.github.wxlogistics.testkit.internal.TrackingCalls;
import java.util.List;
import java.util.Objects;

/**
 * The carrier's side of the fake's tracking and message components (物流查询组件, 物流消息组件).
 * A waybill of the fake's own orders reports the status of its path (it advances with updatePath and
 * the console); any other waybill reports what {@link #setStatus} last said, 0 until then. Obtain
 * one from {@link FakeWeChatServer#tracking()}; thread-safe.
 */
public final class FakeTracking {

    private final TrackingCalls calls;

    FakeTracking(TrackingCalls calls) {
        this.calls = calls;
    }

    /**
     * Sets what query_trace reports for a waybill the fake did not create: 0 not picked up, 1 picked
     * up, 2 in transit, 3 out for delivery, 4 signed, 5 exception, 6 signed by proxy.
     *
     * @param waybillId the waybill number traced
     * @param status    0 to 6
     * @throws IllegalArgumentException for another status
     */
    public void setStatus(String waybillId, int status) {
        calls.setStatus(Objects.requireNonNull(waybillId, "waybillId"), status);
    }

    /**
     * The {@code waybill_token}s handed out for a waybill so far, oldest first.
     *
     * @param waybillId the waybill number traced
     * @return the tokens, empty when it was never traced
     */
    public List<String> waybillTokens(String waybillId) {
        return calls.tokens(Objects.requireNonNull(waybillId, "waybillId"));
    }
}
