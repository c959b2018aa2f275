package io.github.wxlogistics.spring;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * On when {@code wx.logistics.push.token} is set, whatever its value. Unlike
 * {@code @ConditionalOnProperty} it reads {@code false} as a Token (a valid one), and an unresolved
 * placeholder ({@code ${WX_PUSH_TOKEN}} with the variable unset) as set, so that the receiver's
 * own check reports it by name instead of the condition failing with a stack trace.
 */
final class PushTokenCondition extends SpringBootCondition {

    static final String PROPERTY = "wx.logistics.push.token";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        // The Binder leaves an unresolvable placeholder as its text rather than throwing.
        boolean set = Binder.get(context.getEnvironment()).bind(PROPERTY, Bindable.of(String.class)).isBound();
        return set ? ConditionOutcome.match(PROPERTY + " is set")
                : ConditionOutcome.noMatch(PROPERTY + " is not set: no push URL");
    }
}
