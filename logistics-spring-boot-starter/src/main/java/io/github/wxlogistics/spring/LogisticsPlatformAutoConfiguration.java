package io.github.wxlogistics.spring;

import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.RetryPolicy;
import io.github.wxlogistics.platform.ComponentPlatform;
import io.github.wxlogistics.platform.InMemoryPlatformStore;
import io.github.wxlogistics.platform.PlatformListener;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.LogisticsListener;
import io.github.wxlogistics.spi.PlatformStore;
import io.github.wxlogistics.store.redis.RedisPlatformStore;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A third-party platform, on when {@code wx.logistics.platform.component-app-id} is set: the
 * {@link ComponentPlatform} bean (its {@code forAuthorizer(appId)} gives each merchant's client,
 * all sharing the context's {@link HttpTransport} and listeners), its {@link PlatformStore}
 * (a bean of yours, else a {@link RedisPlatformStore} on {@code wx.logistics.platform.redis.*},
 * else in memory, per {@code wx.logistics.platform.store}), and the authorization-event URL at
 * {@code wx.logistics.platform.event-path} on Spring MVC or WebFlux (route bean
 * {@code logisticsPlatformEventRoute}), which receives {@code component_verify_ticket} and the
 * authorization events. The {@link PlatformListener} bean, if any, is told when a merchant's
 * authorization is lost.
 */
@AutoConfiguration(after = LogisticsAutoConfiguration.class)
@ConditionalOnProperty(prefix = "wx.logistics.platform", name = "component-app-id")
@EnableConfigurationProperties({LogisticsProperties.class, LogisticsPlatformProperties.class})
public class LogisticsPlatformAutoConfiguration {

    private static final System.Logger LOG = System.getLogger(LogisticsPlatformAutoConfiguration.class.getPackageName());

    /** For Spring. */
    public LogisticsPlatformAutoConfiguration() {
    }

    /**
     * The in-memory store: {@code wx.logistics.platform.store=memory}, or {@code auto} without a
     * Redis configured. Said once at start, as a warning unless chosen with {@code memory}: its
     * refresh tokens die with the process.
     *
     * @param platform the platform settings
     * @return the store
     * @throws LogisticsConfigurationException if Redis is asked for but logistics-store-redis is not on the class path
     */
    @Bean
    @ConditionalOnMissingBean
    public PlatformStore logisticsPlatformStore(LogisticsPlatformProperties platform) {
        if (platform.getStore() == LogisticsPlatformProperties.Store.REDIS || platform.getStore()
                == LogisticsPlatformProperties.Store.AUTO && platform.getRedis().isConfigured()) {
            throw new LogisticsConfigurationException("wx.logistics.platform.store: Redis is configured but"
                    + " logistics-store-redis is not on the class path: add io.github.wxlogistics:logistics-store-redis,"
                    + " or set wx.logistics.platform.store=memory");
        }
        // A warning unless chosen explicitly (wx.logistics.platform.store=memory).
        LOG.log(platform.getStore() == LogisticsPlatformProperties.Store.MEMORY ? Level.INFO : Level.WARNING,
                "wx.logistics.platform keeps its refresh tokens in memory: when this process stops, every"
                + " merchant must authorize again; set wx.logistics.platform.redis.uri (logistics-store-redis) for a"
                + " durable store shared by the fleet");
        return InMemoryPlatformStore.create();
    }

    /**
     * The platform.
     *
     * @param platform           the platform settings
     * @param properties         the client settings (API host, timeouts, retries)
     * @param transport          the transport (borrowed)
     * @param store              the store (borrowed)
     * @param listeners          the listener beans, in order
     * @param platformListeners  the platform listener bean, if any
     * @return the platform, closed with the context
     * @throws LogisticsConfigurationException if a required setting is missing, blank or an unresolved
     *                                         placeholder, a setting is out of range, or there are two
     *                                         PlatformListener beans
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public ComponentPlatform logisticsComponentPlatform(LogisticsPlatformProperties platform,
            LogisticsProperties properties, HttpTransport transport, PlatformStore store,
            ObjectProvider<LogisticsListener> listeners, ObjectProvider<PlatformListener> platformListeners) {
        Map<String, String> required = new LinkedHashMap<>();
        required.put("wx.logistics.platform.component-app-id", platform.getComponentAppId());
        required.put("wx.logistics.platform.component-secret", platform.getComponentSecret());
        required.put("wx.logistics.platform.push-token", platform.getPushToken());
        required.put("wx.logistics.platform.encoding-aes-key", platform.getEncodingAesKey());
        List<String> missing = required.entrySet().stream().filter(e -> e.getValue() == null || e.getValue().isBlank())
                .map(Map.Entry::getKey).toList();
        if (!missing.isEmpty()) {
            throw new LogisticsConfigurationException(String.join(", ", missing) + (missing.size() == 1 ? " is" : " are")
                    + " not set: a third-party platform needs its AppID, AppSecret, and the Token and EncodingAESKey"
                    + " of its authorization-event URL (from the open platform's console)");
        }
        required.forEach((property, value) -> LogisticsAutoConfiguration.require(value, property,
                "the platform's setting from the open platform's console", "or remove wx.logistics.platform"));
        ComponentPlatform.Builder builder = ComponentPlatform.builder().store(store).transport(transport);
        LogisticsAutoConfiguration.setting("wx.logistics.platform.component-app-id",
                () -> builder.componentAppId(platform.getComponentAppId()));
        builder.componentSecret(platform.getComponentSecret()).pushToken(platform.getPushToken())
                .encodingAesKey(platform.getEncodingAesKey());
        LogisticsAutoConfiguration.setting("wx.logistics.base-uri", () -> builder.baseUri(properties.getBaseUri()));
        LogisticsAutoConfiguration.setting("wx.logistics.call-timeout", () -> builder.callTimeout(properties.getCallTimeout()));
        LogisticsAutoConfiguration.setting("wx.logistics.attempt-timeout",
                () -> builder.attemptTimeout(properties.getAttemptTimeout()));
        LogisticsProperties.Retry retry = properties.getRetry();
        LogisticsAutoConfiguration.setting("wx.logistics.retry", () -> builder.retryPolicy(
                new RetryPolicy(retry.getMaxAttempts(), retry.getBackoff(), retry.getMaxBackoff())));
        // The builder takes one listener: every bean, in order, as one.
        LogisticsListener all = ListenerChain.of(listeners.orderedStream().toList());
        if (all != null) {
            builder.listener(all);
        }
        List<PlatformListener> told = platformListeners.orderedStream().toList();
        if (told.size() > 1) {
            throw new LogisticsConfigurationException(told.size() + " PlatformListener beans: the platform takes one;"
                    + " keep one and call the others from it");
        }
        told.forEach(builder::platformListener);
        try {
            return builder.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            // A value the builder checks when it builds, such as the EncodingAESKey's length.
            throw new LogisticsConfigurationException("wx.logistics.platform: " + e.getMessage(), e);
        }
    }

    /** {@code wx.logistics.platform.event-path}, checked: an absolute path such as {@code /wechat/platform/events}. */
    static String eventPath(LogisticsPlatformProperties platform) {
        String path = platform.getEventPath();
        if (path == null || !path.startsWith("/") || path.isBlank() || path.chars().anyMatch(Character::isWhitespace)) {
            throw new LogisticsConfigurationException("wx.logistics.platform.event-path must be an absolute path without"
                    + " spaces, such as /wechat/platform/events, was \"" + path + "\"");
        }
        return path;
    }

    /** The Redis store: logistics-store-redis present, and Redis chosen or configured. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.github.wxlogistics.store.redis.RedisPlatformStore")
    @Conditional(PlatformRedisCondition.class)
    @ConditionalOnMissingBean(PlatformStore.class)
    static class RedisStore {

        @Bean(destroyMethod = "close")
        PlatformRedis logisticsPlatformRedis(LogisticsPlatformProperties platform) {
            if (!platform.getRedis().isConfigured()) {
                throw new LogisticsConfigurationException("wx.logistics.platform.store=redis but neither"
                        + " wx.logistics.platform.redis.uri nor wx.logistics.platform.redis.cluster-uris is set");
            }
            return PlatformRedis.open(platform.getRedis());
        }

        @Bean(destroyMethod = "close")
        RedisPlatformStore logisticsPlatformStore(PlatformRedis redis, LogisticsPlatformProperties platform) {
            LogisticsPlatformProperties.Redis settings = platform.getRedis();
            RedisPlatformStore.Builder builder = redis.storeBuilder();
            LogisticsAutoConfiguration.setting("wx.logistics.platform.redis.key-prefix",
                    () -> builder.keyPrefix(settings.getKeyPrefix()));
            LogisticsAutoConfiguration.setting("wx.logistics.platform.redis.replica-acks",
                    () -> builder.replicaAcks(settings.getReplicaAcks()));
            LogisticsAutoConfiguration.setting("wx.logistics.platform.redis.command-timeout",
                    () -> builder.commandTimeout(settings.getCommandTimeout()));
            LogisticsAutoConfiguration.setting("wx.logistics.platform.redis.connect-timeout",
                    () -> builder.connectTimeout(settings.getConnectTimeout()));
            return builder.build();
        }
    }

    /** The event URL on Spring MVC (servlet stack). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(RouterFunction.class)
    static class Mvc {

        @Bean(destroyMethod = "close")
        PlatformEvents logisticsPlatformEvents(ComponentPlatform platform) {
            return new PlatformEvents(platform.pushReceiver().build());
        }

        @Bean
        @ConditionalOnMissingBean(name = "logisticsPlatformEventRoute")
        RouterFunction<ServerResponse> logisticsPlatformEventRoute(PlatformEvents events,
                LogisticsPlatformProperties platform) {
            return MvcPushEndpoint.route(eventPath(platform), events.receiver());
        }
    }

    /** The event URL on WebFlux (reactive stack). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    @ConditionalOnClass(org.springframework.web.reactive.function.server.RouterFunction.class)
    static class Reactive {

        @Bean(destroyMethod = "close")
        PlatformEvents logisticsPlatformEvents(ComponentPlatform platform) {
            return new PlatformEvents(platform.pushReceiver().build());
        }

        @Bean
        @ConditionalOnMissingBean(name = "logisticsPlatformEventRoute")
        org.springframework.web.reactive.function.server.RouterFunction<org.springframework.web.reactive.function.server.ServerResponse>
                logisticsPlatformEventRoute(PlatformEvents events, LogisticsPlatformProperties platform) {
            return WebFluxPushEndpoint.route(eventPath(platform), events.receiver());
        }
    }

    /**
     * The receiver of the platform's event URL, held apart from the context's {@link PushReceiver}
     * bean (the merchant push URL's), which other beans inject by type.
     */
    record PlatformEvents(PushReceiver receiver) implements AutoCloseable {
        @Override
        public void close() {
            receiver.close();
        }
    }
}
