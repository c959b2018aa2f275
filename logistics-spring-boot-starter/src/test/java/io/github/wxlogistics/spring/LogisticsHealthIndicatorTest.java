package io.github.wxlogistics.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.token.FixedTokenProvider;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The bean {@code wxLogisticsHealthIndicator} on whichever Spring Boot line runs these tests: the
 * starter's build on Boot 3.5, compat/spring-boot4-tests on Boot 4.0. The test names no Actuator
 * type (Boot 4 moved them to another package), so it finds the line's {@code HealthIndicator} by
 * name and reads the {@code Health} it returns through the methods both lines share
 * ({@code health()}, {@code getStatus().getCode()}, {@code getDetails()}).
 */
class LogisticsHealthIndicatorTest {

    private static final List<String> HEALTH_INDICATOR_TYPES = List.of(
            LogisticsHealthAutoConfiguration.BOOT3_HEALTH_INDICATOR,
            LogisticsHealthAutoConfiguration.BOOT4_HEALTH_INDICATOR);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LogisticsAutoConfiguration.class,
                    LogisticsHealthAutoConfiguration.class))
            .withPropertyValues("wx.logistics.app-id=wx0123456789abcdef", "wx.logistics.app-secret=test-secret");

    @Test
    void theIndicatorIsTheRunningSpringBootsOwnAndUpWhenATokenCanBeHad() {
        runner.withBean(AccessTokenProvider.class, () -> FixedTokenProvider.of("T")).run(context -> {
            Object indicator = context.getBean("wxLogisticsHealthIndicator");
            assertThat(indicator).isInstanceOf(healthIndicatorType());
            assertThat(health(indicator)).isEqualTo(new ReadHealth("UP", Map.of()));
        });
    }

    @Test
    void aFailedTokenFetchIsDownWithTheKindAndErrcode() {
        AccessTokenProvider failing = new AccessTokenProvider() {
            @Override
            public CompletableFuture<AccessToken> token() {
                return CompletableFuture.failedFuture(ApiException.of("getStableAccessToken", 40125, "invalid appsecret"));
            }

            @Override
            public CompletableFuture<AccessToken> refresh(AccessToken rejected) {
                return token();
            }
        };
        runner.withBean(AccessTokenProvider.class, () -> failing).run(context -> {
            ReadHealth health = health(context.getBean("wxLogisticsHealthIndicator"));
            assertThat(health.status()).isEqualTo("DOWN");
            assertThat(health.details().get("outcome")).isEqualTo("API_ERROR");
            assertThat(health.details().get("errcode")).isEqualTo(40125);
            assertThat(List.copyOf(health.details().keySet())).isEqualTo(List.of("outcome", "errcode", "since"));
        });
    }

    @Test
    void aBeanOfTheSameNameWins() {
        Object mine = new Object();
        runner.withBean("wxLogisticsHealthIndicator", Object.class, () -> mine)
                .run(context -> assertThat(context.getBean("wxLogisticsHealthIndicator")).isSameAs(mine));
    }

    /** The one {@code HealthIndicator} type on the class path: each line's tests run with its own only. */
    private static Class<?> healthIndicatorType() {
        List<Class<?>> present = HEALTH_INDICATOR_TYPES.stream().map(LogisticsHealthIndicatorTest::load)
                .filter(Objects::nonNull).toList();
        assertThat(present).as("the Spring Boot health APIs on the test class path").hasSize(1);
        return present.get(0);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, LogisticsHealthIndicatorTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static ReadHealth health(Object indicator) throws ReflectiveOperationException {
        Object health = call(indicator, healthIndicatorType(), "health");
        Object status = call(health, health.getClass(), "getStatus");
        return new ReadHealth((String) call(status, status.getClass(), "getCode"),
                (Map<?, ?>) call(health, health.getClass(), "getDetails"));
    }

    private static Object call(Object target, Class<?> type, String method) throws ReflectiveOperationException {
        Method m = type.getMethod(method);
        return m.invoke(target);
    }

    /** What an Actuator {@code Health} says, on either line. */
    private record ReadHealth(String status, Map<?, ?> details) {
    }
}
