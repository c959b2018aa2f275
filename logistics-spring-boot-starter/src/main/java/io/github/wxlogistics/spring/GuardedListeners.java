package io.github.wxlogistics.spring;

import io.github.wxlogistics.spi.LogisticsListener;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Consumer;

/** The listener beans as one, for the token provider; each guarded so one failing does not starve the others. */
final class GuardedListeners implements LogisticsListener {

    private static final System.Logger LOG = System.getLogger("io.github.wxlogistics.spring");

    private final List<LogisticsListener> listeners;
    private final AtomicIntegerArray logged;

    GuardedListeners(List<LogisticsListener> listeners) {
        this.listeners = List.copyOf(listeners);
        this.logged = new AtomicIntegerArray(this.listeners.size());
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
        for (int i = 0; i < listeners.size(); i++) {
            LogisticsListener listener = listeners.get(i);
            try {
                emit.accept(listener);
            } catch (RuntimeException e) {
                // Logged here, by the failing listener's own class and once per listener (as the core's
                // guard does for the call path): rethrown, it would be logged as this wrapper's, and the
                // wrapper's "once" would silence every other listener's later failures.
                if (logged.compareAndSet(i, 0, 1)) {
                    LOG.log(System.Logger.Level.WARNING, "listener " + listener.getClass().getName() + " threw "
                            + e.getClass().getSimpleName() + "; further failures of this listener are not logged", e);
                }
            }
        }
    }
}
