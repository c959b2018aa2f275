package io.github.wxlogistics.event;

import io.github.wxlogistics.internal.validation.WireText;
import java.util.Objects;

/**
 * The courier's answer to {@code check_biz}. The receiver adds the envelope and echoes BizID.
 *
 * @param resultCode {@code ResultCode}: {@link ResultCode#SUCCESS} (approved), {@link ResultCode#OTHER_ERROR},
 *                   {@link ResultCode#ACCOUNT_NOT_FOUND} or {@link ResultCode#WRONG_PASSWORD}
 * @param resultMsg  {@code ResultMsg}: a detail for the merchant
 * @param quota      {@code Quota}: waybills left on the account, 0 if none or unknown; never negative
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-provider/logistics.onCheckBusiness.html">logistics.onCheckBusiness</a>
 */
public record CheckBizReply(ResultCode resultCode, String resultMsg, long quota) {

    /**
     * Checks that the fields are present and the quota is not negative.
     *
     * @param resultCode {@code ResultCode}: {@link ResultCode#SUCCESS} (approved), {@link ResultCode#OTHER_ERROR},
     *                   {@link ResultCode#ACCOUNT_NOT_FOUND} or {@link ResultCode#WRONG_PASSWORD}
     * @param resultMsg  {@code ResultMsg}: a detail for the merchant
     * @param quota      {@code Quota}: waybills left on the account, 0 if none or unknown; never negative
     */
    public CheckBizReply {
        WireText.requireWellFormed("ResultMsg", resultMsg);
        Objects.requireNonNull(resultCode, "resultCode");
        Objects.requireNonNull(resultMsg, "resultMsg");
        if (quota < 0) {
            throw new IllegalArgumentException("Quota must not be negative, was " + quota);
        }
    }

    /**
     * The account is approved and has this many waybills left.
     *
     * @param quota the waybills left on the account, 0 if none or unknown
     * @return a reply with ResultCode 0 and ResultMsg {@code success}
     * @throws IllegalArgumentException if {@code quota} is negative
     */
    public static CheckBizReply approved(long quota) {
        return new CheckBizReply(ResultCode.SUCCESS, "success", quota);
    }

    /**
     * The account is refused; Quota is 0.
     *
     * @param resultCode why, such as {@link ResultCode#WRONG_PASSWORD}; not {@link ResultCode#SUCCESS}
     * @param resultMsg  a detail for the merchant
     * @return the refusal, with Quota 0
     * @throws IllegalArgumentException if {@code resultCode} is {@link ResultCode#SUCCESS}
     */
    public static CheckBizReply refused(ResultCode resultCode, String resultMsg) {
        if (Objects.requireNonNull(resultCode, "resultCode").isSuccess()) {
            throw new IllegalArgumentException("a refusal needs a non-zero ResultCode");
        }
        return new CheckBizReply(resultCode, resultMsg, 0);
    }
}
