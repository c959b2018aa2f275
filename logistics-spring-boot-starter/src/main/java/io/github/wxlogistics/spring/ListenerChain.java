package io.github.wxlogistics.spring;

import io.github.wxlogistics.spi.LogisticsListener;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The context's {@link LogisticsListener} beans as one, for {@code ComponentPlatform.Builder}, which
 * takes one listener: each is called in order, and one that throws neither breaks the call nor
 * keeps the others from being told (its first failure is logged at WARNING by class name only; a
 * message might quote anything).
 */
final class ListenerChain implements LogisticsListener {

    private static final System.Logger LOG = System.getLogger(ListenerChain.class.getPackageName());

    private final List<LogisticsListener> listeners;
    /** The listener classes whose failure was logged; shared with the merchants' chains, so said once in all. */
    private final Set<Class<?>> failed;

    private ListenerChain(List<LogisticsListener> listeners, Set<Class<?>> failed) {
        this.listeners = List.copyOf(listeners);
        this.failed = failed;
    }

    /** The one listener to pass: the only one, or a chain of several; null when there is none. */
    static LogisticsListener of(List<LogisticsListener> listeners) {
        return listeners.isEmpty() ? null : listeners.size() == 1 ? listeners.get(0)
                : new ListenerChain(listeners, ConcurrentHashMap.newKeySet());
    }

    private void each(Consumer<LogisticsListener> call) {
        for (LogisticsListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                if (failed.add(listener.getClass())) {
                    LOG.log(Level.WARNING, "the LogisticsListener {0} threw {1}; ignored (said once)",
                            listener.getClass().getName(), e.getClass().getName());
                }
            }
        }
    }

    /** Each listener's view of the merchant, chained (a metrics listener tags its events with the AppID). */
    @Override
    public LogisticsListener forAuthorizer(String authorizerAppId) {
        return new ListenerChain(listeners.stream().map(l -> l.forAuthorizer(authorizerAppId)).toList(), failed);
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

    @Override
    public String toString() {
        return "ListenerChain" + listeners.stream().map(l -> l.getClass().getSimpleName()).toList();
    }
}
