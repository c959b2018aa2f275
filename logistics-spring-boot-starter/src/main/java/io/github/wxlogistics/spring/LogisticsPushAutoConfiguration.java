package io.github.wxlogistics.spring;

import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.spi.LogisticsListener;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnNotWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The push URL: a {@link PushReceiver} built from {@code wx.logistics.push.*}, the handler beans
 * found by their event type ({@link EventHandler}, {@link RequestHandler}), the
 * {@link FallbackHandler} and the {@link PushReceiverCustomizer} beans, served at {@code wx.logistics.push.path} on Spring MVC or on
 * WebFlux, whichever the web application runs on (the route bean is {@code logisticsPushRoute}). On
 * when {@code wx.logistics.push.token} is set (to any value, {@code false} included; an empty one
 * or an unresolved placeholder stops the start with a message naming it) and
 * {@code wx.logistics.push.enabled} is not false.
 */
@AutoConfiguration(after = LogisticsAutoConfiguration.class)
@Conditional(PushTokenCondition.class)
@ConditionalOnProperty(prefix = "wx.logistics.push", name = "enabled", matchIfMissing = true)
public class LogisticsPushAutoConfiguration {

    /** For Spring. */
    public LogisticsPushAutoConfiguration() {
    }

    /**
     * The receiver.
     *
     * @param properties  the settings
     * @param fallback    the fallback handler bean, if any
     * @param customizers the customizer beans, in order
     * @param listeners   the listener beans, in order
     * @param beans       the context's beans: the handler beans are found by their event type
     * @return the receiver, closed with the context
     * @throws LogisticsConfigurationException if the Token is blank, a setting is out of range, two handler beans
     *                                         serve one event, a handler bean's event type cannot be read, or safe
     *                                         or compatible mode lacks the EncodingAESKey or the AppID
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public PushReceiver logisticsPushReceiver(LogisticsProperties properties, ObjectProvider<FallbackHandler> fallback,
            ObjectProvider<PushReceiverCustomizer> customizers, ObjectProvider<LogisticsListener> listeners,
            ConfigurableListableBeanFactory beans) {
        LogisticsAutoConfiguration.requireNoPlaceholders(properties);   // all at once, whichever bean starts first
        LogisticsProperties.Push push = properties.getPush();
        String pushSetting = "set it, or wx.logistics.push.enabled=false to serve no push URL";
        LogisticsAutoConfiguration.require(push.getToken(), "wx.logistics.push.token",
                "the Token entered with the push URL in the WeChat console", pushSetting);
        PushReceiver.Builder builder = PushReceiver.builder().token(push.getToken());
        LogisticsAutoConfiguration.setting("wx.logistics.push.handler-deadline",
                () -> builder.handlerDeadline(push.getHandlerDeadline()));
        LogisticsAutoConfiguration.setting("wx.logistics.push.max-body-bytes",
                () -> builder.maxBodyBytes(push.getMaxBodyBytes()));
        if (push.getEncodingAesKey() != null && !push.getEncodingAesKey().isBlank()) {
            LogisticsAutoConfiguration.require(push.getEncodingAesKey(), "wx.logistics.push.encoding-aes-key",
                    "the EncodingAESKey from the WeChat console", pushSetting);
            LogisticsAutoConfiguration.setting("wx.logistics.push.encoding-aes-key",
                    () -> builder.encodingAesKey(push.getEncodingAesKey()));
            String appId = push.getAppId() != null ? push.getAppId() : properties.getAppId();
            LogisticsAutoConfiguration.require(appId, "wx.logistics.push.app-id",
                    "the AppID checked in encrypted pushes", "or set wx.logistics.app-id");
            builder.appId(appId);
        }
        if (push.getMode() != null) {
            builder.mode(push.getMode());
        }
        HandlerBeans.register(builder, beans);
        List<FallbackHandler> fallbacks = fallback.orderedStream().toList();
        if (fallbacks.size() > 1) {
            throw new LogisticsConfigurationException(fallbacks.size() + " FallbackHandler beans ("
                    + String.join(", ", beans.getBeanNamesForType(FallbackHandler.class)) + "): the push receiver takes"
                    + " one, as each message gets one answer; keep one and call the others from it");
        }
        fallbacks.forEach(f -> builder.fallback(f::handle));
        listeners.orderedStream().forEach(builder::listener);
        customizers.orderedStream().forEach(c -> c.customize(builder));
        try {
            return builder.build();
        } catch (IllegalStateException e) {
            // Named after the properties to fix; the builder's message says what is missing.
            throw new LogisticsConfigurationException("wx.logistics.push: " + e.getMessage()
                    + " (set wx.logistics.push.encoding-aes-key and wx.logistics.push.app-id or wx.logistics.app-id)", e);
        } catch (IllegalArgumentException e) {
            // A value the builder checks when it builds, such as the EncodingAESKey's length.
            throw new LogisticsConfigurationException("wx.logistics.push: " + e.getMessage(), e);
        }
    }

    /** {@code wx.logistics.push.path}, checked: an absolute path such as {@code /wechat/push}. */
    static String pushPath(LogisticsProperties properties) {
        String path = properties.getPush().getPath();
        if (path == null || !path.startsWith("/") || path.isBlank() || path.chars().anyMatch(Character::isWhitespace)) {
            throw new LogisticsConfigurationException("wx.logistics.push.path must be an absolute path without spaces,"
                    + " such as /wechat/push, was \"" + path + "\"");
        }
        return path;
    }

    /** Not a web application: the receiver is built, but nothing serves it; said once at start. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnNotWebApplication
    static class NoWebServer {

        @Bean
        SmartInitializingSingleton logisticsPushWithoutWebServerWarning() {
            return () -> System.getLogger(LogisticsPushAutoConfiguration.class.getPackageName()).log(
                    System.Logger.Level.WARNING, "wx.logistics.push.token is set, but this is not a web application:"
                            + " the PushReceiver bean is built and no push URL is served (serve it with JdkPushHandler"
                            + " or VertxPushHandler, or set wx.logistics.push.enabled=false)");
        }
    }

    /** The endpoint on Spring MVC (servlet stack). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(RouterFunction.class)
    static class Mvc {

        @Bean
        @ConditionalOnMissingBean(name = "logisticsPushRoute")
        RouterFunction<ServerResponse> logisticsPushRoute(PushReceiver receiver, LogisticsProperties properties) {
            return MvcPushEndpoint.route(pushPath(properties), receiver);
        }
    }

    /** The endpoint on WebFlux (reactive stack). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    @ConditionalOnClass(org.springframework.web.reactive.function.server.RouterFunction.class)
    static class Reactive {

        @Bean
        @ConditionalOnMissingBean(name = "logisticsPushRoute")
        org.springframework.web.reactive.function.server.RouterFunction<org.springframework.web.reactive.function.server.ServerResponse>
                logisticsPushRoute(PushReceiver receiver, LogisticsProperties properties) {
            return WebFluxPushEndpoint.route(pushPath(properties), receiver);
        }
    }
}
