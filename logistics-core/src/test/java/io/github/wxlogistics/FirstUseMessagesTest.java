package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.HttpStatusException;
import io.github.wxlogistics.model.GetAllDeliveryResponse;
import io.github.wxlogistics.support.ScriptedTransport;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** What a new user meets first says what happened: a null secret, the transport in use, a token endpoint's 404. */
class FirstUseMessagesTest {

    @Test
    void aNullSecretSaysItIsNullAndWhyItUsuallyIs() {
        assertThatThrownBy(() -> LogisticsClient.builder().credentials("wx0123456789abcdef", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("appSecret is null").hasMessageContaining("unset environment variable");
        assertThatThrownBy(() -> LogisticsClient.builder().credentials(null, "secret"))
                .isInstanceOf(NullPointerException.class).hasMessageStartingWith("appId is null");
    }

    @Test
    void toStringNamesTheTransportAndHowItWasChosen() {
        try (ScriptedTransport transport = new ScriptedTransport();
                LogisticsClient client = LogisticsClient.builder().accessToken("T").transport(transport).build()) {
            assertThat(client).hasToString("LogisticsClient[transport=ScriptedTransport (given)]");
        }
    }

    @Test
    void aTokenEndpointsHttpErrorNamesItsPathButNotTheQuery() {
        try (ScriptedTransport transport = new ScriptedTransport().otherwise(r -> ScriptedTransport.json(404, "{}"));
                LogisticsClient client = LogisticsClient.builder().credentials("wx0123456789abcdef", "s3cret-value")
                        .tokenSource(TokenSource.CLASSIC).baseUri(URI.create("http://127.0.0.1:9/proxy"))
                        .transport(transport).build()) {
            assertThatThrownBy(() -> {
                GetAllDeliveryResponse ignored = client.merchant().getAllDelivery();
            }).isInstanceOf(HttpStatusException.class)
                    .hasMessage("getAccessToken failed with HTTP 404 for /proxy/cgi-bin/token")
                    .hasMessageNotContaining("s3cret-value");
        }
    }
}
