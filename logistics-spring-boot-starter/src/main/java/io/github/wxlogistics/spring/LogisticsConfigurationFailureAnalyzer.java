package io.github.wxlogistics.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link LogisticsConfigurationException} into Spring Boot's "APPLICATION FAILED TO START"
 * report: the description names the property and the rule, the action says where to fix it.
 * Registered in {@code META-INF/spring.factories}.
 */
public final class LogisticsConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<LogisticsConfigurationException> {

    /** For Spring Boot. */
    public LogisticsConfigurationFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LogisticsConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(), "Fix the setting named above (application properties or YAML,"
                + " or the environment variable behind it); the wx.logistics.* properties are listed in"
                + " docs/spring-boot.md.", cause);
    }
}
