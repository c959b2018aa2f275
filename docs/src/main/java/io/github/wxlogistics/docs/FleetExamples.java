package io.github.wxlogistics.docs;

// tag::imports[]
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.TokenSource;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.event.CancelWaybillEvent;
import io.github.wxlogistics.event.CancelWaybillReply;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.store.redis.RedisDuplicateStore;
import io.github.wxlogistics.store.redis.RedisTokenProvider;
import io.github.wxlogistics.token.AppCredentials;
import io.github.wxlogistics.token.TokenSettings;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
// end::imports[]

/**
 * The examples docs/fleet.md quotes: a courier's push receiver sharing its duplicate store through
 * Redis, a merchant's client sharing a classic access token through Redis, the Lettuce settings
 * the guide recommends, and a store on each topology (standalone, Sentinel, Cluster).
 * FleetExamplesTest runs them against real Redis servers and the fake server.
 */
public final class FleetExamples {

    private FleetExamples() {
    }

    /**
     * One instance's push receiver and the Redis store behind it, to close in that order.
     *
     * @param receiver the receiver to put behind the instance's push URL
     * @param store    the store it deduplicates through
     */
    public record CourierInstance(PushReceiver receiver, RedisDuplicateStore store) implements AutoCloseable {
        @Override
        public void close() {
            receiver.close();
            store.close();
        }
    }

    /**
     * A courier's receiver whose duplicates are caught across the fleet.
     *
     * @param redis    the application's Lettuce client (shared, shut down by the application)
     * @param redisUri where the fleet's Redis is
     * @param token    the push Token
     * @param aesKey   the EncodingAESKey
     * @param appId    the courier's mini program AppID
     * @param bookings the courier's order system
     * @return the instance's receiver and store
     */
    public static CourierInstance courier(RedisClient redis, RedisURI redisUri, String token, String aesKey,
            String appId, PushExamples.Bookings bookings) {
        // tag::duplicate-store[]
        RedisDuplicateStore store = RedisDuplicateStore.builder(redis, redisUri)  // redis: your RedisClient, borrowed
                .keyPrefix("courier-sf:")                                       // the same on every instance
                .build();                                                       // connects in the background
        PushReceiver receiver = PushReceiver.builder()
                .token(token).encodingAesKey(aesKey).appId(appId)
                .duplicateStore(store)                                          // one handler run per order, fleet-wide
                .on(AddWaybillEvent.class, push -> AddWaybillReply.success(bookings.book(push), List.of()))
                .on(CancelWaybillEvent.class, push -> CancelWaybillReply.cancelled())
                .build();
        // end::duplicate-store[]
        return new CourierInstance(receiver, store);
    }

    /**
     * One instance's client and the token provider behind it, to close in that order.
     *
     * @param client the client
     * @param tokens the provider it takes tokens from
     */
    public record MerchantInstance(LogisticsClient client, RedisTokenProvider tokens) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
            tokens.close();
        }
    }

    /**
     * A merchant's client on the classic token endpoint, its token shared by the fleet.
     *
     * @param redis     the application's Lettuce client
     * @param redisUri  where the fleet's Redis is
     * @param api       the API host ({@code https://api.weixin.qq.com} in production)
     * @param appId     the AppID
     * @param appSecret the AppSecret
     * @param transport the HTTP transport, borrowed
     * @return the instance's client and provider
     */
    public static MerchantInstance classicMerchant(RedisClient redis, RedisURI redisUri, URI api, String appId,
            String appSecret, HttpTransport transport) {
        // tag::classic-tokens[]
        TokenSettings settings = TokenSettings.of(AppCredentials.of(appId, appSecret), transport)
                .withBaseUri(api);                                           // https://api.weixin.qq.com by default
        RedisTokenProvider tokens = RedisTokenProvider.builder(redis, redisUri, TokenSource.CLASSIC, settings)
                .keyPrefix("shop-a:")                                        // the same on every instance
                .build();
        LogisticsClient client = LogisticsClient.builder()
                .tokenProvider(tokens)                                       // borrowed: close it after the client
                .transport(transport)
                .baseUri(api)
                .build();
        // end::classic-tokens[]
        return new MerchantInstance(client, tokens);
    }

    /**
     * A provider tuned for an app that must not use a token outside the fleet's lease.
     *
     * @param redis    the application's Lettuce client
     * @param redisUri where the fleet's Redis is
     * @param settings the token settings
     * @return the provider
     */
    public static RedisTokenProvider strictTokens(RedisClient redis, RedisURI redisUri, TokenSettings settings) {
        // tag::tuning[]
        RedisTokenProvider tokens = RedisTokenProvider.builder(redis, redisUri, TokenSource.CLASSIC, settings)
                .onRedisFailure(RedisTokenProvider.OnRedisFailure.FAIL)  // no local fetch while Redis is away
                .commandTimeout(Duration.ofMillis(500))                   // one Redis round trip
                .leaseTtl(Duration.ofSeconds(15))                          // longer than a token fetch may take
                .localCacheTtl(Duration.ofSeconds(30))                     // how long an instance trusts its copy
                .build();
        // end::tuning[]
        return tokens;
    }

    /**
     * The application's Lettuce clients with the settings the guide recommends (logistics-store-redis's
     * own tests use the same), to shut down in {@link #close()}.
     *
     * @param resources the event loops and reconnect delay both clients share
     * @param redis     for a standalone server or a Sentinel set-up
     * @param cluster   for a Redis Cluster, or null when no seed was given
     */
    public record LettuceClients(ClientResources resources, RedisClient redis, RedisClusterClient cluster)
            implements AutoCloseable {
        @Override
        public void close() {
            if (cluster != null) {
                cluster.shutdown(0, 5, TimeUnit.SECONDS);
            }
            redis.shutdown(0, 5, TimeUnit.SECONDS);
            resources.shutdown(0, 5, TimeUnit.SECONDS);
        }
    }

    /**
     * Lettuce clients that ride out a failover quickly.
     *
     * @param clusterSeeds some nodes of the Redis Cluster, or an empty list for none
     * @return the clients
     */
    public static LettuceClients lettuceClients(List<RedisURI> clusterSeeds) {
        // tag::lettuce-settings[]
        ClientResources resources = ClientResources.builder()
                .reconnectDelay(Delay.constant(Duration.ofMillis(200)))     // the default backs off up to 30 s
                .build();
        RedisClient redis = RedisClient.create(resources);                  // standalone or Sentinel
        redis.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)  // fail at once while down
                .build());
        RedisClusterClient cluster = clusterSeeds.isEmpty() ? null : RedisClusterClient.create(resources, clusterSeeds);
        if (cluster != null) {
            cluster.setOptions(ClusterClientOptions.builder()
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                            .adaptiveRefreshTriggersTimeout(Duration.ofSeconds(1))  // after MOVED, reconnects...
                            .enablePeriodicRefresh(Duration.ofSeconds(10))          // and every 10 s
                            .build())
                    .build());
        }
        // end::lettuce-settings[]
        return new LettuceClients(resources, redis, cluster);
    }

    /**
     * A duplicate store on each topology; in an application, the one its Redis is.
     *
     * @param clients    the application's Lettuce clients
     * @param standalone a standalone server, such as {@code redis://10.0.0.5:6379}
     * @param sentinel   a Sentinel set-up, such as {@code redis-sentinel://10.0.0.7:26379,10.0.0.8:26379#mymaster}
     * @return the standalone, Sentinel and Cluster stores, to close
     */
    public static List<RedisDuplicateStore> storeOnEachTopology(LettuceClients clients, RedisURI standalone,
            RedisURI sentinel) {
        // tag::topologies[]
        RedisDuplicateStore onOneServer = RedisDuplicateStore.builder(clients.redis(), standalone)
                .build();
        RedisDuplicateStore withSentinel = RedisDuplicateStore.builder(clients.redis(), sentinel)  // redis-sentinel://
                .replicaAcks(1)                // a reply counts as stored once a replica has it
                .build();
        RedisDuplicateStore onCluster = RedisDuplicateStore.builder(clients.cluster())  // the seeds are the client's
                .replicaAcks(1)
                .build();
        // end::topologies[]
        return List.of(onOneServer, withSentinel, onCluster);
    }
}
