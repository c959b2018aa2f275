package io.github.wxlogistics.spring;

import io.github.wxlogistics.event.GetQuotaEvent;
import io.github.wxlogistics.event.GetQuotaReply;

/**
 * A bean handling get_quota (courier side): answer a merchant's remaining quota. The push endpoint dispatches to it on the receiver's
 * handler pool, after signature check, decryption and deduplication; at most one such bean.
 */
@FunctionalInterface
public interface GetQuotaHandler {

    /**
     * Handles one push.
     *
     * @param event the typed event
     * @return the reply packet sent back to WeChat
     */
    GetQuotaReply handle(GetQuotaEvent event);
}
