package io.github.wxlogistics.spring;

import io.github.wxlogistics.store.redis.RedisPlatformStore;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Lettuce client the starter opens for the platform's {@link RedisPlatformStore}, with the
 * settings docs/fleet.md recommends (commands rejected at once while disconnected, a reconnect
 * delay capped at 200 ms, Cluster topology refresh on Lettuce's adaptive triggers and every 10 s),
 * shut down with the context after the store. Only loaded when logistics-store-redis is present.
 */
final class PlatformRedis implements AutoCloseable {

    private final ClientResources resources;
    private final RedisClient client;
    private final RedisURI uri;
    private final RedisClusterClient cluster;

    private PlatformRedis(ClientResources resources, RedisClient client, RedisURI uri, RedisClusterClient cluster) {
        this.resources = resources;
        this.client = client;
        this.uri = uri;
        this.cluster = cluster;
    }

    /** A client for {@code wx.logistics.platform.redis}: its Cluster seeds, else its URI. */
    static PlatformRedis open(LogisticsPlatformProperties.Redis settings) {
        List<RedisURI> seeds = settings.getClusterUris().stream().map(String::trim)
                .map(s -> LogisticsAutoConfiguration.setting("wx.logistics.platform.redis.cluster-uris",
                        () -> RedisURI.create(s))).toList();
        RedisURI single = seeds.isEmpty() ? LogisticsAutoConfiguration.setting("wx.logistics.platform.redis.uri",
                () -> RedisURI.create(settings.getUri().trim())) : null;
        ClientResources resources = ClientResources.builder().reconnectDelay(Delay.constant(Duration.ofMillis(200))).build();
        if (!seeds.isEmpty()) {
            RedisClusterClient cluster = RedisClusterClient.create(resources, seeds);
            cluster.setOptions(ClusterClientOptions.builder()
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                            .adaptiveRefreshTriggersTimeout(Duration.ofSeconds(1))
                            .enablePeriodicRefresh(Duration.ofSeconds(10)).build())
                    .build());
            return new PlatformRedis(resources, null, null, cluster);
        }
        RedisClient client = RedisClient.create(resources);
        client.setOptions(ClientOptions.builder().disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
        return new PlatformRedis(resources, client, single, null);
    }

    /** The store's builder on this client. */
    RedisPlatformStore.Builder storeBuilder() {
        return cluster != null ? RedisPlatformStore.builder(cluster) : RedisPlatformStore.builder(client, uri);
    }

    @Override
    public void close() {
        if (cluster != null) {
            cluster.shutdown(0, 5, TimeUnit.SECONDS);
        } else {
            client.shutdown(0, 5, TimeUnit.SECONDS);
        }
        resources.shutdown(0, 5, TimeUnit.SECONDS);
    }

    @Override
    public String toString() {
        return "PlatformRedis[" + (cluster != null ? "Cluster" : uri.getHost() + ":" + uri.getPort()) + "]";
    }
}
