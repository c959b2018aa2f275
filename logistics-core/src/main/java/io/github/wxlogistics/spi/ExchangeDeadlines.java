package io.github.wxlogistics.spi;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * The deadlines of a transport's exchanges in flight, enforced by one sweep every
 * {@value #TICK_MILLIS} ms while any exchange is in flight, instead of a timer per exchange: a
 * timer per exchange costs a wake-up of the timer thread per call whenever it becomes the earliest,
 * which at one caller is every call. A deadline is therefore enforced up to one tick late. The
 * sweep runs on the JDK's shared delay thread ({@link CompletableFuture#delayedExecutor(long,
 * TimeUnit, Executor)} with a direct executor), never on {@code CompletableFuture}'s default
 * executor, and starts no thread. For adapters: the library's own use it, and a third-party
 * adapter may.
 *
 * @param <E> the exchange type
 */
public final class ExchangeDeadlines<E> {

    /** How often deadlines are checked while exchanges are in flight, in milliseconds. */
    public static final long TICK_MILLIS = 20;

    private final Set<E> inFlight = ConcurrentHashMap.newKeySet();
    private final ToLongFunction<E> deadlineNanos;
    private final Consumer<E> expire;
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private final Executor later = CompletableFuture.delayedExecutor(TICK_MILLIS, TimeUnit.MILLISECONDS, Runnable::run);

    /**
     * Deadlines read from each exchange.
     *
     * @param deadlineNanos an exchange's deadline on the {@link System#nanoTime()} scale
     * @param expire        fails an exchange whose deadline passed (it stays tracked until it calls {@link #remove})
     * @throws NullPointerException if an argument is null
     */
    public ExchangeDeadlines(ToLongFunction<E> deadlineNanos, Consumer<E> expire) {
        this.deadlineNanos = Objects.requireNonNull(deadlineNanos, "deadlineNanos");
        this.expire = Objects.requireNonNull(expire, "expire");
    }

    /**
     * Tracks an exchange until {@link #remove}.
     *
     * @param exchange the exchange now in flight
     */
    public void add(E exchange) {
        inFlight.add(exchange);
        if (sweeping.compareAndSet(false, true)) {
            later.execute(this::sweep);
        }
    }

    /**
     * Stops tracking an exchange that ended.
     *
     * @param exchange the exchange that ended
     */
    public void remove(E exchange) {
        inFlight.remove(exchange);
    }

    /**
     * The exchanges in flight, for closing the transport.
     *
     * @return a live view of the exchanges in flight
     */
    public Set<E> inFlight() {
        return inFlight;
    }

    private void sweep() {
        try {
            long now = System.nanoTime();
            for (E exchange : inFlight) {
                if (now - deadlineNanos.applyAsLong(exchange) >= 0) {
                    try {
                        expire.accept(exchange);
                    } catch (RuntimeException e) {
                        remove(exchange); // keep sweeping the others whatever one exchange's dependents threw
                    }
                }
            }
        } finally {
            // Rescheduled whatever the sweep threw (an Error in a dependent included): a sweep that stopped
            // with `sweeping` still set would leave every later deadline unenforced.
            next();
        }
    }

    private void next() {
        if (!inFlight.isEmpty()) {
            later.execute(this::sweep);
            return;
        }
        sweeping.set(false);
        // An exchange added after the check above but before the flag was cleared saw the sweep running.
        if (!inFlight.isEmpty() && sweeping.compareAndSet(false, true)) {
            later.execute(this::sweep);
        }
    }
}
