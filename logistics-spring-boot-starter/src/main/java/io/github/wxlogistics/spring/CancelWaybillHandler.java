package io.github.wxlogistics.spring;

import io.github.wxlogistics.event.CancelWaybillEvent;
import io.github.wxlogistics.event.CancelWaybillReply;

/**
 * A bean handling cancel_waybill (courier side): cancel and answer. The push endpoint dispatches to it on the receiver's
 * handler pool, after signature check, decryption and deduplication; at most one such bean.
 */
@FunctionalInterface
public interface CancelWaybillHandler {

    /**
     * Handles one push.
     *
     * @param event the typed event
     * @return the reply packet sent back to WeChat
     */
    CancelWaybillReply handle(CancelWaybillEvent event);
}
