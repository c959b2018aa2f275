package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.support.ScriptedTransport;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A secret WeChat echoes in errmsg is scrubbed; a token with little or no lifetime left is used, not refused. */
class EchoedSecretsAndShortTokensTest {

    private static final String TOKEN = "ACCESS-TOKEN-VALUE-0123456789";
    private static final String SECRET = "app-secret-value-9876";

    private static GetOrderRequest order() {
        return GetOrderRequest.builder().orderId("o1").deliveryId("SF").build();
    }

    @Test
    void anErrmsgEchoingTheAccessTokenIsScrubbed() {
        ScriptedTransport transport = new ScriptedTransport().enqueue(200,
                "{\"errcode\":40003,\"errmsg\":\"invalid openid for access_token=" + TOKEN + " rid: 1-2\"}");
        try (LogisticsClient client = LogisticsClient.builder().accessToken(TOKEN).transport(transport).build()) {
            assertThatThrownBy(() -> client.merchant().getOrder(order())).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.getMessage()).doesNotContain(TOKEN).contains("access_token=***");
                assertThat(e.errmsg()).doesNotContain(TOKEN);
                assertThat(e.rid()).hasValue("1-2");
            });
        }
    }

    @Test
    void aTokenEndpointErrmsgEchoingTheAppSecretIsScrubbed() {
        ScriptedTransport transport = new ScriptedTransport().otherwise(r -> ScriptedTransport.json(200,
                "{\"errcode\":40125,\"errmsg\":\"invalid appsecret " + SECRET + "\"}"));
        try (LogisticsClient client = LogisticsClient.builder().credentials("wxapp", SECRET).transport(transport).build()) {
            assertThatThrownBy(() -> client.merchant().getOrder(order())).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.errcode()).isEqualTo(40125);
                assertThat(e.getMessage()).doesNotContain(SECRET).contains("invalid appsecret ***");
            });
        }
        assertThat(transport.requests()).as("a refused secret is final: one token request, no retry").hasSize(1);
    }

    @Test
    void anErrmsgQuotingACredentialParameterIsRedacted() {
        ScriptedTransport transport = new ScriptedTransport().enqueue(200,
                "{\"errcode\":40164,\"errmsg\":\"invalid ip 1.2.3.4, appsecret=" + SECRET + "&x=1\"}");
        try (LogisticsClient client = LogisticsClient.builder().accessToken(TOKEN).transport(transport).build()) {
            assertThatThrownBy(() -> client.merchant().getOrder(order())).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.getMessage()).doesNotContain(SECRET).contains("appsecret=***"));
        }
    }

    @Test
    void aStableTokenWithNoSecondsLeftServesTheCallAndTheNextCallFetchesAgain() {
        AtomicInteger fetches = new AtomicInteger();
        ScriptedTransport transport = new ScriptedTransport().otherwise(r -> r.uri().getPath().equals("/cgi-bin/stable_token")
                ? ScriptedTransport.json(200, "{\"access_token\":\"t" + fetches.incrementAndGet() + "\",\"expires_in\":0}")
                : ScriptedTransport.json(200, "{\"order_id\":\"o1\"}"));
        try (LogisticsClient client = LogisticsClient.builder().credentials("wxapp", SECRET).transport(transport).build()) {
            assertThat(client.merchant().getOrder(order()).orderId()).isEqualTo("o1");
            assertThat(client.merchant().getOrder(order()).orderId()).isEqualTo("o1");
        }
        assertThat(fetches).hasValue(2);
        assertThat(transport.requests().get(1).uri().getQuery()).isEqualTo("access_token=t1");
        assertThat(transport.requests().get(3).uri().getQuery()).isEqualTo("access_token=t2");
    }
}
