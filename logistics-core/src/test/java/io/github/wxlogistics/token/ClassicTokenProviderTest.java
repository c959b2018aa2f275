package io.github.wxlogistics.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.support.ScriptedTransport;
import io.github.wxlogistics.support.TestClock;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ClassicTokenProviderTest {

    private final ScriptedTransport transport = new ScriptedTransport()
            .otherwise(r -> ScriptedTransport.json(200, "{\"access_token\":\"C1\",\"expires_in\":7200}"));
    private final ClassicTokenProvider provider = ClassicTokenProvider.create(
            TokenSettings.of(AppCredentials.of("wx app", "se&cret"), transport)
                    .withBaseUri(URI.create("http://127.0.0.1:1/")).withClock(TestClock.atEpochSecond(0)));

    @Test
    void getsTokenWithEncodedCredentialsInTheQuery() {
        assertThat(provider.token().join().value()).isEqualTo("C1");
        var sent = transport.requests().get(0);
        assertThat(sent.method()).isEqualTo("GET");
        assertThat(sent.uri().getRawPath()).isEqualTo("/cgi-bin/token");
        assertThat(sent.uri().getRawQuery()).isEqualTo("grant_type=client_credential&appid=wx+app&secret=se%26cret");
        assertThat(sent.toString()).doesNotContain("se%26cret").contains("secret=***");
    }

    @Test
    void tokenEndpointErrorsKeepTheirCode() {
        transport.enqueue(200, "{\"errcode\":40164,\"errmsg\":\"invalid ip 1.2.3.4, not in whitelist\"}");
        assertThatThrownBy(() -> provider.token().join()).cause().isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.errcode()).isEqualTo(40164);
            assertThat(e.operation()).isEqualTo("getAccessToken");
        });
    }

    @Test
    void fixedTokenCannotBeRefreshed() {
        var fixed = FixedTokenProvider.of("F");
        assertThat(fixed.refresh(fixed.token().join()).join().value()).isEqualTo("F");
        assertThat(fixed.toString()).doesNotContain("F]");
    }
}
