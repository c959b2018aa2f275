package io.github.wxlogistics.spring;

import io.github.wxlogistics.PushReceiver;

/**
 * A bean that adjusts the auto-configured {@link PushReceiver} before it is built: non-blocking
 * handlers ({@code onAddWaybillAsync}...), a shared duplicate store, an executor. Called after
 * the typed handler beans were registered.
 */
@FunctionalInterface
public interface PushReceiverCustomizer {

    /**
     * Adjusts the builder.
     *
     * @param builder the receiver's builder, with properties and handler beans applied
     */
    void customize(PushReceiver.Builder builder);
}
