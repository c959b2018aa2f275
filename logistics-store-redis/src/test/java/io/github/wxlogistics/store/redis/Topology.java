package io.github.wxlogistics.store.redis;

import io.github.wxlogistics.TokenSource;
import io.github.wxlogistics.token.TokenSettings;
import io.lettuce.core.RedisURI;
import java.util.Arrays;
import java.util.List;

/**
 * The three Redis topologies the fleet tests run on, each started by .ci/redis-servers (which
 * .ci/run calls) and found through an environment variable: a standalone server
 * ({@link SharedRedis}: {@code WX_TEST_REDIS_URI}, or one the tests start), a Sentinel set-up
 * ({@code WX_TEST_REDIS_SENTINEL_URI}) and a Cluster ({@code WX_TEST_REDIS_CLUSTER_URIS}). A
 * missing one fails the test, saying how to start it; none is skipped. Sentinel and Cluster get
 * {@code replicaAcks(1)}, as docs/fleet.md recommends.
 */
enum Topology {
    STANDALONE, SENTINEL, CLUSTER;

    static final String SENTINEL_ENV = "WX_TEST_REDIS_SENTINEL_URI";
    static final String CLUSTER_ENV = "WX_TEST_REDIS_CLUSTER_URIS";
    private static final String HOW = "start the test servers with `.ci/redis-servers start /tmp/wx-redis && source"
            + " /tmp/wx-redis/env` (.ci/run does it; stop them with `.ci/redis-servers stop /tmp/wx-redis`)";

    /** Where this topology is: resolved now, failing with what to do when it is missing. */
    Target target(SharedRedis standalone) {
        return switch (this) {
            case STANDALONE -> new Target(this, standalone.uri(), List.of());
            case SENTINEL -> new Target(this, RedisURI.create(required(SENTINEL_ENV)), List.of());
            case CLUSTER -> new Target(this, null, Arrays.stream(required(CLUSTER_ENV).split(","))
                    .map(String::trim).map(RedisURI::create).toList());
        };
    }

    /** Where this topology is, for Sentinel and Cluster (the standalone server comes from {@link SharedRedis}). */
    Target target() {
        if (this == STANDALONE) {
            throw new IllegalStateException("the standalone Redis comes from SharedRedis: use target(SharedRedis)");
        }
        return target(null);
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new AssertionError(name + " is not set, so this fleet test has no Redis of that topology: " + HOW);
        }
        return value.trim();
    }

    /** One topology's address, and how an instance of the fleet builds its client, store and provider there. */
    record Target(Topology topology, RedisURI uri, List<RedisURI> clusterSeeds) {

        /** A new instance's Lettuce client, connected once so its event loop is up before figures count. */
        TestClient newClient() {
            TestClient client = topology == CLUSTER ? TestClient.cluster(clusterSeeds) : TestClient.create();
            if (topology == CLUSTER) {
                client.clusterClient().connect().sync().ping();
            } else {
                client.client().connect(uri).sync().ping();
            }
            return client;
        }

        RedisDuplicateStore.Builder store(TestClient client) {
            RedisDuplicateStore.Builder builder = topology == CLUSTER ? RedisDuplicateStore.builder(client.clusterClient())
                    : RedisDuplicateStore.builder(client.client(), uri);
            return topology == STANDALONE ? builder : builder.replicaAcks(1);
        }

        RedisPlatformStore.Builder platformStore(TestClient client) {
            RedisPlatformStore.Builder builder = topology == CLUSTER ? RedisPlatformStore.builder(client.clusterClient())
                    : RedisPlatformStore.builder(client.client(), uri);
            return topology == STANDALONE ? builder : builder.replicaAcks(1);
        }

        RedisTokenProvider.Builder tokens(TestClient client, TokenSource source, TokenSettings settings) {
            RedisTokenProvider.Builder builder = topology == CLUSTER
                    ? RedisTokenProvider.builder(client.clusterClient(), source, settings)
                    : RedisTokenProvider.builder(client.client(), uri, source, settings);
            return topology == STANDALONE ? builder : builder.replicaAcks(1);
        }
    }
}
