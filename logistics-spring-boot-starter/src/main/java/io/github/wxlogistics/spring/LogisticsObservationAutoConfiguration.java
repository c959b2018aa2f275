package io.github.wxlogistics.spring;

import io.github.wxlogistics.micrometer.ObservationLogisticsListener;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Metrics and traces: an {@link ObservationLogisticsListener} on the application's
 * {@link ObservationRegistry}, when {@code logistics-micrometer} is on the class path and the
 * registry is a bean (Spring Boot Actuator defines one). The client and push receiver pick it up
 * as a listener bean.
 */
@AutoConfiguration(before = LogisticsAutoConfiguration.class, afterName = {
        "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@ConditionalOnClass({ObservationRegistry.class, ObservationLogisticsListener.class})
public class LogisticsObservationAutoConfiguration {

    /** For Spring. */
    public LogisticsObservationAutoConfiguration() {
    }

    /**
     * The listener.
     *
     * @param registry the application's observation registry
     * @return a listener reporting {@code wx.logistics.call}, {@code wx.logistics.token.fetch} and {@code wx.logistics.push}
     */
    @Bean
    @ConditionalOnBean(ObservationRegistry.class)
    @ConditionalOnMissingBean
    public ObservationLogisticsListener logisticsObservationListener(ObservationRegistry registry) {
        return ObservationLogisticsListener.create(registry);
    }
}
