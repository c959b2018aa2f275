package io.github.wxlogistics.spring.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.AuthorizationRevokedException;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.spi.PlatformStore;
import io.github.wxlogistics.spring.WebStacks;
import io.github.wxlogistics.store.redis.RedisPlatformStore;
import io.github.wxlogistics.testkit.FakePlatform;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.RecordedPush;
import io.github.wxlogistics.testkit.SampleRequests;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The SaaS example of docs/spring-boot.md on a random port, on Spring MVC and on WebFlux, with its
 * Redis store on the real Redis of {@code WX_TEST_REDIS_URI}, against the fake open platform: the
 * ticket and the authorization arrive encrypted on the event route, an order is placed for the
 * merchant with its authorizer token, a restarted application ships again without a new
 * authorization, and a revocation reaches the listener bean and fails the next order typed.
 */
@ExtendWith(OutputCaptureExtension.class)
class SaasApplicationTest {

    private static final String COMPONENT = "wxcomponent0000001";
    private static final String SECRET = "saas-component-secret-5e1";
    private static final String TOKEN = "SaasComponentToken7";
    private static final String AES_KEY = "ComponentAesKey0123456789abcdefghijklmnopqr";
    private static final String MERCHANT = "wxmerchantsaas0001";

    private static String redisUri() {
        String uri = System.getenv("WX_TEST_REDIS_URI");
        if (uri == null || uri.isBlank()) {
            throw new AssertionError("WX_TEST_REDIS_URI is not set: this test runs the platform's Redis store on a real"
                    + " Redis; start one with `.ci/redis-servers start /tmp/wx-redis && source /tmp/wx-redis/env`"
                    + " (.ci/run does it)");
        }
        return uri.trim();
    }

    private static ConfigurableApplicationContext start(WebApplicationType stack, FakeWeChatServer wechat, String prefix) {
        return WebStacks.application(SaasApplication.class, stack)
                .properties("spring.config.location=classpath:platform-application.yml", "server.port=0",
                        "server.address=127.0.0.1", "spring.main.banner-mode=off",
                        "spring.reactor.netty.shutdown-quiet-period=0s",
                        "WX_COMPONENT_SECRET=" + SECRET, "WX_COMPONENT_TOKEN=" + TOKEN,
                        "WX_COMPONENT_AES_KEY=" + AES_KEY, "REDIS_URI=" + redisUri())
                // Above the file: the fake's address, and a prefix of this run's own.
                // The first Lettuce connection of a JVM on a loaded machine may take seconds.
                .run("--wx.logistics.base-uri=" + wechat.baseUri(), "--wx.logistics.platform.redis.key-prefix=" + prefix,
                        "--wx.logistics.platform.redis.connect-timeout=30s");
    }

    private static URI eventUrl(ConfigurableApplicationContext app) {
        return URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")
                + "/wechat/platform/events");
    }

    @ParameterizedTest
    @EnumSource(value = WebApplicationType.class, names = {"SERVLET", "REACTIVE"})
    void aMerchantAuthorizesGetsAnOrderSurvivesARestartAndRevokes(WebApplicationType stack, CapturedOutput output)
            throws Exception {
        String prefix = "saas-" + UUID.randomUUID() + ":";
        try (FakeWeChatServer wechat = FakeWeChatServer.builder().openPlatform(COMPONENT, SECRET, TOKEN, AES_KEY).start()) {
            FakePlatform open = wechat.platform();
            try (ConfigurableApplicationContext app = start(stack, wechat, prefix)) {
                assertThat(app.getBean(PlatformStore.class)).isInstanceOf(RedisPlatformStore.class);
                open.eventUrl(eventUrl(app));
                assertThat(open.pushTicket().outcome()).isEqualTo(RecordedPush.Outcome.ANSWERED);
                assertThat(open.authorize(MERCHANT, 45).outcome()).isEqualTo(RecordedPush.Outcome.ANSWERED);

                String waybill = app.getBean(MerchantShipping.class).ship(MERCHANT, order("saas-order-1"));
                assertThat(waybill).isNotBlank();
                assertThat(open.authorizerTokenFetches(MERCHANT)).isEqualTo(1);
            }
            try (ConfigurableApplicationContext restarted = start(stack, wechat, prefix)) {
                open.eventUrl(eventUrl(restarted));
                open.expireAuthorizerTokens(MERCHANT);
                assertThat(restarted.getBean(MerchantShipping.class).ship(MERCHANT, order("saas-order-2")))
                        .as("shipped after the restart, with the refresh token kept in Redis").isNotBlank();
                assertThat(open.authorizerTokenFetches(MERCHANT)).isEqualTo(2);

                assertThat(open.deauthorize(MERCHANT).outcome()).isEqualTo(RecordedPush.Outcome.ANSWERED);
                assertThat(restarted.getBean(Reauthorizations.class).merchants).containsExactly(MERCHANT);
                assertThat(restarted.getBean(PlatformStore.class).refreshToken(COMPONENT, MERCHANT)
                        .get(10, TimeUnit.SECONDS)).as("forgotten in Redis").isEmpty();
                assertThatThrownBy(() -> restarted.getBean(MerchantShipping.class).ship(MERCHANT, order("saas-order-3")))
                        .isInstanceOfSatisfying(AuthorizationRevokedException.class,
                                e -> assertThat(e.authorizerAppId()).isEqualTo(MERCHANT));
            }
            assertThat(output).doesNotContain(SECRET).doesNotContain(TOKEN).doesNotContain(AES_KEY)
                    .doesNotContain(open.refreshToken(MERCHANT).orElse("no-refresh-token-left"));
        }
    }

    private static AddOrderRequest order(String orderId) {
        return SampleRequests.cashOrder(orderId);
    }
}
