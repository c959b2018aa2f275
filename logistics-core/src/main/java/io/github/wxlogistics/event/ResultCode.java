package io.github.wxlogistics.event;

import java.util.Map;

/**
 * A courier reply's {@code ResultCode}, as WeChat's pages for the courier events list it
 * (logistics.onAddOrder, onCancelOrder, onCheckBusiness, onGetQuota). The documented values have
 * constants; any other value can still be sent.
 *
 * @param code the wire value
 */
public record ResultCode(int code) {

    /** 0: success (order accepted, cancelled, account approved, quota returned). */
    public static final ResultCode SUCCESS = new ResultCode(0);
    /** -1: another error. */
    public static final ResultCode OTHER_ERROR = new ResultCode(-1);
    /** 10001: customer code or monthly account not found. */
    public static final ResultCode ACCOUNT_NOT_FOUND = new ResultCode(10001);
    /** 10002: wrong password. */
    public static final ResultCode WRONG_PASSWORD = new ResultCode(10002);
    /** 20001: wrong waybill ID (WeChat-generated IDs only). */
    public static final ResultCode WRONG_WAYBILL_ID = new ResultCode(20001);
    /** 20002: sender information incomplete. */
    public static final ResultCode SENDER_INCOMPLETE = new ResultCode(20002);
    /** 20003: sender address unreachable or out of range. */
    public static final ResultCode SENDER_OUT_OF_RANGE = new ResultCode(20003);
    /** 20004: receiver information incomplete. */
    public static final ResultCode RECEIVER_INCOMPLETE = new ResultCode(20004);
    /** 20005: receiver address unreachable or out of range. */
    public static final ResultCode RECEIVER_OUT_OF_RANGE = new ResultCode(20005);
    /** 20006: bad count, weight or size. */
    public static final ResultCode BAD_CARGO = new ResultCode(20006);
    /** 20007: the merchant's balance is insufficient. */
    public static final ResultCode INSUFFICIENT_BALANCE = new ResultCode(20007);
    /** 20008: bad insurance information. */
    public static final ResultCode BAD_INSURANCE = new ResultCode(20008);
    /** 20009: bad service information. */
    public static final ResultCode BAD_SERVICE = new ResultCode(20009);
    /** 30001 (cancel_waybill): BizID, OrderID or WayBillID is wrong. */
    public static final ResultCode BAD_ORDER_IDS = new ResultCode(30001);
    /** 30002 (cancel_waybill): already picked up, cannot be cancelled. */
    public static final ResultCode ALREADY_PICKED_UP = new ResultCode(30002);
    /** 30003 (cancel_waybill): the waybill is no longer valid (already cancelled, or signed long ago). */
    public static final ResultCode WAYBILL_INVALID = new ResultCode(30003);
    /** 30004 (cancel_waybill): the courier cannot cancel it. */
    public static final ResultCode CANNOT_CANCEL = new ResultCode(30004);

    private static final Map<Integer, String> DESCRIPTIONS = Map.ofEntries(Map.entry(0, "success"),
            Map.entry(-1, "other error"), Map.entry(10001, "account not found"), Map.entry(10002, "wrong password"),
            Map.entry(20001, "wrong waybill ID"), Map.entry(20002, "sender incomplete"),
            Map.entry(20003, "sender out of range"), Map.entry(20004, "receiver incomplete"),
            Map.entry(20005, "receiver out of range"), Map.entry(20006, "bad cargo"),
            Map.entry(20007, "insufficient balance"), Map.entry(20008, "bad insurance"),
            Map.entry(20009, "bad service"), Map.entry(30001, "bad order IDs"),
            Map.entry(30002, "already picked up"), Map.entry(30003, "waybill invalid"),
            Map.entry(30004, "cannot cancel"));

    /**
     * The result code with this wire value, documented or not.
     *
     * @param code the {@code ResultCode} number, such as 0 or 20005
     * @return the result code
     */
    public static ResultCode of(int code) {
        return new ResultCode(code);
    }

    /**
     * Whether this is {@link #SUCCESS}.
     *
     * @return true for code 0
     */
    public boolean isSuccess() {
        return code == 0;
    }

    /**
     * An English description, or {@code "undocumented"}.
     *
     * @return the description, such as {@code "receiver out of range"}; never {@code null}
     */
    public String description() {
        return DESCRIPTIONS.getOrDefault(code, "undocumented");
    }

    @Override
    public String toString() {
        return code + " (" + description() + ")";
    }
}
