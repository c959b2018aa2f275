package io.github.wxlogistics.event;

import io.github.wxlogistics.internal.validation.WireText;
import io.github.wxlogistics.model.PreviewTemplateRequest;
import io.github.wxlogistics.model.WaybillData;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The courier's answer to {@code add_waybill}. The receiver adds the envelope (ToUserName and
 * FromUserName swapped from the push, CreateTime now, MsgType, Event) and echoes Token, OrderID
 * and BizID from the push.
 *
 * @param resultCode  {@code ResultCode}: {@link ResultCode#SUCCESS} or one of the 10001 to 20009 codes
 * @param resultMsg   {@code ResultMsg}: a detail for the merchant
 * @param waybillId   {@code WayBillID}: the waybill ID; {@code null} echoes the push's
 * @param waybillData {@code WaybillData}: {@code ##key##value##...##} (keys usable in templates as
 *                    {@code waybilldata.<key>}), or empty (no entries: sent as an empty element, and
 *                    {@code ##} is read as empty too); neither keys nor values contain {@code #}
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-provider/logistics.onAddOrder.html">logistics.onAddOrder</a>
 */
public record AddWaybillReply(ResultCode resultCode, String resultMsg, String waybillId, String waybillData) {

    private static final Pattern WAYBILL_DATA = Pattern.compile("##(?:[^#]+##[^#]*##)*");

    /**
     * Checks the required fields and the {@code WaybillData} format.
     *
     * @param resultCode  {@code ResultCode}: {@link ResultCode#SUCCESS} or one of the 10001 to 20009 codes
     * @param resultMsg   {@code ResultMsg}: a detail for the merchant
     * @param waybillId   {@code WayBillID}: the waybill ID; {@code null} echoes the push's
     * @param waybillData {@code WaybillData}: {@code ##key##value##...##} (keys usable in templates as
     *                    {@code waybilldata.<key>}), or empty; neither keys nor values contain {@code #}
     * @throws IllegalArgumentException if {@code waybillData} is not empty and not {@code ##(key##value##)*},
     *     the waybill ID is over 128 bytes in UTF-8, or a text holds a lone surrogate
     */
    public AddWaybillReply {
        Objects.requireNonNull(resultCode, "resultCode");
        Objects.requireNonNull(resultMsg, "resultMsg");
        waybillData = waybillData == null ? "" : waybillData;
        WireText.requireWellFormed("ResultMsg", resultMsg);
        WireText.requireWellFormed("WayBillID", waybillId);
        WireText.requireIdLength("WayBillID", waybillId);
        WireText.requireWellFormed("WaybillData", waybillData);
        if (!waybillData.isEmpty() && !WAYBILL_DATA.matcher(waybillData).matches()) {
            throw new IllegalArgumentException("WaybillData must be ##key##value## pairs with no # inside keys or values");
        }
    }

    /**
     * The order is accepted: ResultCode 0, ResultMsg {@code success}.
     *
     * @param waybillId   the waybill ID: the push's unless it was {@code 0}, then the courier's own
     * @param waybillData the data printed on the waybill, in order; may be empty
     * @return a reply with ResultCode 0
     * @throws NullPointerException if {@code waybillId} or {@code waybillData} is {@code null}
     * @throws IllegalArgumentException if the waybill ID is blank, or an entry is null, has an empty
     *     key or a {@code #} in its key or value
     */
    public static AddWaybillReply success(String waybillId, List<WaybillData> waybillData) {
        if (Objects.requireNonNull(waybillId, "waybillId").isBlank()) {
            throw new IllegalArgumentException("waybillId must not be blank");
        }
        // No entries is an empty WaybillData, not "##": the official page gives only the ##key##value## form,
        // and an empty string is what a courier with nothing to print sends.
        return new AddWaybillReply(ResultCode.SUCCESS, "success", waybillId,
                Objects.requireNonNull(waybillData, "waybillData").isEmpty() ? ""
                        : PreviewTemplateRequest.formatWaybillData(waybillData));
    }

    /**
     * The order is refused; WayBillID echoes the push's and WaybillData is empty.
     *
     * @param resultCode why, such as {@link ResultCode#RECEIVER_OUT_OF_RANGE}; not {@link ResultCode#SUCCESS}
     * @param resultMsg  a detail for the merchant
     * @return a refusal with no waybill ID of its own and empty WaybillData
     * @throws IllegalArgumentException if {@code resultCode} is {@link ResultCode#SUCCESS}
     */
    public static AddWaybillReply failure(ResultCode resultCode, String resultMsg) {
        if (Objects.requireNonNull(resultCode, "resultCode").isSuccess()) {
            throw new IllegalArgumentException("a failure needs a non-zero ResultCode");
        }
        return new AddWaybillReply(resultCode, resultMsg, null, "");
    }

    /**
     * This reply with another {@code ResultMsg}.
     *
     * @param value the new {@code ResultMsg}, a detail for the merchant
     * @return a new reply with the same code, waybill ID and data
     */
    public AddWaybillReply withResultMsg(String value) {
        return new AddWaybillReply(resultCode, value, waybillId, waybillData);
    }
}
