package io.github.wxlogistics.model.insurance;

/**
 * A policy's status ({@code status} in getorderlist, the values of its {@code status_list}, and the
 * claim-result push's {@code Status}): 2 covered, 4 claim in progress, 5 claim paid, 6 claim failed,
 * 7 expired. Undocumented values still decode.
 *
 * @param code the wire value
 */
public record PolicyStatus(int code) {

    /** 2: covered (保障中). */
    public static final PolicyStatus COVERED = new PolicyStatus(2);
    /** 4: claim in progress (理赔中). */
    public static final PolicyStatus CLAIMING = new PolicyStatus(4);
    /** 5: claim paid (理赔成功). */
    public static final PolicyStatus CLAIM_SUCCEEDED = new PolicyStatus(5);
    /** 6: claim failed (理赔失败). */
    public static final PolicyStatus CLAIM_FAILED = new PolicyStatus(6);
    /** 7: expired without a claim (投保过期). */
    public static final PolicyStatus EXPIRED = new PolicyStatus(7);

    /**
     * The status with this wire value, known or not.
     *
     * @param code the wire value
     * @return the status
     */
    public static PolicyStatus of(int code) {
        return new PolicyStatus(code);
    }

    @Override
    public String toString() {
        String name = switch (code) {
            case 2 -> "covered";
            case 4 -> "claim in progress";
            case 5 -> "claim succeeded";
            case 6 -> "claim failed";
            case 7 -> "expired";
            default -> "unknown";
        };
        return code + " (" + name + ")";
    }
}
