package io.github.wxlogistics.error;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * WeChat answered HTTP 200 with a non-zero {@code errcode}. For addOrder and cancelOrder it
 * also carries the courier's {@code delivery_resultcode} and {@code delivery_resultmsg}.
 */
public final class ApiException extends LogisticsException {
    private static final long serialVersionUID = 1L;
    private static final Set<Integer> TOKEN_REJECTED = Set.of(40001, 40014, 42001);
    private static final Set<Integer> RATE_LIMITED = Set.of(45009, 45011);
    private static final Set<Integer> NOT_FOUND = Set.of(9300559, 931023);
    /** WeChat ends errmsg with {@code rid: <id>} (sometimes {@code hint: [..] rid: ...}). */
    private static final Pattern RID = Pattern.compile("\\brid:\\s*([0-9A-Za-z-]+)\\s*$");


    /** The call's name. */
    private final String operation;
    /** WeChat's {@code errcode}. */
    private final int errcode;
    /** WeChat's {@code errmsg}, never {@code null}. */
    private final String errmsg;
    /** The courier's {@code delivery_resultcode}, or {@code null} when the reply has none. */
    private final Integer deliveryResultcode;
    /** The courier's {@code delivery_resultmsg}, or {@code null} when the reply has none. */
    private final String deliveryResultmsg;

    private ApiException(String operation, int errcode, String errmsg, Integer deliveryResultcode,
            String deliveryResultmsg) {
        super(message(operation, errcode, errmsg, deliveryResultcode, deliveryResultmsg), null);
        this.operation = operation;
        this.errcode = errcode;
        this.errmsg = errmsg;
        this.deliveryResultcode = deliveryResultcode;
        this.deliveryResultmsg = deliveryResultmsg;
    }

    /**
     * An API error without a courier-side result.
     *
     * @param operation the call's name, such as {@code getOrder}
     * @param errcode WeChat's {@code errcode}
     * @param errmsg WeChat's {@code errmsg}; {@code null} is read as empty
     * @return an API error without a courier-side result
     */
    public static ApiException of(String operation, int errcode, String errmsg) {
        return new ApiException(Objects.requireNonNull(operation, "operation"), errcode,
                errmsg == null ? "" : errmsg, null, null);
    }

    /**
     * An API error with the courier-side {@code delivery_resultcode} and {@code delivery_resultmsg}.
     *
     * @param operation the call's name, such as {@code addOrder}
     * @param errcode WeChat's {@code errcode}
     * @param errmsg WeChat's {@code errmsg}; {@code null} is read as empty
     * @param deliveryResultcode the courier's {@code delivery_resultcode}
     * @param deliveryResultmsg the courier's {@code delivery_resultmsg}; {@code null} is read as empty
     * @return an API error with the courier-side {@code delivery_resultcode} and {@code delivery_resultmsg}
     */
    public static ApiException withDeliveryResult(String operation, int errcode, String errmsg,
            int deliveryResultcode, String deliveryResultmsg) {
        return new ApiException(Objects.requireNonNull(operation, "operation"), errcode,
                errmsg == null ? "" : errmsg, deliveryResultcode,
                deliveryResultmsg == null ? "" : deliveryResultmsg);
    }

    private static String message(String operation, int errcode, String errmsg, Integer code, String msg) {
        String base = operation + " failed: errcode " + errcode + (errmsg == null || errmsg.isEmpty() ? "" : " (" + errmsg + ")");
        return code == null ? base : base + ", delivery_resultcode " + code
                + (msg == null || msg.isEmpty() ? "" : " (" + msg + ")");
    }

    /**
     * The call's name, such as {@code getOrder} or {@code getStableAccessToken}.
     *
     * @return the call's name, such as {@code getOrder} or {@code getStableAccessToken}
     */
    public String operation() {
        return operation;
    }

    /**
     * WeChat's {@code errcode}; 0 only when WeChat accepted the call and the courier refused it
     * (see {@link #deliveryResultcode()}).
     *
     * @return WeChat's {@code errcode}
     */
    public int errcode() {
        return errcode;
    }

    /**
     * WeChat's {@code errmsg} (often with a {@code rid:} suffix), or an empty string.
     *
     * @return WeChat's {@code errmsg}, never {@code null}
     */
    public String errmsg() {
        return errmsg;
    }

    /**
     * WeChat's request id, the {@code rid: ...} at the end of {@code errmsg}, which WeChat's support
     * asks for when a call is investigated.
     *
     * @return the id, or empty when {@code errmsg} carries none
     */
    public Optional<String> rid() {
        Matcher m = RID.matcher(errmsg);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The courier-side result code ({@code delivery_resultcode}), for addOrder and cancelOrder
     * failures that carry one.
     *
     * @return the code, or empty when the reply carries none
     */
    public Optional<Integer> deliveryResultcode() {
        return Optional.ofNullable(deliveryResultcode);
    }

    /**
     * The courier-side result message ({@code delivery_resultmsg}), for addOrder and cancelOrder
     * failures that carry one.
     *
     * @return the message, or empty when the reply carries none
     */
    public Optional<String> deliveryResultmsg() {
        return Optional.ofNullable(deliveryResultmsg);
    }

    /**
     * 40001, 40014 or 42001: the access token was refused; a fresh token may succeed.
     *
     * @return whether {@code errcode} is 40001, 40014 or 42001
     */
    public boolean isTokenRejected() {
        return TOKEN_REJECTED.contains(errcode);
    }

    /**
     * 45009 (daily quota) or 45011 (per-minute limit).
     *
     * @return whether {@code errcode} is 45009 or 45011
     */
    public boolean isRateLimited() {
        return RATE_LIMITED.contains(errcode);
    }

    /**
     * -1: system busy, retry later.
     *
     * @return whether {@code errcode} is -1
     */
    public boolean isSystemBusy() {
        return errcode == -1;
    }

    /**
     * Intracity 934013: the store's balance with the carrier is too low for the order's fee; top it
     * up with intracity_storecharge, or use the sandbox.
     *
     * @return whether {@code errcode} is 934013
     */
    public boolean isInsufficientBalance() {
        return errcode == 934013;
    }

    /**
     * Intracity 934016: no such order (wrong {@code wx_order_id}, or store and store order number).
     *
     * @return whether {@code errcode} is 934016
     */
    public boolean isIntracityOrderNotFound() {
        return errcode == 934016;
    }

    /**
     * Intracity 934019: the receiver is outside the carrier's delivery range (in the SFTC sandbox,
     * any receiver but its fixed test receiver).
     *
     * @return whether {@code errcode} is 934019
     */
    public boolean isOutOfDeliveryRange() {
        return errcode == 934019;
    }

    /**
     * Intracity 934010: a store with this {@code out_store_id} exists already; read it with
     * intracity_querystore.
     *
     * @return whether {@code errcode} is 934010
     */
    public boolean isStoreAlreadyCreated() {
        return errcode == 934010;
    }

    /**
     * Intracity 934021: no such store.
     *
     * @return whether {@code errcode} is 934021
     */
    public boolean isStoreNotFound() {
        return errcode == 934021;
    }

    /**
     * Intracity 934002: an order with this {@code store_order_id} exists and is being processed
     * (the same number re-sent with different contents).
     *
     * @return whether {@code errcode} is 934002
     */
    public boolean isOrderInProgress() {
        return errcode == 934002;
    }

    /**
     * Intracity 934017 (the order can no longer be cancelled) or 934018 (it was cancelled already).
     *
     * @return whether {@code errcode} is 934017 or 934018
     */
    public boolean isNotCancellable() {
        return errcode == 934017 || errcode == 934018;
    }

    /**
     * 934011 (signature needed) or 40234 (invalid signature): WeChat refused the call's API security;
     * check the keys and their sn configured in {@code ApiSecurity}.
     *
     * @return whether {@code errcode} is 934011 or 40234
     */
    public boolean isSignatureRejected() {
        return errcode == 934011 || errcode == 40234;
    }

    /**
     * 48001 (no intracity permission: call intracity_apply, or the account type does not qualify) or
     * 61007 (a third-party platform without permission set 51).
     *
     * @return whether {@code errcode} is 48001 or 61007
     */
    public boolean isPermissionDenied() {
        return errcode == 48001 || errcode == 61007;
    }

    /**
     * 9300513: the tracking or message component's call quota is used up (100,000 calls a day per
     * AppID, 100 per user); retrying today does not help.
     *
     * @return whether {@code errcode} is 9300513
     */
    public boolean isQuotaExhausted() {
        return errcode == 9300513;
    }

    /**
     * 9300522: the return component already has a return for this {@code shop_order_id}; read it
     * instead of adding it again.
     *
     * @return whether {@code errcode} is 9300522
     */
    public boolean isAlreadyExists() {
        return errcode == 9300522;
    }

    /**
     * 9300559 (tracking: waybill does not exist) or 931023 (return component and some carriers:
     * 运单不存在).
     *
     * @return whether {@code errcode} is 9300559 or 931023
     */
    public boolean isNotFound() {
        return NOT_FOUND.contains(errcode);
    }

    /**
     * 9300507: the {@code waybill_token} (or the courier's order token) is not one WeChat issued.
     *
     * @return whether {@code errcode} is 9300507
     */
    public boolean isInvalidToken() {
        return errcode == 9300507;
    }

    /**
     * Freight insurance 2001 (重复开通): insurance_freight_open for an AppID that has it open already; nothing
     * to do. Matches only on a freight insurance call ({@code insurance_freight_*}): other families use these
     * small numbers for other things.
     *
     * @return whether this is a freight insurance call and {@code errcode} is 2001
     */
    public boolean isInsuranceAlreadyOpened() {
        return isInsurance() && errcode == 2001;
    }

    /**
     * Freight insurance 2004 (未开通无忧退货): the AppID has not opened freight insurance; call
     * insurance_freight_open (and sign the agreement in the admin) first. Matches only on a freight insurance call ({@code insurance_freight_*}): other families use these
     * small numbers for other things.
     *
     * @return whether this is a freight insurance call and {@code errcode} is 2004
     */
    public boolean isInsuranceNotOpened() {
        return isInsurance() && errcode == 2004;
    }

    /**
     * Freight insurance 1011 (物流单号重复): createorder's {@code delivery_no} or claim's {@code
     * refund_delivery_no} was used before. Matches only on a freight insurance call ({@code insurance_freight_*}): other families use these
     * small numbers for other things.
     *
     * @return whether this is a freight insurance call and {@code errcode} is 1011
     */
    public boolean isDuplicateWaybill() {
        return isInsurance() && errcode == 1011;
    }

    /**
     * Freight insurance 1010 (投保时间错误): createorder's {@code pay_time} is not within the last 3 days. Matches only on a freight insurance call ({@code insurance_freight_*}): other families use these
     * small numbers for other things.
     *
     * @return whether this is a freight insurance call and {@code errcode} is 1010
     */
    public boolean isPayTimeRejected() {
        return isInsurance() && errcode == 1010;
    }

    /**
     * Freight insurance 2007 (重复理赔): the order was claimed before; each insured order is claimed once.
     * Read the claim with insurance_freight_getorderlist. Matches only on a freight insurance call ({@code insurance_freight_*}): other families use these
     * small numbers for other things.
     *
     * @return whether this is a freight insurance call and {@code errcode} is 2007
     */
    public boolean isAlreadyClaimed() {
        return isInsurance() && errcode == 2007;
    }

    /**
     * Freight insurance 2008 (系统安全原因，暂停理赔): WeChat suspended claims for security reasons; retrying does
     * not help. Matches only on a freight insurance call ({@code insurance_freight_*}): other families use these
     * small numbers for other things.
     *
     * @return whether this is a freight insurance call and {@code errcode} is 2008
     */
    public boolean isClaimSuspended() {
        return isInsurance() && errcode == 2008;
    }

    /**
     * Freight insurance 2009 (未找到对应投保单): no policy for this {@code order_no}. Matches only on a freight insurance call ({@code insurance_freight_*}): other families use these
     * small numbers for other things.
     *
     * @return whether this is a freight insurance call and {@code errcode} is 2009
     */
    public boolean isPolicyNotFound() {
        return isInsurance() && errcode == 2009;
    }

    /**
     * Freight insurance 2003 (充值金额限制): a top-up above ¥10,000 (1,000,000 fen). Matches only on a freight insurance call ({@code insurance_freight_*}): other families use these
     * small numbers for other things.
     *
     * @return whether this is a freight insurance call and {@code errcode} is 2003
     */
    public boolean isChargeLimitExceeded() {
        return isInsurance() && errcode == 2003;
    }

    /**
     * Freight insurance 2011 (wrong order_no or openid), 2012 (not ordered in this mini program) or 2013
     * (the payment does not qualify): WeChat refuses to insure or claim this order. Matches only on a freight insurance call ({@code insurance_freight_*}): other families use these
     * small numbers for other things.
     *
     * @return whether this is a freight insurance call and {@code errcode} is 2011, 2012 or 2013
     */
    public boolean isInsuranceOrderRejected() {
        return isInsurance() && errcode >= 2011 && errcode <= 2013;
    }

    private boolean isInsurance() {
        return operation.startsWith("insurance_freight_");
    }

    /**
     * Whether an errcode means the access token was refused (40001, 40014, 42001).
     *
     * @param errcode a WeChat {@code errcode}
     * @return whether an errcode means the access token was refused (40001, 40014, 42001)
     */
    public static boolean isTokenRejection(int errcode) {
        return TOKEN_REJECTED.contains(errcode);
    }
}
