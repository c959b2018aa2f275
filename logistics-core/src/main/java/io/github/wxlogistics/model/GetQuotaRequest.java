package io.github.wxlogistics.model;

/**
 * getQuota's request.
 *
 * @param deliveryId the courier ID (required)
 * @param bizId      the courier customer code (required)
 */
public record GetQuotaRequest(String deliveryId, String bizId) {

    /** A request for an account's balance. */
    public static GetQuotaRequest of(String deliveryId, String bizId) {
        return new GetQuotaRequest(deliveryId, bizId);
    }
}
