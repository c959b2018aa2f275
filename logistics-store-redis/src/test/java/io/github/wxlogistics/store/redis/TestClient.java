package io.github.wxlogistics.store.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Lettuce client for tests ("one instance's" client): reconnects every 100 ms after Redis went
 * away, and shuts down with its resources. {@link #sync} opens a plain connection to look into
 * Redis (PTTL, GET, SET) the way an operator would.
 */
final class TestClient implements AutoCloseable {

    private final ClientResources resources;
    private final RedisClient client;
    private final List<StatefulRedisConnection<String, String>> connections = new ArrayList<>();

    private TestClient(ClientResources resources) {
        this.resources = resources;
        this.client = RedisClient.create(resources);
    }

    static TestClient create() {
        return new TestClient(ClientResources.builder().reconnectDelay(Delay.constant(Duration.ofMillis(100))).build());
    }

    RedisClient client() {
        return client;
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
        client.shutdown(0, 5, TimeUnit.SECONDS);
        resources.shutdown(0, 5, TimeUnit.SECONDS);
    }
}
