package io.github.wxlogistics.spring;

import java.util.Locale;
import java.util.Set;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Masks the AppSecret, the push Token and the EncodingAESKey in {@code /actuator/configprops} and
 * {@code /actuator/env} even when {@code management.endpoint.*.show-values} is {@code always}
 * (Spring Boot 3 hides every value by default; this keeps these hidden when values are shown).
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
public class LogisticsSanitizingAutoConfiguration {

    private static final Set<String> SECRETS = Set.of("wxlogisticsappsecret", "wxlogisticspushtoken",
            "wxlogisticspushencodingaeskey");

    /** For Spring. */
    public LogisticsSanitizingAutoConfiguration() {
    }

    /**
     * The masking function.
     *
     * @return a function replacing the three secrets' values with {@code ******}
     */
    @Bean
    public SanitizingFunction wxLogisticsSanitizingFunction() {
        return data -> isSecret(data) ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
    }

    private static boolean isSecret(SanitizableData data) {
        String key = data.getKey();
        // Relaxed: wx.logistics.app-secret (env), wx.logistics.appSecret (configprops), WX_LOGISTICS_APP_SECRET.
        return key != null && SECRETS.contains(key.replaceAll("[-_.]", "").toLowerCase(Locale.ROOT));
    }
}
