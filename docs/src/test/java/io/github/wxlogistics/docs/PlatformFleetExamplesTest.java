package io.github.wxlogistics.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.spi.RefreshToken;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import io.lettuce.core.RedisClient;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs the platform example docs/fleet.md quotes: two instances on one Redis share the platform's state. */
@ExtendWith(TestRedis.Extension.class)
class PlatformFleetExamplesTest {

    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    @Test
    void twoInstancesShareRefreshTokensAndSayWhatIsMissingBeforeAnyTicket(TestRedis redis) throws Exception {
        String component = "wxc" + UUID.randomUUID().toString().replace("-", "").substring(0, 15);
        URI nowhere = URI.create("http://127.0.0.1:9");
        RedisClient clientA = RedisClient.create();
        RedisClient clientB = RedisClient.create();
        // Lettuce's first connection in a JVM starts its event loops (seconds on a busy machine): not within the store's bound.
        try (var warmA = clientA.connect(redis.uri()); var warmB = clientB.connect(redis.uri())) {
            warmA.sync().ping();
            warmB.sync().ping();
        }
        try (JdkHttpTransport transport = JdkHttpTransport.create();
                PlatformFleetExamples.PlatformInstance a = PlatformFleetExamples.instance(clientA, redis.uri(), transport,
                        nowhere, component, "guide-secret", "guide-token", AES_KEY, "wxmerchantguide1");
                PlatformFleetExamples.PlatformInstance b = PlatformFleetExamples.instance(clientB, redis.uri(), transport,
                        nowhere, component, "guide-secret", "guide-token", AES_KEY, "wxmerchantguide1")) {
            a.store().saveRefreshToken(component, "wxmerchantguide1", new RefreshToken("guide@@@refresh"))
                    .get(10, TimeUnit.SECONDS);
            assertThat(b.store().refreshToken(component, "wxmerchantguide1").get(10, TimeUnit.SECONDS))
                    .as("B reads what A stored").contains(new RefreshToken("guide@@@refresh"));
            assertThat(b.platform().forAuthorizer("wxmerchantguide1")).isSameAs(b.merchant());
            assertThatThrownBy(() -> b.platform().authorizerTokens("wxmerchantguide1").token().get(10, TimeUnit.SECONDS))
                    .cause().isInstanceOf(TransportException.class).hasMessageContaining("no component_verify_ticket");
        } finally {
            clientA.shutdown();
            clientB.shutdown();
        }
    }
}
