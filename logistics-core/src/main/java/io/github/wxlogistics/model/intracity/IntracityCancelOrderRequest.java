package io.github.wxlogistics.model.intracity;

/**
 * intracity_cancelorder's request: cancels an order. A rider already on the way costs a
 * cancellation fee (the reply's {@code deductfee}); once picked up the order cannot be cancelled
 * (934017).
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_cancelorder">intracity_cancelorder</a>.
 *
 * @param wxOrderId      WeChat's order ID, or {@code null}
 * @param wxStoreId      the store, with {@code store_order_id}, or {@code null}
 * @param storeOrderId   the store's order number, with {@code wx_store_id}, or {@code null}
 * @param cancelReasonId 1 no longer needed, 2 wrong details, 3 no rider took it, 99 other (required)
 * @param cancelReason   the reason in words, for 99
 */
public record IntracityCancelOrderRequest(String wxOrderId, String wxStoreId, String storeOrderId, Integer cancelReasonId,
        String cancelReason) {

    /** {@code cancel_reason_id} 1: no longer needed. */
    public static final int NOT_NEEDED = 1;
    /** {@code cancel_reason_id} 2: the order's details were wrong. */
    public static final int WRONG_DETAILS = 2;
    /** {@code cancel_reason_id} 3: no rider took the order. */
    public static final int NO_RIDER = 3;
    /** {@code cancel_reason_id} 99: another reason, given in {@code cancel_reason}. */
    public static final int OTHER = 99;

    /**
     * The cancellation of the order WeChat numbered {@code wxOrderId}.
     *
     * @param wxOrderId the {@code wx_order_id} addorder returned
     * @return the request
     */
    public static IntracityCancelOrderRequest byWxOrderId(String wxOrderId) {
        return new IntracityCancelOrderRequest(wxOrderId, null, null, NOT_NEEDED, null);
    }

    /**
     * The cancellation of the order a store numbered {@code storeOrderId}.
     *
     * @param wxStoreId    the store's {@code wx_store_id}
     * @param storeOrderId the store's own order number, as given to addorder
     * @return the request
     */
    public static IntracityCancelOrderRequest byStoreOrder(String wxStoreId, String storeOrderId) {
        return new IntracityCancelOrderRequest(null, wxStoreId, storeOrderId, NOT_NEEDED, null);
    }

    /**
     * This request with another reason.
     *
     * @param reasonId    {@link #NOT_NEEDED}, {@link #WRONG_DETAILS}, {@link #NO_RIDER} or {@link #OTHER}
     * @param reason      the reason in words, or {@code null}
     * @return a copy with the reason
     */
    public IntracityCancelOrderRequest withReason(int reasonId, String reason) {
        return new IntracityCancelOrderRequest(wxOrderId, wxStoreId, storeOrderId, reasonId, reason);
    }
}
