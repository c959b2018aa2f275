package io.github.wxlogistics.spring;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * On unless the application is a third-party platform without a mini program of its own:
 * {@code wx.logistics.platform.component-app-id} set and {@code wx.logistics.app-id} not. Such an
 * application calls WeChat only for its merchants ({@code ComponentPlatform.forAuthorizer}), so the
 * starter builds no token provider and no {@code LogisticsClient} of its own, instead of failing
 * the start for want of an AppID.
 */
final class OwnAppCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        boolean platformOnly = environment.containsProperty("wx.logistics.platform.component-app-id")
                && !environment.containsProperty("wx.logistics.app-id");
        return platformOnly
                ? ConditionOutcome.noMatch("a third-party platform without wx.logistics.app-id: no client of its own")
                : ConditionOutcome.match("wx.logistics.app-id is set, or no platform is configured");
    }
}
