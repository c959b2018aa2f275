package io.github.wxlogistics.intracity;

import io.github.wxlogistics.model.intracity.IntracityCallback;

/**
 * The application's handling of one verified order-status callback. WeChat may send a callback
 * more than once and out of order: make handling idempotent (by {@code wx_order_id} and
 * {@code order_status}) and compare {@code status_change_time} before overwriting a newer status.
 */
@FunctionalInterface
public interface IntracityCallbackHandler {

    /**
     * Handles one callback, on the receiving thread. Throwing anything answers HTTP 500, so that
     * WeChat sends the callback again.
     *
     * @param callback the verified callback
     * @throws Exception if it could not be handled
     */
    void onCallback(IntracityCallback callback) throws Exception;
}
