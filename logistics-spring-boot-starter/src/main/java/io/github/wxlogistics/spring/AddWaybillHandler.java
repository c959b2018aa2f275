package io.github.wxlogistics.spring;

import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;

/**
 * A bean handling add_waybill (courier side): book the waybill and answer with its ID. The push endpoint dispatches to it on the receiver's
 * handler pool, after signature check, decryption and deduplication; at most one such bean.
 */
@FunctionalInterface
public interface AddWaybillHandler {

    /**
     * Handles one push.
     *
     * @param event the typed event
     * @return the reply packet sent back to WeChat
     */
    AddWaybillReply handle(AddWaybillEvent event);
}
