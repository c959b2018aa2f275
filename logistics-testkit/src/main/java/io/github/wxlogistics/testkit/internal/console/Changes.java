package io.github.wxlogistics.testkit.internal.console;

import java.time.Duration;

/**
 * A version number that grows with every change the console shows (a request recorded or
 * answered, a push attempt, a console action), for the live updates: the event stream waits on it
 * instead of polling. Thread-safe; every wait is bounded.
 */
public final class Changes {

    private long version;
    private boolean closed;

    /** Counts one more change and wakes the waiting streams. */
    public synchronized void bump() {
        version++;
        notifyAll();
    }

    /** The current version. */
    public synchronized long version() {
        return version;
    }

    /**
     * Waits at most {@code max} for the version to differ from {@code seen}.
     *
     * @return the version then (equal to {@code seen} when nothing changed in time or on close)
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public synchronized long await(long seen, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (version == seen && !closed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return version;
    }

    /** Whether {@link #close()} was called. */
    public synchronized boolean isClosed() {
        return closed;
    }

    /** Ends every wait now and from now on: the server is closing. */
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
