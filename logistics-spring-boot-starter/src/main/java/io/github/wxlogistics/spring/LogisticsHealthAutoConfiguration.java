package io.github.wxlogistics.spring;

import io.github.wxlogistics.spi.AccessTokenProvider;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The Actuator health indicator {@code wxLogistics}, when Actuator is on the class path and
 * {@code wx.logistics.health.enabled} is not false.
 */
@AutoConfiguration(after = LogisticsAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
@ConditionalOnProperty(prefix = "wx.logistics.health", name = "enabled", matchIfMissing = true)
public class LogisticsHealthAutoConfiguration {

    /** For Spring. */
    public LogisticsHealthAutoConfiguration() {
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
    public LogisticsHealthIndicator wxLogisticsHealthIndicator(AccessTokenProvider tokens, LogisticsProperties properties) {
        return LogisticsHealthIndicator.create(tokens, properties.getHealth().getRefreshInterval(),
                properties.getHealth().getTimeout(), Clock.systemUTC());
    }
}
