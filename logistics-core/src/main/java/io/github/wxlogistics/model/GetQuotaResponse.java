package io.github.wxlogistics.model;

/**
 * getQuota's reply.
 *
 * @param quotaNum the e-waybill balance
 */
public record GetQuotaResponse(long quotaNum) {
}
