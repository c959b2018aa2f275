package io.github.wxlogistics.spring;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * On when the platform's store is Redis: {@code wx.logistics.platform.store=redis}, or {@code auto}
 * (the default) with {@code wx.logistics.platform.redis.uri} or {@code .cluster-uris} set.
 */
final class PlatformRedisCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        LogisticsPlatformProperties platform = Binder.get(context.getEnvironment())
                .bindOrCreate("wx.logistics.platform", LogisticsPlatformProperties.class);
        return switch (platform.getStore()) {
            case REDIS -> ConditionOutcome.match("wx.logistics.platform.store=redis");
            case MEMORY -> ConditionOutcome.noMatch("wx.logistics.platform.store=memory");
            case AUTO -> platform.getRedis().isConfigured()
                    ? ConditionOutcome.match("wx.logistics.platform.redis is configured")
                    : ConditionOutcome.noMatch("no wx.logistics.platform.redis.uri or .cluster-uris");
        };
    }
}
