package io.github.wxlogistics.spring;

import io.github.wxlogistics.event.PushAnswer;
import io.github.wxlogistics.event.PushMessage;

/**
 * A bean answering everything else on the push URL: customer-service messages,
 * {@code user_enter_tempsession}, events the library does not know and logistics events without a
 * handler bean, after signature check and decryption (see {@code PushReceiver.Builder#fallback}).
 * At most one such bean; without one, those messages are answered {@code success}.
 */
@FunctionalInterface
public interface FallbackHandler {

    /**
     * Answers one message; may block.
     *
     * @param message the verified, decrypted message
     * @return {@link PushAnswer#success()}, {@link PushAnswer#empty()} or a passive reply packet
     */
    PushAnswer handle(PushMessage message);
}
