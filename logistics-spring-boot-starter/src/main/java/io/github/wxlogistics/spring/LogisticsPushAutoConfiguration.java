package io.github.wxlogistics.spring;

import io.github.wxlogistics.event.PushReceiver;
import io.github.wxlogistics.spi.LogisticsListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The push URL: a {@link PushReceiver} built from {@code wx.logistics.push.*} and the handler
 * beans ({@link AddWaybillHandler}, {@link AddExpressPathHandler}...,
 * {@link PushReceiverCustomizer}), served at {@code wx.logistics.push.path} on Spring MVC or on
 * WebFlux, whichever the web application runs on (the route bean is {@code logisticsPushRoute}). On
 * when {@code wx.logistics.push.token} is set and {@code wx.logistics.push.enabled} is not false.
 */
@AutoConfiguration(after = LogisticsAutoConfiguration.class)
@ConditionalOnProperty(prefix = "wx.logistics.push", name = "token")
@ConditionalOnProperty(prefix = "wx.logistics.push", name = "enabled", matchIfMissing = true)
public class LogisticsPushAutoConfiguration {

    /** For Spring. */
    public LogisticsPushAutoConfiguration() {
    }

    /**
     * The receiver.
     *
     * @param properties    the settings
     * @param addWaybill    the add_waybill handler bean, if any
     * @param cancelWaybill the cancel_waybill handler bean, if any
     * @param checkBiz      the check_biz handler bean, if any
     * @param getQuota      the get_quota handler bean, if any
     * @param addPath       the add_express_path handler bean, if any
     * @param bindResult    the update_business_bind_result handler bean, if any
     * @param customizers   the customizer beans, in order
     * @param listeners     the listener beans, in order
     * @return the receiver, closed with the context
     * @throws IllegalStateException if safe or compatible mode lacks the EncodingAESKey or the AppID
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public PushReceiver logisticsPushReceiver(LogisticsProperties properties, ObjectProvider<AddWaybillHandler> addWaybill,
            ObjectProvider<CancelWaybillHandler> cancelWaybill, ObjectProvider<CheckBizHandler> checkBiz,
            ObjectProvider<GetQuotaHandler> getQuota, ObjectProvider<AddExpressPathHandler> addPath,
            ObjectProvider<BusinessBindResultHandler> bindResult, ObjectProvider<PushReceiverCustomizer> customizers,
            ObjectProvider<LogisticsListener> listeners) {
        LogisticsProperties.Push push = properties.getPush();
        PushReceiver.Builder builder = PushReceiver.builder().token(push.getToken())
                .handlerDeadline(push.getHandlerDeadline()).maxBodyBytes(push.getMaxBodyBytes());
        if (push.getEncodingAesKey() != null && !push.getEncodingAesKey().isBlank()) {
            builder.encodingAesKey(push.getEncodingAesKey());
            String appId = push.getAppId() != null ? push.getAppId() : properties.getAppId();
            LogisticsAutoConfiguration.require(appId, "wx.logistics.push.app-id",
                    "the AppID checked in encrypted pushes (or set wx.logistics.app-id)");
            builder.appId(appId);
        }
        if (push.getMode() != null) {
            builder.mode(push.getMode());
        }
        addWaybill.ifUnique(h -> builder.onAddWaybill(h::handle));
        cancelWaybill.ifUnique(h -> builder.onCancelWaybill(h::handle));
        checkBiz.ifUnique(h -> builder.onCheckBiz(h::handle));
        getQuota.ifUnique(h -> builder.onGetQuota(h::handle));
        addPath.ifUnique(h -> builder.onAddExpressPath(h::handle));
        bindResult.ifUnique(h -> builder.onBusinessBindResult(h::handle));
        listeners.orderedStream().forEach(builder::listener);
        customizers.orderedStream().forEach(c -> c.customize(builder));
        try {
            return builder.build();
        } catch (IllegalStateException e) {
            // Named after the properties to fix; the builder's message says what is missing.
            throw new IllegalStateException("wx.logistics.push: " + e.getMessage()
                    + " (set wx.logistics.push.encoding-aes-key and wx.logistics.push.app-id or wx.logistics.app-id)");
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
            return MvcPushEndpoint.route(properties.getPush().getPath(), receiver);
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
            return WebFluxPushEndpoint.route(properties.getPush().getPath(), receiver);
        }
    }
}
