package io.github.wxlogistics.spring;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.RetryPolicy;
import io.github.wxlogistics.TokenSource;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.HttpTransportProvider;
import io.github.wxlogistics.spi.LogisticsListener;
import io.github.wxlogistics.token.AppCredentials;
import io.github.wxlogistics.token.ClassicTokenProvider;
import io.github.wxlogistics.token.StableTokenProvider;
import io.github.wxlogistics.token.TokenSettings;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The {@link LogisticsClient} bean and what it is built from: an {@link HttpTransport} (a bean of
 * yours, else the adapter named by {@code wx.logistics.transport}, else the highest-priority one
 * on the class path), an {@link AccessTokenProvider} (a bean of yours, else one from
 * {@code wx.logistics.app-id}/{@code app-secret}) and every {@link LogisticsListener} bean. Each
 * bean backs off when you define your own. The client and the transport it was given are closed
 * when the context closes.
 */
@AutoConfiguration
@EnableConfigurationProperties(LogisticsProperties.class)
public class LogisticsAutoConfiguration {

    /** For Spring. */
    public LogisticsAutoConfiguration() {
    }

    /**
     * The transport, from {@code wx.logistics.transport}: {@code auto} picks the highest-priority
     * {@link HttpTransportProvider} on the class path, a name picks that adapter.
     *
     * @param properties the settings
     * @return a transport the context closes
     * @throws IllegalStateException if no adapter (or not the named one) is on the class path
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public HttpTransport logisticsHttpTransport(LogisticsProperties properties) {
        String choice = properties.getTransport() == null ? "auto" : properties.getTransport().trim().toLowerCase(Locale.ROOT);
        List<HttpTransportProvider> providers = ServiceLoader.load(HttpTransportProvider.class,
                LogisticsAutoConfiguration.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
        List<String> names = providers.stream().map(HttpTransportProvider::name).toList();
        HttpTransportProvider chosen = (choice.equals("auto") ? providers.stream()
                .max(Comparator.comparingInt(HttpTransportProvider::priority))
                : providers.stream().filter(p -> p.name().equalsIgnoreCase(choice)).findFirst())
                .orElseThrow(() -> new IllegalStateException("wx.logistics.transport=" + choice + " but "
                        + (names.isEmpty() ? "no HttpTransport adapter is on the class path: add"
                                + " logistics-transport-jdk or logistics-transport-vertx"
                                : "the adapters on the class path are " + names)));
        return chosen.create();
    }

    /**
     * The token provider from {@code wx.logistics.app-id} and {@code app-secret}, fetching from
     * {@code wx.logistics.token-source}, reporting its fetches to the listener beans.
     *
     * @param properties the settings
     * @param transport  the transport to fetch with
     * @param listeners  the listener beans
     * @return the provider
     * @throws IllegalStateException if the AppID or the AppSecret is not set
     */
    @Bean
    @ConditionalOnMissingBean
    public AccessTokenProvider logisticsTokenProvider(LogisticsProperties properties, HttpTransport transport,
            ObjectProvider<LogisticsListener> listeners) {
        require(properties.getAppId(), "wx.logistics.app-id", "the mini program's AppID");
        require(properties.getAppSecret(), "wx.logistics.app-secret", "the AppSecret from the WeChat console");
        TokenSettings settings = TokenSettings.of(AppCredentials.of(properties.getAppId(), properties.getAppSecret()),
                transport).withBaseUri(properties.getBaseUri()).withTimeout(properties.getAttemptTimeout());
        List<LogisticsListener> all = listeners.orderedStream().toList();
        if (!all.isEmpty()) {
            settings = settings.withListener(new GuardedListeners(all));
        }
        return properties.getTokenSource() == TokenSource.CLASSIC ? ClassicTokenProvider.create(settings)
                : StableTokenProvider.create(settings);
    }

    /**
     * The client.
     *
     * @param properties the settings
     * @param transport  the transport (borrowed: the context closes it after the client)
     * @param tokens     the token provider
     * @param listeners  the listener beans, in order
     * @return the client, closed with the context
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public LogisticsClient logisticsClient(LogisticsProperties properties, HttpTransport transport,
            AccessTokenProvider tokens, ObjectProvider<LogisticsListener> listeners) {
        LogisticsProperties.Retry retry = properties.getRetry();
        LogisticsClient.Builder builder = LogisticsClient.builder().transport(transport).tokenProvider(tokens)
                .baseUri(properties.getBaseUri()).callTimeout(properties.getCallTimeout())
                .attemptTimeout(properties.getAttemptTimeout())
                .retryPolicy(new RetryPolicy(retry.getMaxAttempts(), retry.getBackoff(), retry.getMaxBackoff()));
        listeners.orderedStream().forEach(builder::listener);
        return builder.build();
    }

    static void require(String value, String property, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is not set: the WeChat logistics client needs " + what
                    + " (or define your own AccessTokenProvider bean)");
        }
    }
}
