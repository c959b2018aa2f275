package io.github.wxlogistics.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.TokenSource;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.token.AppCredentials;
import io.github.wxlogistics.token.TokenSettings;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import io.lettuce.core.cluster.SlotHash;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The master is killed (SIGKILL) while a handler runs, on Sentinel (the master) and on a Cluster
 * (the master of the push's and the token's slot), with {@code replicaAcks(1)} and the Lettuce
 * settings docs/fleet.md recommends. What the guide promises: the handler ran once; the owner
 * answers its delivery with its reply at once, and the other instance, once the replica is
 * promoted, gets that reply byte for byte; the reply the owner kept reaches the new master and its
 * replica; the token fetched before the kill is still the fleet's (one fetch). The killed server is
 * started again, so the topology is whole for the next test.
 */
class FailoverTest {

    private static final Duration BOUND = Duration.ofSeconds(40);

    @ParameterizedTest
    @EnumSource(value = Topology.class, names = {"SENTINEL", "CLUSTER"})
    void aMasterKilledWhileTheHandlerRunsLosesNoReplyRunsTheHandlerOnceAndKeepsTheFleetsToken(Topology topology)
            throws Exception {
        Topology.Target target = topology.target();
        String prefix = "failover:" + UUID.randomUUID() + ":";
        HeldHandler handler = new HeldHandler(orderId -> orderId.startsWith("failover-"));
        AtomicInteger runs = handler.runs;
        try (FakeWeChatServer wechat = FakeWeChatServer.builder().start();
                JdkHttpTransport transport = JdkHttpTransport.create();
                TestClient operator = target.newClient();
                TestClient clientA = target.newClient();
                TestClient clientB = target.newClient();
                RedisDuplicateStore storeA = store(target, clientA, prefix);
                RedisDuplicateStore storeB = store(target, clientB, prefix);
                PushReceiver a = PushReceiver.builder().token(Pushes.PUSH_TOKEN).duplicateStore(storeA)
                        .on(AddWaybillEvent.class, handler).build();
                PushReceiver b = PushReceiver.builder().token(Pushes.PUSH_TOKEN).duplicateStore(storeB)
                        .on(AddWaybillEvent.class, handler).build()) {
            TokenSettings settings = TokenSettings.of(AppCredentials.of(wechat.appId(), wechat.appSecret()), transport)
                    .withBaseUri(wechat.baseUri());
            // FAIL: an instance that cannot read Redis fails instead of fetching, so a second fetch can only
            // mean the fleet lost its token. No local cache: every call reads Redis.
            List<RedisTokenProvider> tokens = new ArrayList<>();
            for (TestClient client : List.of(clientA, clientB)) {
                tokens.add(target.tokens(client, TokenSource.CLASSIC, settings).keyPrefix(prefix)
                        .onRedisFailure(RedisTokenProvider.OnRedisFailure.FAIL).localCacheTtl(Duration.ZERO).build());
            }
            try {
                AccessToken token = tokens.get(0).token().get(10, TimeUnit.SECONDS);
                assertThat(fetches(wechat)).isEqualTo(1);

                // The push's key shares the token key's master (always so with Sentinel), so one kill hits both.
                String tokenKey = prefix + "token:{classic:" + wechat.appId() + "}";
                assertThat(answer(a, Pushes.addWaybill("warm-up")).status()).isEqualTo(200);
                String orderId = pickOrderId(target, operator, prefix, tokenKey);
                PushRequest push = Pushes.addWaybill(orderId);
                InetSocketAddress master = masterOf(target, operator, tokenKey);
                RedisNode node = RedisNode.at(operator, master.getHostString(), master.getPort());

                CompletableFuture<PushResponse> first = a.handle(push).toCompletableFuture();
                assertThat(handler.entered.await(5, TimeUnit.SECONDS)).isTrue();
                assertThat(operator.sync(toUri(master)).exists(pushKey(prefix, orderId))).as("the claim, on that master")
                        .isOne();
                node.kill();
                long killed = System.nanoTime();
                handler.release.countDown();   // the handler finishes while there is no master
                PushResponse firstAnswer = first.get(10, TimeUnit.SECONDS);
                long ownerMillis = millisSince(killed);
                assertThat(firstAnswer.status()).as("the owner answers its delivery with its reply").isEqualTo(200);
                assertThat(firstAnswer.bodyText()).contains("<WayBillID><![CDATA[SF77]]></WayBillID>");

                long promotedMillis = awaitPromotion(target, operator, tokenKey, node.port());
                node.restart(operator);   // it comes back as a replica of the promoted one

                PushResponse onB = firstNot500(b, push);
                long answeredMillis = millisSince(killed);
                assertThat(onB.status()).isEqualTo(200);
                assertThat(onB.body()).as("B gets the first reply, byte for byte").isEqualTo(firstAnswer.body());
                flushWithin(storeA);
                assertThat(storeA.keptReplies()).as("the new master and its replica took A's reply").isZero();
                assertThat(runs).as("handler runs across both instances").hasValue(1);

                List<String> seen = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    seen.add(tokenWithin(tokens.get(i % 2)).value());
                }
                assertThat(seen).as("the fleet's token survived the failover").containsOnly(token.value());
                assertThat(fetches(wechat)).as("token fetches").isEqualTo(1);
                System.out.printf("failover (%s): master %d killed while the handler ran; owner answered %d in %d ms,"
                        + " replica promoted after %d ms, other instance answered %d with the same reply %d ms after the"
                        + " kill; handler runs=%d; token fetches=%d%n", topology, node.port(),
                        firstAnswer.status(), ownerMillis, promotedMillis, onB.status(), answeredMillis, runs.get(),
                        fetches(wechat));
            } finally {
                tokens.forEach(RedisTokenProvider::close);
            }
        }
    }

    private static RedisDuplicateStore store(Topology.Target target, TestClient client, String prefix) {
        return target.store(client).keyPrefix(prefix).commandTimeout(Duration.ofSeconds(1))
                .retryInterval(Duration.ofMillis(200)).pollInterval(Duration.ofMillis(20)).build();
    }

    /** An order id whose push key lands on the token key's master: its slot's master in a Cluster. */
    private static String pickOrderId(Topology.Target target, TestClient operator, String prefix, String tokenKey) {
        if (target.topology() != Topology.CLUSTER) {
            return "failover-0";
        }
        RedisClusterNode tokenMaster = slotMaster(operator, tokenKey);
        for (int i = 0; i < 1_000; i++) {
            String orderId = "failover-" + i;
            if (slotMaster(operator, pushKey(prefix, orderId)).getNodeId().equals(tokenMaster.getNodeId())) {
                return orderId;
            }
        }
        throw new AssertionError("no order id found whose key shares the token key's master");
    }

    /** The receiver's key for an add_waybill: event, ToUserName, BizID, OrderID (Pushes' values). */
    private static String pushKey(String prefix, String orderId) {
        return prefix + "push:add_waybill:gh_courier:biz-1:" + orderId;
    }

    private static io.lettuce.core.RedisURI toUri(InetSocketAddress address) {
        return io.lettuce.core.RedisURI.create("redis://" + address.getHostString() + ":" + address.getPort());
    }

    private static RedisClusterNode slotMaster(TestClient operator, String key) {
        return operator.clusterClient().getPartitions().getMasterBySlot(SlotHash.getSlot(key));
    }

    private static InetSocketAddress masterOf(Topology.Target target, TestClient operator, String key) {
        if (target.topology() == Topology.CLUSTER) {
            RedisClusterNode node = slotMaster(operator, key);
            return InetSocketAddress.createUnresolved(node.getUri().getHost(), node.getUri().getPort());
        }
        try (var sentinel = operator.client().connectSentinel(target.uri())) {
            return (InetSocketAddress) sentinel.sync().getMasterAddrByName(target.uri().getSentinelMasterId());
        }
    }

    /** Waits until another server serves the key as master; returns the milliseconds it took. */
    private static long awaitPromotion(Topology.Target target, TestClient operator, String key, int killedPort)
            throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + BOUND.toNanos();
        while (System.nanoTime() - deadline < 0) {
            try {
                if (target.topology() == Topology.CLUSTER) {
                    operator.clusterClient().refreshPartitions();
                }
                if (masterOf(target, operator, key).getPort() != killedPort) {
                    return millisSince(started);
                }
            } catch (RuntimeException e) {
                // A sentinel or node busy with the failover: ask again.
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("no replica was promoted within " + BOUND.toSeconds() + " s");
    }

    private static PushResponse answer(PushReceiver receiver, PushRequest push) throws Exception {
        return receiver.handle(push).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** WeChat's re-sends, 200 ms apart, until one is not refused (Redis is back); bounded. */
    private static PushResponse firstNot500(PushReceiver receiver, PushRequest push) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        PushResponse response = answer(receiver, push);
        while (response.status() != 200 && System.nanoTime() - deadline < 0) {
            TimeUnit.MILLISECONDS.sleep(200);
            response = answer(receiver, push);
        }
        return response;
    }

    private static void flushWithin(RedisDuplicateStore store) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (store.keptReplies() > 0 && System.nanoTime() - deadline < 0) {
            try {
                store.flush().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                // Lettuce is still reconnecting to the promoted master.
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private static AccessToken tokenWithin(RedisTokenProvider tokens) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (true) {
            try {
                return tokens.token().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (System.nanoTime() - deadline > 0) {
                    throw e;
                }
                TimeUnit.MILLISECONDS.sleep(200);   // this instance's connection is still reconnecting
            }
        }
    }

    private static long fetches(FakeWeChatServer wechat) {
        return wechat.requests().stream().filter(r -> r.operation().equals(java.util.Optional.of("getAccessToken"))).count();
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
