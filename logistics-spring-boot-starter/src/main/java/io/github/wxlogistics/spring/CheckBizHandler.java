package io.github.wxlogistics.spring;

import io.github.wxlogistics.event.CheckBizEvent;
import io.github.wxlogistics.event.CheckBizReply;

/**
 * A bean handling check_biz (courier side): check a merchant's account. The push endpoint dispatches to it on the receiver's
 * handler pool, after signature check, decryption and deduplication; at most one such bean.
 */
@FunctionalInterface
public interface CheckBizHandler {

    /**
     * Handles one push.
     *
     * @param event the typed event
     * @return the reply packet sent back to WeChat
     */
    CheckBizReply handle(CheckBizEvent event);
}
