package io.github.wxlogistics;

import io.github.wxlogistics.spi.DuplicateClaim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The default store honours the DuplicateStore contract: one owner, pending then answered, bounded in time and size. */
class InMemoryDuplicateStoreTest {

    private final TestClock clock = TestClock.atEpochSecond(1_000);
    private final InMemoryDuplicateStore store = InMemoryDuplicateStore.create(3, Duration.ofMinutes(10), clock);

    private DuplicateClaim claim(String key) {
        return store.claim(key).toCompletableFuture().join();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void oneOwnerThenPendingThenAnswered() {
        DuplicateClaim.Owner owner = (DuplicateClaim.Owner) claim("k");
        DuplicateClaim.Pending pending = (DuplicateClaim.Pending) claim("k");
        assertThat(pending.reply().toCompletableFuture()).isNotDone();

        store.complete("k", owner, bytes("reply"));

        assertThat(pending.reply().toCompletableFuture().join()).isEqualTo(bytes("reply"));
        assertThat(claim("k")).isEqualTo(new DuplicateClaim.Answered(bytes("reply")));
    }

    @Test
    void aWaiterCancellingItsStageLeavesTheOthersWaiting() {
        DuplicateClaim.Owner owner = (DuplicateClaim.Owner) claim("k");
        CompletableFuture<byte[]> impatient = ((DuplicateClaim.Pending) claim("k")).reply().toCompletableFuture();
        CompletableFuture<byte[]> patient = ((DuplicateClaim.Pending) claim("k")).reply().toCompletableFuture();

        impatient.cancel(false);
        store.complete("k", owner, bytes("reply"));

        assertThat(patient.join()).isEqualTo(bytes("reply"));
    }

    @Test
    void abandoningFreesTheKeyAndFailsTheWaiters() {
        DuplicateClaim.Owner owner = (DuplicateClaim.Owner) claim("k");
        CompletableFuture<byte[]> waiter = ((DuplicateClaim.Pending) claim("k")).reply().toCompletableFuture();

        store.abandon("k", owner);

        assertThatThrownBy(waiter::join).isInstanceOf(CompletionException.class);
        assertThat(claim("k")).isInstanceOf(DuplicateClaim.Owner.class);
    }

    @Test
    void entriesExpireAfterTheirTimeToLive() {
        DuplicateClaim.Owner owner = (DuplicateClaim.Owner) claim("k");
        clock.advance(Duration.ofMinutes(9));
        store.complete("k", owner, bytes("reply"));
        clock.advance(Duration.ofMinutes(9));
        assertThat(claim("k")).as("the answer lives ten minutes from when it was stored")
                .isInstanceOf(DuplicateClaim.Answered.class);

        clock.advance(Duration.ofMinutes(2));
        assertThat(claim("k")).isInstanceOf(DuplicateClaim.Owner.class);
    }

    @Test
    void aHeldKeyWhoseOwnerVanishedExpiresAndALateOwnerCannotOverwriteTheNewClaim() {
        DuplicateClaim.Owner stale = (DuplicateClaim.Owner) claim("k");
        clock.advance(Duration.ofMinutes(11));
        DuplicateClaim.Owner fresh = (DuplicateClaim.Owner) claim("k");

        store.complete("k", stale, bytes("stale"));
        assertThat(claim("k")).as("the stale owner changed nothing").isInstanceOf(DuplicateClaim.Pending.class);

        store.complete("k", fresh, bytes("fresh"));
        assertThat(claim("k")).isEqualTo(new DuplicateClaim.Answered(bytes("fresh")));
    }

    @Test
    void theOldestEntryGoesWhenFull() {
        for (String key : new String[] {"a", "b", "c", "d"}) {
            store.complete(key, (DuplicateClaim.Owner) claim(key), bytes(key));
        }
        assertThat(store.size()).isEqualTo(3);
        assertThat(claim("d")).isInstanceOf(DuplicateClaim.Answered.class);
        assertThat(claim("a")).as("evicted").isInstanceOf(DuplicateClaim.Owner.class);
    }

    @Test
    void storedRepliesAreCopiesAndNotShownInToString() {
        DuplicateClaim.Owner owner = (DuplicateClaim.Owner) claim("k");
        byte[] reply = bytes("reply");
        store.complete("k", owner, reply);
        reply[0] = 'X';

        DuplicateClaim.Answered answered = (DuplicateClaim.Answered) claim("k");
        answered.reply()[0] = 'Y';
        assertThat(answered.reply()).isEqualTo(bytes("reply"));
        assertThat(answered.toString()).isEqualTo("Answered[5 bytes]");
    }

    @Test
    void boundsMustBePositive() {
        assertThatThrownBy(() -> InMemoryDuplicateStore.create(0, Duration.ofMinutes(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InMemoryDuplicateStore.create(1, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
