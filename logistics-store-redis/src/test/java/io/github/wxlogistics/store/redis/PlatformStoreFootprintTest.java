package io.github.wxlogistics.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.TokenSlot;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A thousand merchants on one {@link RedisPlatformStore} cost no thread and no connection each:
 * their providers share the store's one Redis connection and its one scheduler thread (measured:
 * the JVM's live threads and Redis's {@code connected_clients} before and after).
 */
@ExtendWith(SharedRedis.Extension.class)
class PlatformStoreFootprintTest {

    private static long connectedClients(RedisCommands<String, String> redis) {
        String info = redis.info("clients");
        return info.lines().filter(l -> l.startsWith("connected_clients:"))
                .mapToLong(l -> Long.parseLong(l.substring("connected_clients:".length()).trim())).findFirst()
                .orElseThrow(() -> new AssertionError("INFO clients has no connected_clients: " + info));
    }

    @Test
    void aThousandMerchantsShareOneConnectionAndOneThread(SharedRedis shared) throws Exception {
        try (TestClient lettuce = TestClient.create()) {
            RedisCommands<String, String> redis = lettuce.sync(shared.uri());
            String component = "wxc" + UUID.randomUUID().toString().replace("-", "").substring(0, 15);
            AtomicInteger fetches = new AtomicInteger();
            try (RedisPlatformStore store = RedisPlatformStore.builder(lettuce.client(), shared.uri())
                    .keyPrefix("footprint:" + component + ":").build()) {
                // The store's own connection and thread, warmed up by one merchant.
                AccessTokenProvider first = store.tokens(TokenSlot.authorizer(component, "wxmerchant0"),
                        rejected -> CompletableFuture.completedFuture(new AccessToken("t-" + fetches.incrementAndGet(),
                                Instant.now().plusSeconds(7200))));
                first.token().get(10, TimeUnit.SECONDS);
                int threadsBefore = Thread.activeCount();
                long clientsBefore = connectedClients(redis);

                List<CompletableFuture<AccessToken>> tokens = new ArrayList<>();
                for (int i = 1; i <= 1000; i++) {
                    tokens.add(store.tokens(TokenSlot.authorizer(component, "wxmerchant" + i),
                            rejected -> CompletableFuture.completedFuture(new AccessToken(
                                    "t-" + fetches.incrementAndGet(), Instant.now().plusSeconds(7200)))).token());
                }
                CompletableFuture.allOf(tokens.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

                int threadsAfter = Thread.activeCount();
                long clientsAfter = connectedClients(redis);
                System.out.printf("platform store footprint: 1000 merchants, %d fetches, threads %d -> %d, Redis"
                        + " connections %d -> %d%n", fetches.get(), threadsBefore, threadsAfter, clientsBefore,
                        clientsAfter);
                assertThat(fetches).hasValue(1001);
                assertThat(clientsAfter).as("Redis connections").isEqualTo(clientsBefore);
                assertThat(threadsAfter - threadsBefore).as("new threads for 1000 merchants").isLessThanOrEqualTo(2);
            }
        }
    }
}
