package io.github.wxlogistics.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.spi.DuplicateClaim;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Redis store honours the DuplicateStore contract across instances, against a real Redis:
 * one owner among concurrent claims on two instances, waiters on either instance get the reply,
 * abandon frees the key and fails the waiters, a late owner changes nothing, entries expire.
 */
@ExtendWith(SharedRedis.Extension.class)
class RedisDuplicateStoreTest {

    private static TestClient instanceA;
    private static TestClient instanceB;
    private static RedisURI uri;
    private static RedisCommands<String, String> redis;

    private final String prefix = "test:" + UUID.randomUUID() + ":";
    private final List<RedisDuplicateStore> stores = new ArrayList<>();

    @BeforeAll
    static void connect(SharedRedis shared) {
        uri = shared.uri();
        instanceA = TestClient.create();
        instanceB = TestClient.create();
        redis = instanceA.sync(uri);
    }

    @AfterAll
    static void disconnect() {
        instanceA.close();
        instanceB.close();
    }

    @AfterEach
    void closeStores() {
        stores.forEach(RedisDuplicateStore::close);
    }

    private RedisDuplicateStore store(TestClient instance) {
        return store(RedisDuplicateStore.builder(instance.client(), uri).keyPrefix(prefix));
    }

    private RedisDuplicateStore store(RedisDuplicateStore.Builder builder) {
        RedisDuplicateStore store = builder.build();
        stores.add(store);
        return store;
    }

    private static DuplicateClaim claim(RedisDuplicateStore store, String key) throws Exception {
        return store.claim(key).toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void exactlyOneOwnerAmongConcurrentClaimsOnTwoInstancesAndEveryWaiterGetsTheReply() throws Exception {
        RedisDuplicateStore a = store(instanceA);
        RedisDuplicateStore b = store(instanceB);
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<DuplicateClaim>> claims = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                RedisDuplicateStore store = i % 2 == 0 ? a : b;
                claims.add(callers.submit(() -> {
                    start.await(5, TimeUnit.SECONDS);
                    return claim(store, "add_waybill:gh_c:biz:order-1");
                }));
            }
            start.countDown();
            List<DuplicateClaim.Owner> owners = new ArrayList<>();
            RedisDuplicateStore ownerStore = null;
            List<CompletableFuture<byte[]>> waiters = new ArrayList<>();
            for (int i = 0; i < claims.size(); i++) {
                DuplicateClaim found = claims.get(i).get(10, TimeUnit.SECONDS);
                if (found instanceof DuplicateClaim.Owner owner) {
                    owners.add(owner);
                    ownerStore = i % 2 == 0 ? a : b;
                } else {
                    waiters.add(((DuplicateClaim.Pending) found).reply().toCompletableFuture());
                }
            }
            assertThat(owners).hasSize(1);
            assertThat(waiters).hasSize(39).allSatisfy(w -> assertThat(w).isNotDone());

            ownerStore.complete("add_waybill:gh_c:biz:order-1", owners.get(0), bytes("<xml>reply</xml>"))
                    .toCompletableFuture().get(5, TimeUnit.SECONDS);

            for (CompletableFuture<byte[]> waiter : waiters) {
                assertThat(waiter.get(5, TimeUnit.SECONDS)).isEqualTo(bytes("<xml>reply</xml>"));
            }
            assertThat(claim(a, "add_waybill:gh_c:biz:order-1")).isEqualTo(new DuplicateClaim.Answered(bytes("<xml>reply</xml>")));
            assertThat(claim(b, "add_waybill:gh_c:biz:order-1")).isEqualTo(new DuplicateClaim.Answered(bytes("<xml>reply</xml>")));
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aWaiterOnAnotherInstancePollsRedisUntilTheReplyIsStored() throws Exception {
        RedisDuplicateStore a = store(instanceA);
        RedisDuplicateStore b = store(RedisDuplicateStore.builder(instanceB.client(), uri).keyPrefix(prefix)
                .pollInterval(Duration.ofMillis(20)));
        DuplicateClaim.Owner owner = (DuplicateClaim.Owner) claim(a, "k");
        CompletableFuture<byte[]> waiter = ((DuplicateClaim.Pending) claim(b, "k")).reply().toCompletableFuture();
        assertThat(waiter).isNotDone();

        a.complete("k", owner, bytes("reply")).toCompletableFuture().get(5, TimeUnit.SECONDS);

        assertThat(waiter.get(5, TimeUnit.SECONDS)).isEqualTo(bytes("reply"));
    }

    @Test
    void abandoningFreesTheKeyAndFailsTheWaitersOnEveryInstance() throws Exception {
        RedisDuplicateStore a = store(instanceA);
        RedisDuplicateStore b = store(instanceB);
        DuplicateClaim.Owner owner = (DuplicateClaim.Owner) claim(a, "k");
        CompletableFuture<byte[]> local = ((DuplicateClaim.Pending) claim(a, "k")).reply().toCompletableFuture();
        CompletableFuture<byte[]> remote = ((DuplicateClaim.Pending) claim(b, "k")).reply().toCompletableFuture();

        a.abandon("k", owner).toCompletableFuture().get(5, TimeUnit.SECONDS);

        assertThatThrownBy(() -> local.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        assertThatThrownBy(() -> remote.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasMessageContaining("failed or its claim expired");
        assertThat(redis.exists(prefix + "push:k")).isZero();
        assertThat(claim(b, "k")).as("the next re-send runs the handler").isInstanceOf(DuplicateClaim.Owner.class);
    }

    @Test
    void entriesLiveInRedisUnderThePrefixWithTheirTimesToLive() throws Exception {
        RedisDuplicateStore a = store(RedisDuplicateStore.builder(instanceA.client(), uri).keyPrefix(prefix)
                .claimTtl(Duration.ofSeconds(30)).replyTtl(Duration.ofMinutes(20)));
        DuplicateClaim.Owner owner = (DuplicateClaim.Owner) claim(a, "k");
        String key = prefix + "push:k";

        assertThat(redis.get(key)).isEqualTo("H" + owner.claimId());
        assertThat(redis.pttl(key)).isBetween(1L, 30_000L);

        a.complete("k", owner, bytes("<xml>r</xml>")).toCompletableFuture().get(5, TimeUnit.SECONDS);

        assertThat(redis.get(key)).isEqualTo("A<xml>r</xml>");
        assertThat(redis.pttl(key)).isBetween(30_001L, 1_200_000L);
    }

    @Test
    void aLateOwnerWhoseClaimExpiredChangesNothing() throws Exception {
        RedisDuplicateStore a = store(instanceA);
        RedisDuplicateStore b = store(instanceB);
        DuplicateClaim.Owner stale = (DuplicateClaim.Owner) claim(a, "k");
        redis.del(prefix + "push:k");   // the claim expired
        DuplicateClaim.Owner fresh = (DuplicateClaim.Owner) claim(b, "k");

        a.complete("k", stale, bytes("stale")).toCompletableFuture().get(5, TimeUnit.SECONDS);
        a.abandon("k", stale).toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertThat(redis.get(prefix + "push:k")).isEqualTo("H" + fresh.claimId());

        b.complete("k", fresh, bytes("fresh")).toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertThat(claim(a, "k")).isEqualTo(new DuplicateClaim.Answered(bytes("fresh")));
    }

    @Test
    void aWaiterNobodyCancelsGivesUpAfterMaxWait() throws Exception {
        RedisDuplicateStore a = store(instanceA);
        RedisDuplicateStore b = store(RedisDuplicateStore.builder(instanceB.client(), uri).keyPrefix(prefix)
                .pollInterval(Duration.ofMillis(20)).maxWait(Duration.ofMillis(300)));
        claim(a, "k");
        long started = System.nanoTime();
        CompletableFuture<byte[]> waiter = ((DuplicateClaim.Pending) claim(b, "k")).reply().toCompletableFuture();

        assertThatThrownBy(() -> waiter.get(5, TimeUnit.SECONDS)).hasMessageContaining("no reply within 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(300), Duration.ofSeconds(3));
    }

    @Test
    void aValueTheStoreDidNotWriteFailsTheClaim() {
        RedisDuplicateStore a = store(instanceA);
        redis.set(prefix + "push:k", "something else");

        assertThatThrownBy(() -> claim(a, "k")).hasMessageContaining("key prefix shared");
    }

    @Test
    void repliesAreCopiedInAndOutAndNeverShown() throws Exception {
        RedisDuplicateStore a = store(instanceA);
        DuplicateClaim.Owner owner = (DuplicateClaim.Owner) claim(a, "k");
        byte[] reply = bytes("<xml><Token>order-token</Token></xml>");
        a.complete("k", owner, reply).toCompletableFuture().get(5, TimeUnit.SECONDS);
        reply[0] = 'X';

        DuplicateClaim.Answered answered = (DuplicateClaim.Answered) claim(a, "k");
        answered.reply()[0] = 'Y';
        assertThat(answered.reply()).isEqualTo(bytes("<xml><Token>order-token</Token></xml>"));
        assertThat(a.toString()).doesNotContain("order-token").contains(prefix).contains(uri.getHost());
        assertThat(a.keptReplies()).isZero();
    }

    @Test
    void theBuilderChecksItsArguments() {
        RedisDuplicateStore.Builder builder = RedisDuplicateStore.builder(instanceA.client(), uri);
        assertThatThrownBy(() -> builder.claimTtl(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.commandTimeout(Duration.ofNanos(10))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.maxKeptReplies(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.keyPrefix(null)).isInstanceOf(NullPointerException.class).hasMessage("keyPrefix");
        assertThatThrownBy(() -> RedisDuplicateStore.builder(null, uri)).hasMessage("client");
        RedisDuplicateStore a = store(instanceA);
        assertThatThrownBy(() -> a.claim(null)).hasMessage("key");
    }

    @Test
    void aClosedStoreFailsItsStages() {
        RedisDuplicateStore a = store(instanceA);
        a.close();
        assertThatThrownBy(() -> claim(a, "k")).hasMessageContaining("closed");
    }
}
