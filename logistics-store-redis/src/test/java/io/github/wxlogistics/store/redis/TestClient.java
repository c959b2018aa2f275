package io.github.wxlogistics.store.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Lettuce client for tests ("one instance's" client) with the settings docs/fleet.md recommends
 * (FleetExamples#lettuce-settings shows the same): commands rejected at once while disconnected, a
 * reconnect delay capped at 200 ms (the default grows to 30 s) and, for a Cluster, topology refresh
 * on every adaptive trigger and every 10 s. Shuts down with its resources. {@link #sync} opens a
 * plain connection to look into Redis the way an operator would.
 */
final class TestClient implements AutoCloseable {

    private final ClientResources resources;
    private final RedisClient client;
    private final RedisClusterClient cluster;
    private final List<StatefulRedisConnection<String, String>> connections = new ArrayList<>();

    private TestClient(ClientResources resources, List<RedisURI> clusterSeeds) {
        this.resources = resources;
        this.client = RedisClient.create(resources);
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build());
        if (clusterSeeds == null) {
            this.cluster = null;
        } else {
            this.cluster = RedisClusterClient.create(resources, clusterSeeds);
            cluster.setOptions(ClusterClientOptions.builder()
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                            .adaptiveRefreshTriggersTimeout(Duration.ofSeconds(1))
                            .enablePeriodicRefresh(Duration.ofSeconds(10))
                            .build())
                    .build());
        }
    }

    private static ClientResources resources() {
        return ClientResources.builder().reconnectDelay(Delay.constant(Duration.ofMillis(200))).build();
    }

    /** A client for a standalone Redis or a Sentinel set-up. */
    static TestClient create() {
        return new TestClient(resources(), null);
    }

    /** A client for a standalone Redis or Sentinel ({@link #client()}) and for the Cluster seeded at {@code seeds}. */
    static TestClient cluster(List<RedisURI> seeds) {
        return new TestClient(resources(), seeds);
    }

    RedisClient client() {
        return client;
    }

    RedisClusterClient clusterClient() {
        if (cluster == null) {
            throw new IllegalStateException("not a Cluster client");
        }
        return cluster;
    }

    synchronized RedisCommands<String, String> sync(RedisURI uri) {
        StatefulRedisConnection<String, String> connection = client.connect(uri);
        connection.setTimeout(Duration.ofSeconds(5));
        connections.add(connection);
        return connection.sync();
    }

    @Override
    public synchronized void close() {
        connections.forEach(StatefulRedisConnection::close);
        if (cluster != null) {
            cluster.shutdown(0, 5, TimeUnit.SECONDS);
        }
        client.shutdown(0, 5, TimeUnit.SECONDS);
        resources.shutdown(0, 5, TimeUnit.SECONDS);
    }
}
