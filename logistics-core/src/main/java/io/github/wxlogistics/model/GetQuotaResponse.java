package io.github.wxlogistics.model;

import java.math.BigDecimal;

/**
 * getQuota's reply.
 *
 * @param quotaNum the e-waybill balance, in waybills; a {@link BigDecimal} because the documents
 *                 leave the unit open and one SDK types it as a float: a fraction is kept, never
 *                 truncated. Always present: a reply without it is a
 *                 {@link io.github.wxlogistics.error.DecodeException}.
 */
public record GetQuotaResponse(BigDecimal quotaNum) {
}
