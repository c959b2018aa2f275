package io.github.wxlogistics.internal.listener;

import io.github.wxlogistics.spi.LogisticsListener;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The registered listeners as one: calls each in order and keeps a failing one from breaking the
 * call or push; the first failure of each listener is logged at WARNING by class name only (an
 * exception message might quote anything).
 */
public final class Listeners implements LogisticsListener {

    private static final System.Logger LOG = System.getLogger("io.github.wxlogistics.listener");
    private static final Listeners NONE = new Listeners(List.of());

    private final List<Guarded> listeners;

    private Listeners(List<LogisticsListener> listeners) {
        this.listeners = listeners.stream().map(Guarded::new).toList();
    }

    /**
     * The listeners as one.
     *
     * @param listeners the listeners, in calling order
     * @return one listener that calls them all, guarded
     */
    public static Listeners of(List<LogisticsListener> listeners) {
        Objects.requireNonNull(listeners, "listeners");
        if (listeners.isEmpty()) {
            return NONE;
        }
        if (listeners.size() == 1 && listeners.get(0) instanceof Listeners already) {
            return already;
        }
        return new Listeners(List.copyOf(listeners));
    }

    /** No listener. */
    public static Listeners none() {
        return NONE;
    }

    /** Whether no listener is registered (callers may skip building events). */
    public boolean isEmpty() {
        return listeners.isEmpty();
    }

    @Override
    public void onCallStarted(CallStarted event) {
        each(l -> l.onCallStarted(event));
    }

    @Override
    public void onAttemptFinished(AttemptFinished event) {
        each(l -> l.onAttemptFinished(event));
    }

    @Override
    public void onCallFinished(CallFinished event) {
        each(l -> l.onCallFinished(event));
    }

    @Override
    public void onTokenFetchStarted(TokenFetchStarted event) {
        each(l -> l.onTokenFetchStarted(event));
    }

    @Override
    public void onTokenFetched(TokenFetched event) {
        each(l -> l.onTokenFetched(event));
    }

    @Override
    public void onPushReceived(PushReceived event) {
        each(l -> l.onPushReceived(event));
    }

    @Override
    public void onPushAnswered(PushAnswered event) {
        each(l -> l.onPushAnswered(event));
    }

    private void each(Consumer<LogisticsListener> emit) {
        for (Guarded guarded : listeners) {
            try {
                emit.accept(guarded.listener);
            } catch (Throwable e) {   // an observer never breaks the call or push, whatever it throws
                if (guarded.warned.compareAndSet(false, true)) {
                    LOG.log(Level.WARNING, "listener {0} threw {1}; ignored (further failures of this listener are"
                            + " not logged)", guarded.listener.getClass().getName(), e.getClass().getName());
                }
            }
        }
    }

    @Override
    public String toString() {
        return "Listeners" + listeners.stream().map(g -> g.listener.getClass().getSimpleName()).toList();
    }

    private static final class Guarded {
        final LogisticsListener listener;
        final AtomicBoolean warned = new AtomicBoolean();

        Guarded(LogisticsListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
        }
    }
}
