package io.github.wxlogistics.benchmarks;

import java.util.concurrent.CompletableFuture;

/**
 * One way of making the getPath call against the loopback server, blocking or not. Every call
 * checks its reply (status, body length or decoded path items) and fails if it is wrong.
 */
public interface Target extends AutoCloseable {

    /**
     * Whether callers use {@link #callAsync()} (a fixed number of calls kept in flight) rather than
     * {@link #call()} (one thread per caller).
     *
     * @return {@code true} for a non-blocking target
     */
    boolean async();

    /**
     * One blocking call, checked.
     *
     * @throws Exception if the call failed or its reply is wrong
     */
    void call() throws Exception;

    /**
     * One non-blocking call, checked.
     *
     * @return a future that completes when the reply is in and checked, or exceptionally
     */
    CompletableFuture<?> callAsync();

    /** Releases what the target created. */
    @Override
    void close();
}
