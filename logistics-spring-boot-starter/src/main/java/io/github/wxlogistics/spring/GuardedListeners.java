package io.github.wxlogistics.spring;

import io.github.wxlogistics.spi.LogisticsListener;
import java.util.List;
import java.util.function.Consumer;

/** The listener beans as one, for the token provider; each guarded so one failing does not starve the others. */
final class GuardedListeners implements LogisticsListener {

    private final List<LogisticsListener> listeners;

    GuardedListeners(List<LogisticsListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void onTokenFetchStarted(TokenFetchStarted event) {
        each(l -> l.onTokenFetchStarted(event));
    }

    @Override
    public void onTokenFetched(TokenFetched event) {
        each(l -> l.onTokenFetched(event));
    }

    private void each(Consumer<LogisticsListener> emit) {
        RuntimeException first = null;
        for (LogisticsListener listener : listeners) {
            try {
                emit.accept(listener);
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;   // the core's guard logs it once, by class name
        }
    }
}
