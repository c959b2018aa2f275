package io.github.wxlogistics.spring;

import io.github.wxlogistics.spi.AccessTokenProvider;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The Actuator health indicator {@code wxLogistics} (bean {@code wxLogisticsHealthIndicator}), when
 * {@code wx.logistics.health.enabled} is not false, Actuator's switch for it is not off
 * ({@code management.health.wxlogistics.enabled}, else {@code management.health.defaults.enabled})
 * and Spring Boot's health API is on the class
 * path: a {@link Boot3LogisticsHealthIndicator} where the Spring Boot 3 API
 * ({@code org.springframework.boot.actuate.health}) is, else a {@link Boot4LogisticsHealthIndicator}
 * where the Spring Boot 4 API ({@code org.springframework.boot.health.contributor}) is. Both report
 * the same {@link LogisticsHealthCheck}.
 *
 * <p>WeChat is an external service: by default the indicator does not count in the overall status
 * of {@code /actuator/health} (a WeChat outage or a wrong secret must not take every instance out of
 * a load balancer at once), as Spring Boot's liveness and readiness groups leave external services
 * out; {@code /actuator/health/logistics} shows it, with its reason. With
 * {@code wx.logistics.health.in-overall-status=true} it counts like any other indicator.
 */
@AutoConfiguration(after = LogisticsAutoConfiguration.class)
@ConditionalOnProperty(prefix = "wx.logistics.health", name = "enabled", matchIfMissing = true)
@Conditional(ActuatorHealthEnabledCondition.class)
public class LogisticsHealthAutoConfiguration {

    static final String BOOT3_HEALTH_INDICATOR = "org.springframework.boot.actuate.health.HealthIndicator";
    static final String BOOT4_HEALTH_INDICATOR = "org.springframework.boot.health.contributor.HealthIndicator";
    /** The indicator's name in {@code /actuator/health}. */
    static final String INDICATOR = "wxLogistics";
    /**
     * The health group that shows the indicator with its reason: {@code /actuator/health/logistics}
     * (not the indicator's own name: Spring Boot 4 refuses a group named like a contributor).
     */
    static final String GROUP = "logistics";
    private static final String GROUPS_CONDITION_PREFIX = "wx.logistics.health";

    static boolean isIndicator(String member) {
        return member.equals(INDICATOR) || member.startsWith(INDICATOR + "/");
    }

    /** For Spring. */
    public LogisticsHealthAutoConfiguration() {
    }

    static LogisticsHealthCheck check(AccessTokenProvider tokens, LogisticsProperties properties) {
        return LogisticsAutoConfiguration.setting("wx.logistics.health", () -> LogisticsHealthCheck.create(tokens,
                properties.getHealth().getRefreshInterval(), properties.getHealth().getTimeout(), Clock.systemUTC()));
    }

    /**
     * Spring Boot 3: the indicator on {@code org.springframework.boot.actuate.health} (in
     * {@code spring-boot-actuator} 3.x). The condition reads the class name, so this class is not
     * loaded where that API is missing.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = BOOT3_HEALTH_INDICATOR)
    public static class Boot3 {

        /** For Spring. */
        public Boot3() {
        }

        /**
         * The indicator.
         *
         * @param tokens     the token provider the client uses
         * @param properties the settings
         * @return the indicator, named {@code wxLogistics} in {@code /actuator/health}
         */
        @Bean(name = "wxLogisticsHealthIndicator")
        @ConditionalOnBean(AccessTokenProvider.class)
        @ConditionalOnMissingBean(name = "wxLogisticsHealthIndicator")
        public Boot3LogisticsHealthIndicator wxLogisticsHealthIndicator(AccessTokenProvider tokens,
                LogisticsProperties properties) {
            return Boot3LogisticsHealthIndicator.create(check(tokens, properties));
        }

        /**
         * Keeps the indicator out of {@code /actuator/health}'s overall status and adds the group
         * {@code logistics}, unless {@code wx.logistics.health.in-overall-status} is true.
         *
         * @return the post-processor of Actuator's health groups
         */
        @Bean
        @ConditionalOnBean(AccessTokenProvider.class)
        @ConditionalOnProperty(prefix = GROUPS_CONDITION_PREFIX, name = "in-overall-status", havingValue = "false",
                matchIfMissing = true)
        public static Boot3LogisticsHealthGroups wxLogisticsHealthGroups() {
            return new Boot3LogisticsHealthGroups();
        }
    }

    /**
     * Spring Boot 4: the indicator on {@code org.springframework.boot.health.contributor} (in
     * {@code spring-boot-health} 4.x). Where the Spring Boot 3 API is present too (a stray Boot 4
     * jar in a Boot 3 application), Boot 3's Actuator is the one running, and only
     * {@link Boot3} applies.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = BOOT4_HEALTH_INDICATOR)
    @ConditionalOnMissingClass(BOOT3_HEALTH_INDICATOR)
    public static class Boot4 {

        /** For Spring. */
        public Boot4() {
        }

        /**
         * The indicator.
         *
         * @param tokens     the token provider the client uses
         * @param properties the settings
         * @return the indicator, named {@code wxLogistics} in {@code /actuator/health}
         */
        @Bean(name = "wxLogisticsHealthIndicator")
        @ConditionalOnBean(AccessTokenProvider.class)
        @ConditionalOnMissingBean(name = "wxLogisticsHealthIndicator")
        public Boot4LogisticsHealthIndicator wxLogisticsHealthIndicator(AccessTokenProvider tokens,
                LogisticsProperties properties) {
            return Boot4LogisticsHealthIndicator.create(check(tokens, properties));
        }

        /**
         * Keeps the indicator out of {@code /actuator/health}'s overall status and adds the group
         * {@code logistics}, unless {@code wx.logistics.health.in-overall-status} is true.
         *
         * @return the post-processor of Actuator's health groups
         */
        @Bean
        @ConditionalOnBean(AccessTokenProvider.class)
        @ConditionalOnProperty(prefix = GROUPS_CONDITION_PREFIX, name = "in-overall-status", havingValue = "false",
                matchIfMissing = true)
        public static Boot4LogisticsHealthGroups wxLogisticsHealthGroups() {
            return new Boot4LogisticsHealthGroups();
        }
    }
}
