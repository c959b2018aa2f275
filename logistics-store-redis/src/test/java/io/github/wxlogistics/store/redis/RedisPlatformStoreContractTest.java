package io.github.wxlogistics.store.redis;

import io.github.wxlogistics.spi.PlatformStore;
import io.github.wxlogistics.testkit.MutableClock;
import io.github.wxlogistics.testkit.contract.SharedPlatformStoreContract;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link RedisPlatformStore} passes the platform store contract, shared-fleet part included, on
 * the three topologies (standalone, Sentinel, Cluster; {@link Topology}). Every
 * {@code createStore} is one more instance (its own connection) on the same Redis and key prefix.
 */
@ExtendWith(SharedRedis.Extension.class)
class RedisPlatformStoreContractTest {

    /** One Lettuce client per topology for the whole class (each store opens its own connection on it). */
    private static final Map<Topology, TestClient> CLIENTS = new EnumMap<>(Topology.class);
    private static Topology.Target standalone;

    @BeforeAll
    static void connect(SharedRedis shared) {
        standalone = Topology.STANDALONE.target(shared);
    }

    @AfterAll
    static void disconnect() {
        CLIENTS.values().forEach(TestClient::close);
    }

    /** The suite on one topology; one Lettuce client per topology, one connection per store. */
    abstract static class OnTopology extends SharedPlatformStoreContract {
        private final String prefix = "contract:" + UUID.randomUUID() + ":";

        abstract Topology.Target target();

        @Override
        protected PlatformStore createStore(MutableClock clock) {
            Topology.Target target = target();
            TestClient lettuce = CLIENTS.computeIfAbsent(target.topology(), t -> target.newClient());
            return target.platformStore(lettuce).keyPrefix(prefix).clock(clock).build();
        }
    }

    @Nested
    class Standalone extends OnTopology {
        @Override
        Topology.Target target() {
            return standalone;
        }
    }

    @Nested
    class Sentinel extends OnTopology {
        @Override
        Topology.Target target() {
            return Topology.SENTINEL.target();
        }
    }

    @Nested
    class Cluster extends OnTopology {
        @Override
        Topology.Target target() {
            return Topology.CLUSTER.target();
        }
    }
}
