package io.github.wxlogistics.event;

import io.github.wxlogistics.internal.validation.WireText;
import java.util.Objects;

/**
 * The courier's answer to {@code cancel_waybill}. The receiver adds the envelope and echoes
 * BizID, OrderID and WayBillID from the push.
 *
 * @param resultCode {@code ResultCode}: {@link ResultCode#SUCCESS} (cancelled), {@link ResultCode#OTHER_ERROR}
 *                   or 30001 to 30004
 * @param resultMsg  {@code ResultMsg}: a detail for the merchant
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-provider/logistics.onCancelOrder.html">logistics.onCancelOrder</a>
 */
public record CancelWaybillReply(ResultCode resultCode, String resultMsg) {

    /**
     * Checks that both fields are present.
     *
     * @param resultCode {@code ResultCode}: {@link ResultCode#SUCCESS} (cancelled), {@link ResultCode#OTHER_ERROR}
     *                   or 30001 to 30004
     * @param resultMsg  {@code ResultMsg}: a detail for the merchant
     */
    public CancelWaybillReply {
        WireText.requireWellFormed("ResultMsg", resultMsg);
        Objects.requireNonNull(resultCode, "resultCode");
        Objects.requireNonNull(resultMsg, "resultMsg");
    }

    /**
     * The order is cancelled: ResultCode 0, ResultMsg {@code success}.
     *
     * @return the success reply
     */
    public static CancelWaybillReply cancelled() {
        return new CancelWaybillReply(ResultCode.SUCCESS, "success");
    }

    /**
     * The cancellation is refused.
     *
     * @param resultCode why, such as {@link ResultCode#ALREADY_PICKED_UP}; not {@link ResultCode#SUCCESS}
     * @param resultMsg  a detail for the merchant
     * @return the refusal
     * @throws IllegalArgumentException if {@code resultCode} is {@link ResultCode#SUCCESS}
     */
    public static CancelWaybillReply refused(ResultCode resultCode, String resultMsg) {
        if (Objects.requireNonNull(resultCode, "resultCode").isSuccess()) {
            throw new IllegalArgumentException("a refusal needs a non-zero ResultCode");
        }
        return new CancelWaybillReply(resultCode, resultMsg);
    }
}
