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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The {@link LogisticsClient} bean and what it is built from: an {@link HttpTransport} (a bean of
 * yours, else the adapter named by {@code wx.logistics.transport}, else the highest-priority one
 * on the class path), an {@link AccessTokenProvider} (a bean of yours, else one from
 * {@code wx.logistics.app-id}/{@code app-secret}) and every {@link LogisticsListener} bean. Each
 * bean backs off when you define your own. A third-party platform without an AppID of its own
 * ({@code wx.logistics.platform.component-app-id} set, {@code wx.logistics.app-id} not) gets neither
 * the token provider nor the client: it calls for its merchants through
 * {@link LogisticsPlatformAutoConfiguration}'s {@code ComponentPlatform}. The client and the transport it was given are closed
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
     * @throws LogisticsConfigurationException if no adapter (or not the named one) is on the class path
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
                .orElseThrow(() -> new LogisticsConfigurationException("wx.logistics.transport=" + choice + " but "
                        + (names.isEmpty() ? "no HttpTransport adapter is on the class path: add"
                                + " logistics-transport-jdk, logistics-transport-vertx or logistics-transport-apache"
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
     * @throws LogisticsConfigurationException if the AppID or the AppSecret is not set or an unresolved placeholder
     */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(OwnAppCondition.class)
    public AccessTokenProvider logisticsTokenProvider(LogisticsProperties properties, HttpTransport transport,
            ObjectProvider<LogisticsListener> listeners) {
        requireNoPlaceholders(properties);
        require(properties.getAppId(), "wx.logistics.app-id", "the mini program's AppID");
        require(properties.getAppSecret(), "wx.logistics.app-secret", "the AppSecret from the WeChat console");
        TokenSettings base = TokenSettings.of(AppCredentials.of(properties.getAppId(), properties.getAppSecret()),
                transport);
        TokenSettings located = setting("wx.logistics.base-uri", () -> base.withBaseUri(properties.getBaseUri()));
        TokenSettings settings = setting("wx.logistics.attempt-timeout",
                () -> located.withTimeout(properties.getAttemptTimeout()));
        List<LogisticsListener> all = listeners.orderedStream().toList();
        if (!all.isEmpty()) {
            settings = settings.withListeners(all);
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
     * @throws LogisticsConfigurationException if a timeout, the retry settings or the base URI is out of range
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @Conditional(OwnAppCondition.class)
    public LogisticsClient logisticsClient(LogisticsProperties properties, HttpTransport transport,
            AccessTokenProvider tokens, ObjectProvider<LogisticsListener> listeners) {
        LogisticsProperties.Retry retry = properties.getRetry();
        LogisticsClient.Builder builder = LogisticsClient.builder().transport(transport).tokenProvider(tokens);
        setting("wx.logistics.base-uri", () -> builder.baseUri(properties.getBaseUri()));
        setting("wx.logistics.call-timeout", () -> builder.callTimeout(properties.getCallTimeout()));
        setting("wx.logistics.attempt-timeout", () -> builder.attemptTimeout(properties.getAttemptTimeout()));
        setting("wx.logistics.retry", () -> builder.retryPolicy(
                new RetryPolicy(retry.getMaxAttempts(), retry.getBackoff(), retry.getMaxBackoff())));
        listeners.orderedStream().forEach(builder::listener);
        return builder.build();
    }

    /**
     * Applies one property, naming it in the failure: the library's own message names its
     * parameter ({@code callTimeout must be positive...}), not the property to fix.
     */
    static <T> T setting(String property, Supplier<T> apply) {
        try {
            return apply.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new LogisticsConfigurationException(property + ": " + e.getMessage(), e);
        }
    }

    /**
     * Fails the start naming every setting that holds an unresolved placeholder, all at once: one
     * restart to fix them, not one per setting.
     */
    static void requireNoPlaceholders(LogisticsProperties properties) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("wx.logistics.app-id", properties.getAppId());
        values.put("wx.logistics.app-secret", properties.getAppSecret());
        values.put("wx.logistics.push.token", properties.getPush().getToken());
        values.put("wx.logistics.push.encoding-aes-key", properties.getPush().getEncodingAesKey());
        values.put("wx.logistics.push.app-id", properties.getPush().getAppId());
        List<String> unresolved = new ArrayList<>();
        values.forEach((property, value) -> placeholderIn(value).ifPresent(p -> unresolved.add(property + " holds " + p)));
        if (unresolved.size() > 1) {
            throw new LogisticsConfigurationException("unresolved placeholders: " + String.join(", ", unresolved)
                    + ": set what they name (environment variables or properties)");
        }
    }

    /** Only the placeholder itself: the text around it may be part of a secret. */
    private static Optional<String> placeholderIn(String value) {
        int start = value == null ? -1 : value.indexOf("${");
        if (start < 0) {
            return Optional.empty();
        }
        int end = value.indexOf('}', start);
        return Optional.of(end < 0 ? "${" : value.substring(start, end + 1));
    }

    static void require(String value, String property, String what) {
        require(value, property, what, "or define your own AccessTokenProvider bean");
    }

    /**
     * Fails the start when a required property is missing, blank, or an unresolved placeholder
     * (Spring Boot binds {@code ${WX_APP_SECRET}} as that text when the variable is not set).
     */
    static void require(String value, String property, String what, String otherwise) {
        if (value == null || value.isBlank()) {
            throw new LogisticsConfigurationException(property + " is not set: the WeChat logistics client needs " + what
                    + " (" + otherwise + ")");
        }
        // No AppID, AppSecret, Token or EncodingAESKey contains "${": it is a placeholder left unresolved.
        Optional<String> placeholder = placeholderIn(value);
        if (placeholder.isPresent()) {
            throw new LogisticsConfigurationException(property + " holds the unresolved placeholder " + placeholder.get()
                    + ": set what it names (an environment variable or property) to " + what);
        }
    }
}
