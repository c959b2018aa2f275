package io.github.wxlogistics.event;

import io.github.wxlogistics.internal.validation.WireText;
import java.util.Objects;

/**
 * The courier's answer to {@code get_quota}. The receiver adds the envelope and echoes BizID.
 *
 * @param resultCode {@code ResultCode}: {@link ResultCode#SUCCESS}, {@link ResultCode#OTHER_ERROR},
 *                   {@link ResultCode#ACCOUNT_NOT_FOUND} or {@link ResultCode#WRONG_PASSWORD}
 * @param resultMsg  {@code ResultMsg}: a detail for the merchant
 * @param quota      {@code Quota}: waybills left, 0 for none; never negative
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-provider/logistics.onGetQuota.html">logistics.onGetQuota</a>
 */
public record GetQuotaReply(ResultCode resultCode, String resultMsg, long quota) {

    /**
     * Checks that the fields are present and the quota is not negative.
     *
     * @param resultCode {@code ResultCode}: {@link ResultCode#SUCCESS}, {@link ResultCode#OTHER_ERROR},
     *                   {@link ResultCode#ACCOUNT_NOT_FOUND} or {@link ResultCode#WRONG_PASSWORD}
     * @param resultMsg  {@code ResultMsg}: a detail for the merchant
     * @param quota      {@code Quota}: waybills left, 0 for none; never negative
     */
    public GetQuotaReply {
        WireText.requireWellFormed("ResultMsg", resultMsg);
        Objects.requireNonNull(resultCode, "resultCode");
        Objects.requireNonNull(resultMsg, "resultMsg");
        if (quota < 0) {
            throw new IllegalArgumentException("Quota must not be negative, was " + quota);
        }
    }

    /**
     * The account has this many waybills left.
     *
     * @param quota the waybills left, 0 for none
     * @return a reply with ResultCode 0 and ResultMsg {@code success}
     * @throws IllegalArgumentException if {@code quota} is negative
     */
    public static GetQuotaReply of(long quota) {
        return new GetQuotaReply(ResultCode.SUCCESS, "success", quota);
    }

    /**
     * The query is refused; Quota is 0.
     *
     * @param resultCode why, such as {@link ResultCode#ACCOUNT_NOT_FOUND}; not {@link ResultCode#SUCCESS}
     * @param resultMsg  a detail for the merchant
     * @return the refusal, with Quota 0
     * @throws IllegalArgumentException if {@code resultCode} is {@link ResultCode#SUCCESS}
     */
    public static GetQuotaReply refused(ResultCode resultCode, String resultMsg) {
        if (Objects.requireNonNull(resultCode, "resultCode").isSuccess()) {
            throw new IllegalArgumentException("a refusal needs a non-zero ResultCode");
        }
        return new GetQuotaReply(resultCode, resultMsg, 0);
    }
}
