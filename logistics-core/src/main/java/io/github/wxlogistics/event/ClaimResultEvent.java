package io.github.wxlogistics.event;

import io.github.wxlogistics.model.insurance.PolicyStatus;
import java.util.Objects;

/**
 * {@code wxainsurance_claim_result} (merchant side, 理赔结果推送): a freight insurance claim
 * ({@code insurance_freight_claim}) was settled. Answered {@code success}; deduplicated on OrderNo and
 * Status. WeChat puts its fields inside {@code upload_event} (an element in XML, an object in JSON);
 * a push that carries them at the top level is read the same way.
 *
 * @param envelope      the common fields
 * @param orderNo       {@code OrderNo}: the WeChat Pay transaction id the policy was bought for
 * @param status        {@code Status}: {@link PolicyStatus#CLAIM_SUCCEEDED} (5) or
 *                      {@link PolicyStatus#CLAIM_FAILED} (6)
 * @param finishTime    {@code FinishTime}: when the claim was paid, Unix seconds; 0 when absent
 * @param payFailReason {@code PayFailReason}: why it failed, or {@code null}
 * @param fields        every field of the body as it arrived
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/event_push/express/business/claim_settlement_result.html">理赔结果推送</a>
 */
public record ClaimResultEvent(EventEnvelope envelope, String orderNo, PolicyStatus status, long finishTime,
        String payFailReason, PushFields fields) implements NoticeEvent {

    /** The event name on the wire. */
    public static final String NAME = "wxainsurance_claim_result";

    /**
     * Checks the envelope, status and raw fields.
     *
     * @param envelope      the common fields
     * @param orderNo       {@code OrderNo}
     * @param status        {@code Status}
     * @param finishTime    {@code FinishTime}, Unix seconds
     * @param payFailReason {@code PayFailReason}, or {@code null}
     * @param fields        every field of the body as it arrived
     */
    public ClaimResultEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(fields, "fields");
    }

    /**
     * Whether the claim was paid.
     *
     * @return whether {@code Status} is 5
     */
    public boolean succeeded() {
        return status.equals(PolicyStatus.CLAIM_SUCCEEDED);
    }
}
