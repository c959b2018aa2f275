package io.github.wxlogistics.docs;

// tag::imports[]
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.platform.ComponentPlatform;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.store.redis.RedisPlatformStore;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import java.net.URI;
// end::imports[]

/**
 * The example docs/fleet.md quotes for a third-party platform: every instance builds its
 * {@link ComponentPlatform} on a {@link RedisPlatformStore} on the same Redis and key prefix.
 * PlatformFleetExamplesTest runs it against a real Redis.
 */
public final class PlatformFleetExamples {

    private PlatformFleetExamples() {
    }

    /**
     * One instance of a platform and its store, to close in that order.
     *
     * @param platform the platform
     * @param store    the store it keeps its state in
     * @param merchant the client of one merchant
     */
    public record PlatformInstance(ComponentPlatform platform, RedisPlatformStore store, LogisticsClient merchant)
            implements AutoCloseable {
        @Override
        public void close() {
            platform.close();
            store.close();
        }
    }

    /**
     * One instance of a logistics SaaS sharing its platform state with the fleet.
     *
     * @param redis           the application's Lettuce client (shut down by the application)
     * @param redisUri        where the fleet's Redis is
     * @param transport       the application's transport (closed by the application)
     * @param api             the API host
     * @param componentAppId  the platform's AppID
     * @param componentSecret the platform's AppSecret
     * @param pushToken       the Token of the authorization-event URL
     * @param aesKey          the platform's EncodingAESKey
     * @param merchantAppId   a merchant that authorized the platform
     * @return the instance
     */
    public static PlatformInstance instance(RedisClient redis, RedisURI redisUri, HttpTransport transport, URI api,
            String componentAppId, String componentSecret, String pushToken, String aesKey, String merchantAppId) {
        // tag::platform-store[]
        RedisPlatformStore store = RedisPlatformStore.builder(redis, redisUri)  // redis: your RedisClient, borrowed
                .keyPrefix("saas-prod:")                                        // the same on every instance
                .build();                                                       // connects in the background
        ComponentPlatform platform = ComponentPlatform.builder()
                .componentAppId(componentAppId).componentSecret(componentSecret)
                .pushToken(pushToken).encodingAesKey(aesKey)
                .store(store)                                                   // borrowed: close it after the platform
                .transport(transport)
                .baseUri(api)
                .build();
        LogisticsClient merchant = platform.forAuthorizer(merchantAppId);       // one token per merchant, fleet-wide
        // end::platform-store[]
        return new PlatformInstance(platform, store, merchant);
    }
}
