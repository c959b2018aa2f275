package io.github.wxlogistics.spring;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Masks the AppSecret, the push Token and the EncodingAESKey (the app's, and a third-party
 * platform's component secret, Token and EncodingAESKey) in {@code /actuator/configprops} and
 * {@code /actuator/env} even when {@code management.endpoint.*.show-values} is {@code always}
 * (Spring Boot 3 hides every value by default; this keeps these hidden when values are shown).
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
public class LogisticsSanitizingAutoConfiguration {

    private static final Set<String> SECRETS = Set.of("wxlogisticsappsecret", "wxlogisticspushtoken",
            "wxlogisticspushencodingaeskey", "wxlogisticsplatformcomponentsecret", "wxlogisticsplatformpushtoken",
            "wxlogisticsplatformencodingaeskey");

    /** The shortest secret masked where it appears inside a larger value (a shorter one only when equal). */
    private static final int MIN_EMBEDDED_SECRET = 8;

    /** For Spring. */
    public LogisticsSanitizingAutoConfiguration() {
    }

    /**
     * The masking function: by key ({@code wx.logistics.app-secret}, {@code .push.token},
     * {@code .push.encoding-aes-key}, {@code .platform.component-secret}, {@code .platform.push-token},
     * {@code .platform.encoding-aes-key}, {@code .platform.redis.uri} and {@code .cluster-uris}, which
     * may carry a password, under every relaxed spelling) and by value, so that the
     * source a secret came from ({@code WX_APP_SECRET} behind {@code ${WX_APP_SECRET}}, any key)
     * is masked too, and so is any value containing one (of 8 characters or more), such as
     * {@code SPRING_APPLICATION_JSON}.
     *
     * @param properties the bound settings, whose three secrets are masked wherever they show
     * @param platform   the bound platform settings, whose three secrets are masked likewise
     * @return a function replacing the secrets' values with {@code ******}
     */
    @Bean
    public SanitizingFunction wxLogisticsSanitizingFunction(ObjectProvider<LogisticsProperties> properties,
            ObjectProvider<LogisticsPlatformProperties> platform) {
        return data -> isSecret(data) || isSecretValue(data, properties.getIfAvailable(), platform.getIfAvailable())
                ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
    }

    private static boolean isSecretValue(SanitizableData data, LogisticsProperties properties,
            LogisticsPlatformProperties platform) {
        if (!(data.getValue() instanceof CharSequence value)) {
            return false;
        }
        String text = value.toString();
        Stream<String> secrets = Stream.concat(properties == null ? Stream.empty()
                : Stream.of(properties.getAppSecret(), properties.getPush().getToken(),
                        properties.getPush().getEncodingAesKey()),
                platform == null ? Stream.empty()
                        : Stream.of(platform.getComponentSecret(), platform.getPushToken(), platform.getEncodingAesKey()));
        // Equal, or inside a larger value (SPRING_APPLICATION_JSON, a URL) once long enough to be unmistakable.
        return secrets
                .anyMatch(secret -> secret != null && !secret.isBlank()
                        && (secret.equals(text) || secret.length() >= MIN_EMBEDDED_SECRET && text.contains(secret)));
    }

    private static boolean isSecret(SanitizableData data) {
        String key = data.getKey();
        // Relaxed: wx.logistics.app-secret (env), wx.logistics.appSecret (configprops), WX_LOGISTICS_APP_SECRET.
        if (key == null) {
            return false;
        }
        String relaxed = key.replaceAll("[-_.]", "").toLowerCase(Locale.ROOT);
        // The platform's Redis URIs may carry a password (redis://user:password@host).
        return SECRETS.contains(relaxed) || relaxed.startsWith("wxlogisticsplatformredisuri")
                || relaxed.startsWith("wxlogisticsplatformredisclusteruris");
    }
}
