package io.github.wxlogistics.spring;

import io.github.wxlogistics.event.BusinessBindResultEvent;


/**
 * A bean handling update_business_bind_result (merchant side): a courier account bind was reviewed; answered success. The push endpoint dispatches to it on the receiver's
 * handler pool, after signature check, decryption and deduplication; at most one such bean.
 */
@FunctionalInterface
public interface BusinessBindResultHandler {

    /**
     * Handles one push.
     *
     * @param event the typed event
     */
    void handle(BusinessBindResultEvent event);
}
