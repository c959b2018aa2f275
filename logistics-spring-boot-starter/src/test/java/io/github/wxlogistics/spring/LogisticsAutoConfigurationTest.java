package io.github.wxlogistics.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.event.PushAnswer;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.micrometer.ObservationLogisticsListener;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.token.ClassicTokenProvider;
import io.github.wxlogistics.token.FixedTokenProvider;
import io.github.wxlogistics.token.StableTokenProvider;
import io.github.wxlogistics.transport.apache.ApacheHttpTransport;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;

@ExtendWith(OutputCaptureExtension.class)
class LogisticsAutoConfigurationTest {

    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LogisticsObservationAutoConfiguration.class,
                    LogisticsAutoConfiguration.class, LogisticsHealthAutoConfiguration.class,
                    LogisticsPushAutoConfiguration.class, LogisticsSanitizingAutoConfiguration.class))
            .withPropertyValues("wx.logistics.app-id=wx0123456789abcdef", "wx.logistics.app-secret=test-secret");

    @Test
    void theClientIsBuiltFromPropertiesWithAStableTokenProviderAndTheHighestPriorityTransport() {
        runner.withPropertyValues("wx.logistics.base-uri=http://127.0.0.1:9/proxy", "wx.logistics.call-timeout=5s",
                "wx.logistics.retry.max-attempts=2").run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(LogisticsClient.class)
                            .hasBean("wxLogisticsHealthIndicator");
                    assertThat(context.getBean(AccessTokenProvider.class)).isInstanceOf(StableTokenProvider.class);
                    // auto: the highest priority on the class path, Apache (5) over the JDK (0).
                    assertThat(context.getBean(HttpTransport.class)).isInstanceOf(ApacheHttpTransport.class);
                    assertThat(context).doesNotHaveBean(PushReceiver.class)
                            .doesNotHaveBean(ObservationLogisticsListener.class);
                    LogisticsProperties properties = context.getBean(LogisticsProperties.class);
                    assertThat(properties.getRetry().getMaxAttempts()).isEqualTo(2);
                    assertThat(properties.toString()).doesNotContain("test-secret");
                });
    }

    @Test
    void aMissingSecretStopsTheStartWithAClearMessage() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LogisticsAutoConfiguration.class))
                .withPropertyValues("wx.logistics.app-id=wx0123456789abcdef")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("wx.logistics.app-secret is not set"));
    }

    @Test
    void anUnresolvedPlaceholderIsNoSecret() {
        runner.withPropertyValues("wx.logistics.app-secret=${WX_APP_SECRET_NOT_SET}")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .isInstanceOf(LogisticsConfigurationException.class)
                        .hasMessageContaining("wx.logistics.app-secret holds the unresolved placeholder ${WX_APP_SECRET_NOT_SET}"));
        runner.withPropertyValues("wx.logistics.app-secret=pre-${WX_APP_SECRET_NOT_SET}-post")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("wx.logistics.app-secret holds the unresolved placeholder ${WX_APP_SECRET_NOT_SET}:")
                        .hasMessageNotContaining("pre-").hasMessageNotContaining("-post"));
        // The push Token's condition must not trip over it (it used to fail with a stack trace, unnamed).
        runner.withPropertyValues("wx.logistics.push.token=${WX_PUSH_TOKEN_NOT_SET}")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .isInstanceOf(LogisticsConfigurationException.class)
                        .hasMessageContaining("wx.logistics.push.token holds the unresolved placeholder"));
        runner.withPropertyValues("wx.logistics.push.token=false")   // a valid Token, not a switch
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(PushReceiver.class));
    }

    @Test
    void everyUnresolvedPlaceholderIsReportedAtOnce() {
        runner.withPropertyValues("wx.logistics.app-secret=${WX_APP_SECRET_NOT_SET}",
                "wx.logistics.push.token=${WX_PUSH_TOKEN_NOT_SET}",
                "wx.logistics.push.encoding-aes-key=${WX_PUSH_AES_KEY_NOT_SET}")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .isInstanceOf(LogisticsConfigurationException.class)
                        .hasMessageContaining("wx.logistics.app-secret holds ${WX_APP_SECRET_NOT_SET}")
                        .hasMessageContaining("wx.logistics.push.token holds ${WX_PUSH_TOKEN_NOT_SET}")
                        .hasMessageContaining("wx.logistics.push.encoding-aes-key holds ${WX_PUSH_AES_KEY_NOT_SET}"));
    }

    @Test
    void outOfRangeSettingsNameTheirProperty() {
        for (String[] setting : new String[][] {{"wx.logistics.call-timeout=0s", "wx.logistics.call-timeout: "},
                {"wx.logistics.attempt-timeout=-1s", "wx.logistics.attempt-timeout: "},
                {"wx.logistics.retry.max-attempts=0", "wx.logistics.retry: maxAttempts"},
                {"wx.logistics.base-uri=ftp://example.com", "wx.logistics.base-uri: "}}) {
            runner.withPropertyValues(setting[0]).run(context -> assertThat(context).hasFailed().getFailure()
                    .as(setting[0]).rootCause().isInstanceOf(IllegalArgumentException.class)   // the library's own
                    .satisfies(root -> assertThat(context.getStartupFailure()).hasStackTraceContaining(setting[1])));
        }
        runner.withPropertyValues("wx.logistics.push.token=hunter2", "wx.logistics.push.max-body-bytes=0")
                .run(context -> assertThat(context.getStartupFailure())
                        .hasStackTraceContaining("wx.logistics.push.max-body-bytes: "));
        runner.withPropertyValues("wx.logistics.health.timeout=-1s")
                .run(context -> assertThat(context.getStartupFailure())
                        .hasStackTraceContaining("wx.logistics.health: timeout must be positive"));
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LogisticsAutoConfiguration.class,
                        LogisticsPushAutoConfiguration.class))
                .withPropertyValues("wx.logistics.app-id=wx0123456789abcdef", "wx.logistics.app-secret=test-secret",
                        "wx.logistics.push.token=hunter2", "wx.logistics.push.path=")
                .run(context -> assertThat(context.getStartupFailure())
                        .hasStackTraceContaining("wx.logistics.push.path must be an absolute path"));
        runner.withPropertyValues("wx.logistics.push.token=")
                .run(context -> assertThat(context.getStartupFailure())
                        .hasStackTraceContaining("wx.logistics.push.token is not set")
                        .hasStackTraceContaining("wx.logistics.push.enabled=false"));
        runner.withPropertyValues("wx.logistics.push.token=hunter2", "wx.logistics.push.encoding-aes-key=short")
                .run(context -> assertThat(context.getStartupFailure())
                        .hasStackTraceContaining("wx.logistics.push: the EncodingAESKey must be 43 characters"));
    }

    @Test
    void twoHandlerBeansForOneEventStopTheStart() {
        runner.withPropertyValues("wx.logistics.push.token=hunter2")
                .withUserConfiguration(TwoWaybillHandlers.class)
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .isInstanceOf(LogisticsConfigurationException.class)
                        .hasMessageContaining("2 handler beans for AddWaybillEvent (first, second)"));
    }

    @Test
    void aHandlerBeanWhoseEventTypeCannotBeReadStopsTheStartNamingIt() {
        runner.withPropertyValues("wx.logistics.push.token=hunter2")
                .withBean("untyped", EventHandler.class, () -> event -> { })
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .isInstanceOf(LogisticsConfigurationException.class)
                        .hasMessageContaining("handler bean untyped is a EventHandler whose event type cannot be read"));
    }

    @Test
    void handlerBeansAreFoundByTheirEventTypeTheTestOnlySeventhIncluded() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LogisticsAutoConfiguration.class,
                        LogisticsPushAutoConfiguration.class))
                .withPropertyValues("wx.logistics.app-id=wx0123456789abcdef", "wx.logistics.app-secret=test-secret",
                        "wx.logistics.push.token=hunter2")
                .withUserConfiguration(EveryKindOfHandler.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(PushReceiver.class).toString())
                            .contains("add_waybill", "add_express_path", "parcel_locker_opened", "fallback");
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class OneWaybillHandler {
        @Bean
        RequestHandler<AddWaybillEvent, AddWaybillReply> bookWaybill() {
            return event -> AddWaybillReply.success("SF1", List.of());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoWaybillHandlers {
        @Bean
        RequestHandler<AddWaybillEvent, AddWaybillReply> first() {
            return event -> AddWaybillReply.success("SF1", List.of());
        }

        @Bean
        RequestHandler<AddWaybillEvent, AddWaybillReply> second() {
            return event -> AddWaybillReply.success("SF2", List.of());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class EveryKindOfHandler {
        @Bean
        RequestHandler<AddWaybillEvent, AddWaybillReply> bookWaybill() {
            return event -> AddWaybillReply.success("SF1", List.of());
        }

        @Bean
        EventHandler<AddExpressPathEvent> trackingUpdated() {
            return event -> { };
        }

        @Bean
        ParcelLockerHandler parcelLocker() {
            return new ParcelLockerHandler();
        }

        @Bean
        FallbackHandler everythingElse() {
            return message -> PushAnswer.success();
        }
    }

    /** A handler declared by its class, for the test-only extra event (see ParcelLockerOpenedEvent). */
    static final class ParcelLockerHandler implements EventHandler<ParcelLockerOpenedEvent> {
        @Override
        public void handle(ParcelLockerOpenedEvent event) {
        }
    }

    @Test
    void aConfigurationFailureGetsSpringBootsFailureReport(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(SpringPushServer.PushOnly.class)
                .web(WebApplicationType.NONE).properties("wx.logistics.app-id=wx0123456789abcdef").run())
                .hasRootCauseInstanceOf(LogisticsConfigurationException.class);
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "wx.logistics.app-secret is not set",
                "Fix the setting named above");
    }

    @Test
    void theClassicTokenSourceAndAnExplicitTransportAreHonoured() {
        runner.withPropertyValues("wx.logistics.token-source=classic", "wx.logistics.transport=jdk").run(context -> {
            assertThat(context.getBean(AccessTokenProvider.class)).isInstanceOf(ClassicTokenProvider.class);
            assertThat(context.getBean(HttpTransport.class)).isInstanceOf(JdkHttpTransport.class);
        });
    }

    @Test
    void anUnknownTransportNamesTheAdaptersOnTheClassPath() {
        runner.withPropertyValues("wx.logistics.transport=okhttp").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("wx.logistics.transport=okhttp")
                .hasMessageContaining("jdk").hasMessageContaining("apache"));
    }

    @Test
    void userBeansWinAndAFixedTokenProviderNeedsNoSecret() {
        HttpTransport mine = JdkHttpTransport.create();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LogisticsAutoConfiguration.class))
                .withBean(HttpTransport.class, () -> mine)
                .withBean(AccessTokenProvider.class, () -> FixedTokenProvider.of("T"))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(LogisticsClient.class);
                    assertThat(context.getBean(HttpTransport.class)).isSameAs(mine);
                });
        mine.close();
    }

    @Test
    void anObservationRegistryBeanSwitchesOnTheMicrometerListener() {
        runner.withBean(ObservationRegistry.class, ObservationRegistry::create)
                .run(context -> assertThat(context).hasSingleBean(ObservationLogisticsListener.class));
        runner.withBean(ObservationRegistry.class, ObservationRegistry::create)
                .withClassLoader(new FilteredClassLoader(ObservationLogisticsListener.class))
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(ObservationLogisticsListener.class));
    }

    @Test
    void theHealthIndicatorCanBeSwitchedOffAndNeedsSpringBootsHealthApi() {
        runner.withPropertyValues("wx.logistics.health.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("wxLogisticsHealthIndicator"));
        // Actuator's own switches, as for Spring Boot's indicators.
        runner.withPropertyValues("management.health.wxlogistics.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("wxLogisticsHealthIndicator"));
        runner.withPropertyValues("management.health.defaults.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("wxLogisticsHealthIndicator"));
        runner.withPropertyValues("management.health.defaults.enabled=false", "management.health.wxlogistics.enabled=true")
                .run(context -> assertThat(context).hasNotFailed().hasBean("wxLogisticsHealthIndicator"));
        // Spring Boot 3's health API is in org.springframework.boot.actuate.health, Boot 4's in
        // org.springframework.boot.health.contributor: hide both, so the same test holds on either line.
        runner.withClassLoader(
                new FilteredClassLoader("org.springframework.boot.actuate", "org.springframework.boot.health"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("wxLogisticsHealthIndicator"));
    }

    @Test
    void aPushTokenSwitchesOnTheReceiverWithTheHandlerBeansAndTheMvcRoute() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LogisticsAutoConfiguration.class,
                        LogisticsPushAutoConfiguration.class))
                .withPropertyValues("wx.logistics.app-id=wx0123456789abcdef", "wx.logistics.app-secret=test-secret",
                        "wx.logistics.push.token=hunter2", "wx.logistics.push.encoding-aes-key=" + AES_KEY)
                .withUserConfiguration(OneWaybillHandler.class)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(PushReceiver.class)
                            .hasBean("logisticsPushRoute");
                    PushReceiver receiver = context.getBean(PushReceiver.class);
                    assertThat(receiver.mode()).isEqualTo(PushMode.SAFE);
                    assertThat(receiver.toString()).contains("add_waybill").doesNotContain("hunter2");
                    assertThat(context.getBean("logisticsPushRoute")).isInstanceOf(RouterFunction.class);
                });
    }

    @Test
    void aReactiveApplicationGetsTheWebFluxRouteAndAServletOneNeverDoes() {
        new ReactiveWebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LogisticsAutoConfiguration.class,
                        LogisticsPushAutoConfiguration.class))
                .withPropertyValues("wx.logistics.app-id=wx0123456789abcdef", "wx.logistics.app-secret=test-secret",
                        "wx.logistics.push.token=hunter2")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(PushReceiver.class);
                    assertThat(context.getBean("logisticsPushRoute"))
                            .isInstanceOf(org.springframework.web.reactive.function.server.RouterFunction.class)
                            .isNotInstanceOf(RouterFunction.class);
                });
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LogisticsAutoConfiguration.class,
                        LogisticsPushAutoConfiguration.class))
                .withPropertyValues("wx.logistics.app-id=wx0123456789abcdef", "wx.logistics.app-secret=test-secret",
                        "wx.logistics.push.token=hunter2")
                .run(context -> assertThat(context.getBean("logisticsPushRoute")).isInstanceOf(RouterFunction.class)
                        .isNotInstanceOf(org.springframework.web.reactive.function.server.RouterFunction.class));
    }

    @Test
    void pushSettingsAreCheckedAndTheEndpointCanBeSwitchedOff() {
        runner.withPropertyValues("wx.logistics.push.token=hunter2", "wx.logistics.push.mode=safe")
                .run(context -> assertThat(context.getStartupFailure())
                        .hasStackTraceContaining(LogisticsConfigurationException.class.getName() + ": wx.logistics.push: ")
                        .hasStackTraceContaining("set wx.logistics.push.encoding-aes-key"));
        runner.withPropertyValues("wx.logistics.push.token=hunter2", "wx.logistics.push.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(PushReceiver.class));
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("io.github.wxlogistics.spring");
        List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                warnings.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try {
            runner.withPropertyValues("wx.logistics.push.token=hunter2")
                    .run(context -> assertThat(context).hasNotFailed().hasSingleBean(PushReceiver.class)
                            .doesNotHaveBean("logisticsPushRoute"));   // not a web application
        } finally {
            log.removeHandler(capture);
        }
        assertThat(warnings).singleElement().asString().startsWith("WARNING wx.logistics.push.token is set, but this is"
                + " not a web application").doesNotContain("hunter2");
    }

    @Test
    void theSanitizingFunctionMasksTheThreeSecretsUnderEverySpelling() {
        runner.run(context -> {
            SanitizingFunction function = context.getBean(SanitizingFunction.class);
            for (String key : List.of("wx.logistics.appSecret", "wx.logistics.app-secret", "WX_LOGISTICS_APP_SECRET",
                    "wx.logistics.push.token", "wx.logistics.push.encodingAesKey")) {
                assertThat(function.apply(new SanitizableData(null, key, "test-secret")).getValue()).as(key)
                        .isEqualTo(SanitizableData.SANITIZED_VALUE);
            }
            assertThat(function.apply(new SanitizableData(null, "wx.logistics.appId", "wx1")).getValue())
                    .isEqualTo("wx1");
            // The variable a secret came from, under any name, by its value.
            assertThat(function.apply(new SanitizableData(null, "WX_APP_SECRET", "test-secret")).getValue())
                    .isEqualTo(SanitizableData.SANITIZED_VALUE);
            assertThat(function.apply(new SanitizableData(null, "SOMETHING_ELSE", "not-the-secret")).getValue())
                    .isEqualTo("not-the-secret");
        });
        runner.withPropertyValues("wx.logistics.push.token=hunter2", "wx.logistics.push.encoding-aes-key=" + AES_KEY)
                .run(context -> {
                    SanitizingFunction function = context.getBean(SanitizingFunction.class);
                    String json = "{\"wechat\":{\"aes\":\"" + AES_KEY + "\"}}";
                    assertThat(function.apply(new SanitizableData(null, "spring.application.json", json)).getValue())
                            .as("a secret inside a larger value").isEqualTo(SanitizableData.SANITIZED_VALUE);
                    assertThat(function.apply(new SanitizableData(null, "greeting", "say hunter2!")).getValue())
                            .as("a short secret counts only when equal").isEqualTo("say hunter2!");
        });
    }

    @Test
    void theConfigurationMetadataDescribesTheProperties() throws Exception {
        String metadata = new String(LogisticsProperties.class.getClassLoader()
                .getResourceAsStream("META-INF/spring-configuration-metadata.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(metadata).contains("\"wx.logistics.app-secret\"", "\"wx.logistics.token-source\"",
                "\"wx.logistics.push.encoding-aes-key\"", "\"wx.logistics.retry.max-attempts\"",
                "\"wx.logistics.health.refresh-interval\"", "\"wx.logistics.transport\"");
        assertThat(metadata.replaceAll("\\s+", "")).as("a default the processor could read")
                .contains("\"name\":\"wx.logistics.push.max-body-bytes\"")
                .contains("\"defaultValue\":65536")
                .as("the transport names as hints").contains("\"value\":\"apache\"", "\"value\":\"vertx\"");
        assertThat(LogisticsProperties.class.getAnnotation(ConfigurationProperties.class).prefix())
                .isEqualTo("wx.logistics");
    }
}
