package io.github.wxlogistics.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.spi.DuplicateClaim;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redis cut off in the middle of a push: the test stops its own redis-server process and starts
 * it again (empty) on the same port. The documented behaviour: claims fail within the command
 * timeout (500 to WeChat, which re-sends), the reply of a handler that finished is never lost
 * (its delivery gets it, this instance answers re-sends from memory, Redis gets it back), nothing
 * waits past its bound.
 */
class RedisOutageTest {

    private static final Duration COMMAND_TIMEOUT = Duration.ofMillis(500);

    private RedisProcess redis;
    private TestClient instanceA;
    private TestClient instanceB;
    private RedisDuplicateStore storeA;
    private RedisDuplicateStore storeB;

    @BeforeEach
    void start() {
        redis = RedisProcess.start();
        instanceA = TestClient.create();
        instanceB = TestClient.create();
        RedisURI uri = RedisURI.create(redis.uri());
        // A generous connect timeout: the first connection in a JVM on a busy machine may take seconds;
        // a refused connection fails at once regardless, which is what these tests time.
        storeA = RedisDuplicateStore.builder(instanceA.client(), uri).commandTimeout(COMMAND_TIMEOUT)
                .connectTimeout(Duration.ofSeconds(15)).retryInterval(Duration.ofMillis(200))
                .pollInterval(Duration.ofMillis(20)).build();
        storeB = RedisDuplicateStore.builder(instanceB.client(), uri).commandTimeout(COMMAND_TIMEOUT)
                .connectTimeout(Duration.ofSeconds(15)).retryInterval(Duration.ofMillis(200))
                .pollInterval(Duration.ofMillis(20)).build();
    }

    @AfterEach
    void stop() {
        storeA.close();
        storeB.close();
        instanceA.close();
        instanceB.close();
        redis.close();
    }

    private static PushResponse answer(PushReceiver receiver, PushRequest push) throws Exception {
        return receiver.handle(push).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    @Test
    void redisKilledWhileTheHandlerRunsLosesNoReplyAndHangsNothing() throws Exception {
        HeldHandler handler = new HeldHandler("order-outage"::equals);
        AtomicInteger runs = handler.runs;
        CountDownLatch entered = handler.entered;
        CountDownLatch release = handler.release;
        try (PushReceiver a = PushReceiver.builder().token(Pushes.PUSH_TOKEN).duplicateStore(storeA).on(AddWaybillEvent.class, handler)
                .build();
                PushReceiver b = PushReceiver.builder().token(Pushes.PUSH_TOKEN).duplicateStore(storeB)
                        .on(AddWaybillEvent.class, handler).build()) {
            PushRequest push = Pushes.addWaybill("order-outage");
            // Both instances have connected before Redis goes (Lettuce then reconnects in the background).
            assertThat(answer(b, Pushes.addWaybill("order-warm-up")).status()).isEqualTo(200);
            assertThat(answer(a, Pushes.addWaybill("order-warm-up")).status()).isEqualTo(200);

            CompletableFuture<PushResponse> first = a.handle(push).toCompletableFuture();
            assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<PushResponse> waitingOnB = b.handle(push).toCompletableFuture();   // polls Redis

            redis.stop();
            long killed = System.nanoTime();
            release.countDown();
            PushResponse firstAnswer = first.get(10, TimeUnit.SECONDS);
            long ownerMillis = millisSince(killed);
            PushResponse waiterAnswer = waitingOnB.get(10, TimeUnit.SECONDS);
            long waiterMillis = millisSince(killed);

            assertThat(waiterAnswer.status()).as("B lost Redis while waiting: 500, WeChat re-sends").isEqualTo(500);
            assertThat(waiterMillis).isLessThan(COMMAND_TIMEOUT.toMillis() + 1_500);
            assertThat(firstAnswer.status()).isEqualTo(200);
            assertThat(firstAnswer.bodyText()).contains("<WayBillID><![CDATA[SF77]]></WayBillID>");
            assertThat(ownerMillis).as("the owner answers once its write timed out, within the handler deadline")
                    .isLessThan(a.handlerDeadline().toMillis());
            assertThat(storeA.keptReplies()).isEqualTo(1);

            PushResponse againOnA = answer(a, push);
            long resent = System.nanoTime();
            PushResponse againOnB = answer(b, push);
            long refusedMillis = millisSince(resent);

            assertThat(againOnA.status()).isEqualTo(200);
            assertThat(againOnA.body()).as("A answers from memory").isEqualTo(firstAnswer.body());
            assertThat(againOnB.status()).as("B cannot claim without Redis").isEqualTo(500);
            assertThat(refusedMillis).isLessThan(COMMAND_TIMEOUT.toMillis() + 1_500);

            redis.restart();   // empty: nothing is persisted
            flushWithin(storeA, 20);
            assertThat(storeA.keptReplies()).isZero();
            PushResponse afterRestart = firstNot500(b, push, 20);

            assertThat(afterRestart.status()).isEqualTo(200);
            assertThat(afterRestart.body()).as("B gets the first reply from Redis").isEqualTo(firstAnswer.body());
            assertThat(runs).as("handler runs across both instances").hasValue(1);
            System.out.printf("redis outage: handler runs=%d, waiter on B answered %d in %d ms, owner answered %d in %d ms"
                    + " after Redis died, re-send on A %d from memory, on B %d in %d ms, after restart %d%n", runs.get(),
                    waiterAnswer.status(), waiterMillis, firstAnswer.status(), ownerMillis, againOnA.status(),
                    againOnB.status(), refusedMillis, afterRestart.status());
        }
    }

    @Test
    void aStoreBuiltWhileRedisIsDownFailsFastThenWorksOnceRedisIsUp() throws Exception {
        // B starts Lettuce in this JVM (netty's first use loads many classes); A has never connected.
        assertThat(storeB.claim("warm-up").toCompletableFuture().get(10, TimeUnit.SECONDS))
                .isInstanceOf(DuplicateClaim.Owner.class);
        redis.stop();
        long started = System.nanoTime();
        assertThatThrownBy(() -> storeA.claim("k").toCompletableFuture().get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(io.lettuce.core.RedisException.class);
        assertThat(millisSince(started)).isLessThan(COMMAND_TIMEOUT.toMillis() + 1_500);

        redis.restart();
        DuplicateClaim claim = null;
        Throwable last = null;
        for (int i = 0; i < 50 && !(claim instanceof DuplicateClaim.Owner); i++) {
            try {
                claim = storeA.claim("k").toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                // Still connecting (commands are rejected till then): each try is bounded by the command
                // timeout. A try that reached Redis late holds the key until the store frees it (then Pending).
                last = e.getCause();
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
        assertThat(claim).as("claimed within 50 tries, 100 ms apart; last failure: %s", last)
                .isInstanceOf(DuplicateClaim.Owner.class);
    }

    /** Flushes until Redis takes the kept replies; each try is bounded by the command timeout. */
    private static void flushWithin(RedisDuplicateStore store, int tries) throws Exception {
        for (int i = 0; i < tries * 10; i++) {
            try {
                store.flush().toCompletableFuture().get(10, TimeUnit.SECONDS);
                if (store.keptReplies() == 0) {
                    return;
                }
                // Another instance's claim, replayed by Lettuce after the restart, still holds the key:
                // that instance frees it; the reply stays kept until then.
            } catch (java.util.concurrent.ExecutionException e) {
                // Lettuce is reconnecting.
            }
            TimeUnit.MILLISECONDS.sleep(50);   // bounded: tries * 10 rounds of 50 ms at most
        }
        throw new AssertionError("Redis did not take the kept replies in " + tries + " tries");
    }

    private static PushResponse firstNot500(PushReceiver receiver, PushRequest push, int tries) throws Exception {
        PushResponse response = null;
        for (int i = 0; i < tries && (response == null || response.status() == 500); i++) {
            response = answer(receiver, push);
        }
        return response;
    }
}
