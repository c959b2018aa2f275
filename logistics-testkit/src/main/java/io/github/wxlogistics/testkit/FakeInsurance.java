package io.github.wxlogistics.testkit;

import io.github.wxlogistics.testkit.internal.InsuranceCalls;
import java.util.Map;
import java.util.Objects;

/**
 * The other side of the fake's freight insurance (无忧退货/运费险): what the merchant does in WeChat's pages
 * and what the insurer decides. By default a claim is paid at once and {@code wxainsurance_claim_result}
 * (Status 5) is pushed to the merchant's push URL; {@link #holdClaims(boolean)} keeps claims in progress
 * (status 4) until {@link #settleClaim} or {@link #rejectClaim}. Obtain one from
 * {@link FakeWeChatServer#freightInsurance()}; thread-safe.
 */
public final class FakeInsurance {

    private final InsuranceCalls calls;

    FakeInsurance(InsuranceCalls calls) {
        this.calls = calls;
    }

    /**
     * The merchant pays a charge order on the page applypay gave: it becomes paid (2) and its amount is
     * added to the funds.
     *
     * @param orderId the order_id createchargeid returned
     * @throws IllegalArgumentException for an unknown charge order
     * @throws IllegalStateException when it is not awaiting payment
     */
    public void pay(long orderId) {
        calls.pay(orderId);
    }

    /**
     * Whether claims wait for a decision ({@code true}) or are paid at once ({@code false}, the default).
     *
     * @param hold whether to hold claims
     */
    public void holdClaims(boolean hold) {
        calls.holdClaims(hold);
    }

    /**
     * The insurer pays a held claim: status 5, and the result pushed to the merchant.
     *
     * @param orderNo the insured WeChat Pay transaction
     * @throws IllegalArgumentException for an order without a policy
     * @throws IllegalStateException when no claim is in progress
     */
    public void settleClaim(String orderNo) {
        calls.settle(Objects.requireNonNull(orderNo, "orderNo"), true, "");
    }

    /**
     * The insurer refuses a held claim: status 6, and the result pushed with {@code PayFailReason}.
     *
     * @param orderNo the insured WeChat Pay transaction
     * @param reason  the {@code PayFailReason}
     * @throws IllegalArgumentException for an order without a policy
     * @throws IllegalStateException when no claim is in progress
     */
    public void rejectClaim(String orderNo, String reason) {
        calls.settle(Objects.requireNonNull(orderNo, "orderNo"), false, Objects.requireNonNull(reason, "reason"));
    }

    /**
     * The premium funds now, in fen (paid top-ups less premiums and refunds; below zero when exhausted).
     *
     * @return the funds
     */
    public long funds() {
        return calls.funds()[0];
    }

    /**
     * Every policy's status code by order_no, in creation order (2 covered, 4 claiming, 5 paid, 6 failed,
     * 7 expired).
     *
     * @return a snapshot
     */
    public Map<String, Integer> policies() {
        return calls.policyStatuses();
    }
}
