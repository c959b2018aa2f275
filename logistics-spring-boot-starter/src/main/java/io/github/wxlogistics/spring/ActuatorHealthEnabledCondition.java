package io.github.wxlogistics.spring;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Actuator's own switch for the {@code wxlogistics} indicator, as Spring Boot reads it for its
 * indicators on both 3.x and 4.x (whose annotation for it moved package):
 * {@code management.health.wxlogistics.enabled}, else {@code management.health.defaults.enabled},
 * else on.
 */
final class ActuatorHealthEnabledCondition extends SpringBootCondition {

    static final String PROPERTY = "management.health.wxlogistics.enabled";
    static final String DEFAULTS = "management.health.defaults.enabled";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment env = context.getEnvironment();
        Boolean own = env.getProperty(PROPERTY, Boolean.class);
        boolean enabled = own != null ? own : env.getProperty(DEFAULTS, Boolean.class, true);
        String source = own != null ? PROPERTY : DEFAULTS;
        return enabled ? ConditionOutcome.match(source + " is not false")
                : ConditionOutcome.noMatch(source + " is false");
    }
}
