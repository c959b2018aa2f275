package io.github.wxlogistics.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ExchangeDeadlinesTest {

    /** An exchange: a deadline and a future the sweep fails. */
    private record Exchange(long deadlineNanos, CompletableFuture<Void> result, boolean throwsError) {
    }

    @Test
    @SuppressWarnings("unchecked")
    void anErrorThrownWhileExpiringOneExchangeDoesNotStopTheDeadlinesOfLaterOnes() throws Exception {
        ExchangeDeadlines<Exchange>[] deadlines = new ExchangeDeadlines[1];
        deadlines[0] = new ExchangeDeadlines<>(Exchange::deadlineNanos, e -> {
            deadlines[0].remove(e);
            e.result().completeExceptionally(new IllegalStateException("deadline"));
            if (e.throwsError()) {
                throw new StackOverflowError("a dependent of the expired exchange");
            }
        });
        Exchange failing = new Exchange(System.nanoTime(), new CompletableFuture<>(), true);
        deadlines[0].add(failing);
        assertThat(failing.result()).failsWithin(2, TimeUnit.SECONDS);

        Exchange later = new Exchange(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50), new CompletableFuture<>(),
                false);
        deadlines[0].add(later);

        assertThat(later.result()).as("expired by a sweep that kept running").failsWithin(2, TimeUnit.SECONDS);
        assertThat(deadlines[0].inFlight()).isEmpty();
    }
}
