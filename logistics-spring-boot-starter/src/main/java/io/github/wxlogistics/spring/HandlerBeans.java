package io.github.wxlogistics.spring;

import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.event.NoticeEvent;
import io.github.wxlogistics.event.RequestEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.ResolvableType;

/**
 * Finds the {@link EventHandler} and {@link RequestHandler} beans, reads the event type each one
 * handles from its declared type, and registers each with the receiver: one bean per event type,
 * two are a start-up error (a push has one reply).
 */
final class HandlerBeans {

    private HandlerBeans() {
    }

    static void register(PushReceiver.Builder builder, ConfigurableListableBeanFactory beans) {
        Map<Class<?>, List<String>> byEvent = new LinkedHashMap<>();
        for (Class<?> kind : List.of(EventHandler.class, RequestHandler.class)) {
            for (String name : beans.getBeanNamesForType(kind)) {
                byEvent.computeIfAbsent(eventType(beans, name, kind), e -> new ArrayList<>()).add(name);
            }
        }
        byEvent.forEach((event, names) -> {
            if (names.size() > 1) {
                throw new LogisticsConfigurationException(names.size() + " handler beans for " + event.getSimpleName()
                        + " (" + String.join(", ", names) + "): the push receiver takes one per event, as each push"
                        + " gets one reply; keep one and call the others from it");
            }
            Object handler = beans.getBean(names.get(0));
            try {
                register(builder, event, handler);
            } catch (IllegalArgumentException e) {
                throw new LogisticsConfigurationException("handler bean " + names.get(0) + ": " + e.getMessage(), e);
            }
        });
    }

    /** The event class a handler bean declares, from its {@code @Bean} method's return type or its class. */
    private static Class<?> eventType(ConfigurableListableBeanFactory beans, String name, Class<?> kind) {
        ResolvableType declared = beans.containsBeanDefinition(name)
                ? beans.getMergedBeanDefinition(name).getResolvableType() : ResolvableType.NONE;
        Class<?> event = concrete(declared.as(kind).resolveGeneric(0));
        if (event == null) {
            Class<?> type = beans.getType(name);
            event = type == null ? null : concrete(ResolvableType.forClass(type).as(kind).resolveGeneric(0));
        }
        if (event == null) {
            throw new LogisticsConfigurationException("handler bean " + name + " is a " + kind.getSimpleName()
                    + " whose event type cannot be read: declare it, such as " + kind.getSimpleName()
                    + (kind == EventHandler.class ? "<AddExpressPathEvent>" : "<AddWaybillEvent, AddWaybillReply>")
                    + ", on the @Bean method's return type or on a class implementing it");
        }
        return event;
    }

    /** An event class; {@code null} for none or for a bound such as {@code NoticeEvent} (a raw type). */
    private static Class<?> concrete(Class<?> resolved) {
        return resolved == null || resolved.isInterface() ? null : resolved;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void register(PushReceiver.Builder builder, Class<?> event, Object handler) {
        // The event class was read from the handler's own type arguments, so the casts hold.
        if (handler instanceof EventHandler notice) {
            builder.on((Class<NoticeEvent>) event, (Consumer<NoticeEvent>) notice::handle);
        } else {
            RequestHandler request = (RequestHandler) handler;
            builder.on((Class<RequestEvent<Object>>) event, (Function<RequestEvent<Object>, Object>) request::handle);
        }
    }
}
