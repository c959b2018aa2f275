package io.github.wxlogistics.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.RetryPolicy;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.ApiSecurityException;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.FakeResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WeChat's API security over a transport, against the fake server with it switched on: the 16
 * Logistics Assistant calls work when the client is configured with the fake's keys, each fails
 * with WeChat's 40234 when it is not, and a reply with one byte flipped (in its ciphertext, its
 * tag, its signature or its timestamp) is refused before anything is decoded.
 *
 * <p>An adapter module runs it through a subclass that implements {@link #createTransport()}.
 */
public abstract class ApiSecurityContract {

    private FakeWeChatServer server;
    private HttpTransport transport;

    /** For subclasses. */
    protected ApiSecurityContract() {
    }

    /**
     * A new transport for one test; the suite closes it.
     *
     * @return the transport under test
     */
    protected abstract HttpTransport createTransport();

    @BeforeEach
    void start() {
        server = FakeWeChatServer.builder().demoData().apiSecurity().start();
        transport = createTransport();
    }

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    private LogisticsClient client(boolean secured) {
        LogisticsClient.Builder b = LogisticsClient.builder().credentials(server.appId(), server.appSecret())
                .baseUri(server.baseUri()).transport(transport).attemptTimeout(Duration.ofSeconds(5))
                .retryPolicy(RetryPolicy.none());
        return (secured ? b.apiSecurity(server.apiSecurity()) : b).build();
    }

    @Test
    void everyCallWorksWithTheKeysAndFailsClearlyWithout() {
        List<String> failures = new ArrayList<>();
        try (LogisticsClient secured = client(true); LogisticsClient plain = client(false)) {
            for (Map.Entry<String, Function<LogisticsClient, Object>> call : CallCatalog.everyCall(server).entrySet()) {
                try {
                    call.getValue().apply(secured);
                } catch (ApiException e) {
                    if (e.errcode() == 40234) {
                        failures.add(call.getKey() + " with the keys: " + e.getMessage());
                    }   // any other errcode is the fake's state speaking, as without API security
                } catch (RuntimeException e) {
                    failures.add(call.getKey() + " with the keys: " + e);
                }
                try {
                    call.getValue().apply(plain);
                    failures.add(call.getKey() + " without the keys succeeded");
                } catch (ApiException e) {
                    if (e.errcode() != 40234 || !e.getMessage().contains("must be encrypted and signed")) {
                        failures.add(call.getKey() + " without the keys: " + e.getMessage());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        RecordedRequest sealed = server.requests().stream().filter(r -> r.operation().equals(java.util.Optional.of("getPath"))).findFirst()
                .orElseThrow();
        assertThat(sealed.bodyText()).startsWith("{\"iv\":\"").doesNotContain("waybill_id");
        assertThat(sealed.header("Wechatmp-Signature")).hasValueSatisfying(s -> assertThat(s).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ciphertext", "tag", "signature", "timestamp"})
    void aReplyWithOneFlippedByteIsRefusedBeforeDecoding(String where) {
        server.setDispatcher(request -> flipped(server.weChatDispatcher().dispatch(request), where));
        try (LogisticsClient secured = client(true)) {
            assertThatThrownBy(() -> secured.merchant().getPath(GetPathRequest.builder().orderId(CallCatalog.ORDER_ID)
                    .deliveryId("SF").waybillId(CallCatalog.WAYBILL_ID).build()))
                    .isInstanceOfSatisfying(ApiSecurityException.class, e -> {
                        assertThat(e.getMessage()).startsWith("getPath reply refused by API security: ");
                        assertThat(e.isNotSent()).isFalse();
                    });
        }
    }

    /** The fake's sealed reply with one byte changed at {@code where}. */
    private static FakeResponse flipped(FakeResponse reply, String where) {
        if (reply.headers().get("Wechatmp-Signature") == null) {
            return reply;   // the token endpoint's reply is not sealed
        }
        String body = new String(reply.body(), StandardCharsets.UTF_8);
        Map<String, String> headers = new java.util.HashMap<>(reply.headers());
        UnaryOperator<String> flipFirst = text -> {
            char c = text.charAt(0);
            return (c == 'A' ? 'B' : 'A') + text.substring(1);
        };
        switch (where) {
            case "ciphertext" -> {
                int at = body.indexOf("\"data\":\"") + 8;
                body = body.substring(0, at) + flipFirst.apply(body.substring(at));
            }
            case "tag" -> {
                int at = body.indexOf("\"authtag\":\"") + 11;
                body = body.substring(0, at) + flipFirst.apply(body.substring(at));
            }
            case "signature" -> headers.put("Wechatmp-Signature", flipFirst.apply(headers.get("Wechatmp-Signature")));
            default -> headers.put("Wechatmp-TimeStamp",
                    Long.toString(Long.parseLong(headers.get("Wechatmp-TimeStamp")) - 1));
        }
        return FakeResponse.of(reply.status(), reply.contentType(), body.getBytes(StandardCharsets.UTF_8))
                .withHeaders(headers);
    }
}
