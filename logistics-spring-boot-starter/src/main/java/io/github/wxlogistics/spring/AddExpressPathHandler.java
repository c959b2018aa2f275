package io.github.wxlogistics.spring;

import io.github.wxlogistics.event.AddExpressPathEvent;


/**
 * A bean handling add_express_path (merchant side): a waybill's path changed; answered success. The push endpoint dispatches to it on the receiver's
 * handler pool, after signature check, decryption and deduplication; at most one such bean.
 */
@FunctionalInterface
public interface AddExpressPathHandler {

    /**
     * Handles one push.
     *
     * @param event the typed event
     */
    void handle(AddExpressPathEvent event);
}
