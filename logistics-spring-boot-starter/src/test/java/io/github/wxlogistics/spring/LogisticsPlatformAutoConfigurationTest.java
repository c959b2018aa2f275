package io.github.wxlogistics.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.platform.ComponentPlatform;
import io.github.wxlogistics.platform.InMemoryPlatformStore;
import io.github.wxlogistics.platform.PlatformListener;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.PlatformStore;
import io.github.wxlogistics.spi.RefreshToken;
import io.github.wxlogistics.store.redis.RedisPlatformStore;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The third-party platform's auto-configuration: the ComponentPlatform bean from
 * {@code wx.logistics.platform.*}, no client of the application's own without an AppID, the store
 * (in memory with a warning; Redis when configured, against the real Redis of
 * {@code WX_TEST_REDIS_URI}, surviving a restart of the application), the event route on both web
 * stacks, and the secrets masked.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogisticsPlatformAutoConfigurationTest {

    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final String SECRET = "platform-secret-4f9a";
    static final String PUSH_TOKEN = "platform-token-77c1";

    private static final AutoConfigurations ALL = AutoConfigurations.of(LogisticsAutoConfiguration.class,
            LogisticsPushAutoConfiguration.class, LogisticsPlatformAutoConfiguration.class,
            LogisticsSanitizingAutoConfiguration.class);

    private final WebApplicationContextRunner mvc = new WebApplicationContextRunner().withConfiguration(ALL)
            .withPropertyValues("wx.logistics.platform.component-app-id=wxcomponent0000001",
                    "wx.logistics.platform.component-secret=" + SECRET, "wx.logistics.platform.push-token=" + PUSH_TOKEN,
                    "wx.logistics.platform.encoding-aes-key=" + AES_KEY);

    /** The standalone Redis .ci/run starts; the test fails, saying so, without it. */
    static String redisUri() {
        String uri = System.getenv("WX_TEST_REDIS_URI");
        if (uri == null || uri.isBlank()) {
            throw new AssertionError("WX_TEST_REDIS_URI is not set: the platform's Redis store is tested against a real"
                    + " Redis; start one with `.ci/redis-servers start /tmp/wx-redis && source /tmp/wx-redis/env`"
                    + " (.ci/run does it)");
        }
        return uri.trim();
    }

    @Test
    void aPlatformWithoutAnAppIdOfItsOwnGetsThePlatformTheEventRouteAndAMemoryStoreWithAWarning(CapturedOutput output) {
        // System.Logger goes to java.util.logging here, whose console handler OutputCapture does not see.
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("io.github.wxlogistics.spring");
        logger.addHandler(handler);
        try {
            runWithoutAppId();
        } finally {
            logger.removeHandler(handler);
        }
        assertThat(records).anySatisfy(r -> assertThat(r.getLevel()).isEqualTo(java.util.logging.Level.WARNING))
                .extracting(r -> r.getMessage()).anySatisfy(m -> assertThat(m)
                        .contains("wx.logistics.platform keeps its refresh tokens in memory"));
        assertThat(output).doesNotContain(SECRET).doesNotContain(PUSH_TOKEN).doesNotContain(AES_KEY);
    }

    private void runWithoutAppId() {
        mvc.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(ComponentPlatform.class)
                    .hasBean("logisticsPlatformEventRoute")
                    .doesNotHaveBean(LogisticsClient.class).doesNotHaveBean(AccessTokenProvider.class);
            assertThat(context.getBean(PlatformStore.class)).isInstanceOf(InMemoryPlatformStore.class);
            ComponentPlatform platform = context.getBean(ComponentPlatform.class);
            assertThat(platform.componentAppId()).isEqualTo("wxcomponent0000001");
            LogisticsClient merchant = platform.forAuthorizer("wxmerchant00000001");
            assertThat(platform.forAuthorizer("wxmerchant00000001")).as("one client per merchant").isSameAs(merchant);
            assertThat(context.getBean(LogisticsPlatformProperties.class).toString()).doesNotContain(SECRET)
                    .doesNotContain(PUSH_TOKEN).doesNotContain(AES_KEY);
        });
    }

    @Test
    void theApplicationsOwnClientStaysWhenItHasAnAppId() {
        mvc.withPropertyValues("wx.logistics.app-id=wx0123456789abcdef", "wx.logistics.app-secret=test-secret",
                "wx.logistics.platform.store=memory").run(context -> assertThat(context).hasNotFailed()
                        .hasSingleBean(LogisticsClient.class).hasSingleBean(ComponentPlatform.class));
    }

    @Test
    void theEventRouteIsServedOnWebFluxToo() {
        new ReactiveWebApplicationContextRunner().withConfiguration(ALL)
                .withPropertyValues("wx.logistics.platform.component-app-id=wxcomponent0000001",
                        "wx.logistics.platform.component-secret=" + SECRET, "wx.logistics.platform.push-token=" + PUSH_TOKEN,
                        "wx.logistics.platform.encoding-aes-key=" + AES_KEY, "wx.logistics.platform.store=memory")
                .run(context -> assertThat(context).hasNotFailed().hasBean("logisticsPlatformEventRoute"));
    }

    @Test
    void missingSettingsAreNamedAllAtOnce() {
        new WebApplicationContextRunner().withConfiguration(ALL)
                .withPropertyValues("wx.logistics.platform.component-app-id=wxcomponent0000001",
                        "wx.logistics.platform.push-token=${WX_PLATFORM_TOKEN_UNSET}")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .isInstanceOf(LogisticsConfigurationException.class)
                        .hasMessageContaining("wx.logistics.platform.component-secret, wx.logistics.platform.encoding-aes-key"
                                + " are not set"));
        mvc.withPropertyValues("wx.logistics.platform.push-token=${WX_PLATFORM_TOKEN_UNSET}")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("wx.logistics.platform.push-token holds the unresolved placeholder"
                                + " ${WX_PLATFORM_TOKEN_UNSET}"));
        mvc.withPropertyValues("wx.logistics.platform.event-path=events")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("wx.logistics.platform.event-path must be an absolute path"));
    }

    @Test
    void redisAskedForWithoutItsModuleOrItsUriStopsTheStartSayingWhatToDo() {
        mvc.withClassLoader(new FilteredClassLoader(RedisPlatformStore.class))
                .withPropertyValues("wx.logistics.platform.redis.uri=redis://127.0.0.1:9")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("logistics-store-redis is not on the class path"));
        mvc.withPropertyValues("wx.logistics.platform.store=redis")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("wx.logistics.platform.store=redis but neither"
                                + " wx.logistics.platform.redis.uri nor wx.logistics.platform.redis.cluster-uris is set"));
    }

    @Test
    void aConfiguredRedisGivesADurableStoreThatARestartedApplicationContinuesWith() {
        String prefix = "spring-" + UUID.randomUUID() + ":";
        WebApplicationContextRunner onRedis = mvc.withPropertyValues("wx.logistics.platform.redis.uri=" + redisUri(),
                "wx.logistics.platform.redis.key-prefix=" + prefix,
                // The first Lettuce connection of a JVM on a loaded machine may take seconds.
                "wx.logistics.platform.redis.connect-timeout=30s");
        onRedis.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(PlatformStore.class)).isInstanceOf(RedisPlatformStore.class);
            context.getBean(PlatformStore.class).saveRefreshToken("wxcomponent0000001", "wxmerchant00000001",
                    new RefreshToken("refresh@@@spring")).get(10, TimeUnit.SECONDS);
        });
        onRedis.run(context -> assertThat(context.getBean(PlatformStore.class)
                .refreshToken("wxcomponent0000001", "wxmerchant00000001").get(10, TimeUnit.SECONDS))
                .as("after a restart of the application").contains(new RefreshToken("refresh@@@spring")));
    }

    @Test
    void aPlatformListenerBeanIsUsedAndTwoStopTheStart() {
        mvc.withPropertyValues("wx.logistics.platform.store=memory")
                .withBean("one", PlatformListener.class, () -> new PlatformListener() { })
                .withBean("two", PlatformListener.class, () -> new PlatformListener() { })
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("2 PlatformListener beans"));
    }

    @Test
    void thePlatformSecretsAreMaskedByKeyAndByValue() {
        mvc.withPropertyValues("wx.logistics.platform.store=memory").run(context -> {
            SanitizingFunction masking = context.getBean(SanitizingFunction.class);
            assertThat(masking.apply(new SanitizableData(null, "wx.logistics.platform.component-secret", "x")).getValue())
                    .isEqualTo(SanitizableData.SANITIZED_VALUE);
            assertThat(masking.apply(new SanitizableData(null, "WX_LOGISTICS_PLATFORM_ENCODING_AES_KEY", "x")).getValue())
                    .isEqualTo(SanitizableData.SANITIZED_VALUE);
            assertThat(masking.apply(new SanitizableData(null, "MY_TOKEN_VARIABLE", PUSH_TOKEN)).getValue())
                    .isEqualTo(SanitizableData.SANITIZED_VALUE);
            assertThat(masking.apply(new SanitizableData(null, "wx.logistics.platform.redis.uri",
                    "redis://user:pw@10.0.0.5:6379")).getValue()).isEqualTo(SanitizableData.SANITIZED_VALUE);
            assertThat(masking.apply(new SanitizableData(null, "wx.logistics.platform.redis.cluster-uris[0]",
                    "redis://user:pw@10.0.0.5:7000")).getValue()).isEqualTo(SanitizableData.SANITIZED_VALUE);
            assertThat(masking.apply(new SanitizableData(null, "wx.logistics.platform.event-path", "/e")).getValue())
                    .isEqualTo("/e");
        });
    }
}
