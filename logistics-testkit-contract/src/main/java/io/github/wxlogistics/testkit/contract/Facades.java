package io.github.wxlogistics.testkit.contract;

import io.github.wxlogistics.AsyncLogisticsClient;
import io.github.wxlogistics.LogisticsClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/** Runs one call blocking, or through {@code client.async()} waiting for its future, for the family suites. */
final class Facades {

    private Facades() {
    }

    /** The call's value; its failure as the library's unchecked exception, as the blocking call throws it. */
    static <T> T run(LogisticsClient client, Duration wait, boolean async, Function<LogisticsClient, T> blocking,
            Function<AsyncLogisticsClient, CompletableFuture<T>> nonBlocking) {
        if (!async) {
            return blocking.apply(client);
        }
        try {
            return nonBlocking.apply(client.async()).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new CompletionException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new AssertionError("no answer within " + wait, e);
        }
    }
}
