package io.github.wxlogistics.testkit.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A lock that is never waited on for more than five seconds; a timeout answers WeChat's -1
 * ("system error"), as a busy server would.
 */
public final class BoundedLock {

    private static final long TIMEOUT_MILLIS = 5_000;

    private final ReentrantLock lock = new ReentrantLock();

    /** Runs {@code action} holding the lock. */
    public <T> T locked(Supplier<T> action) {
        boolean acquired;
        try {
            acquired = lock.tryLock(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiError.of(-1);
        }
        if (!acquired) {
            throw ApiError.of(-1);
        }
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
