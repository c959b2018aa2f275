package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.TransportResponse;
import io.github.wxlogistics.support.Orders;
import io.github.wxlogistics.support.ScriptedTransport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each failure says what happened in the words a caller needs (issue: "every failure said plainly"). */
class FailureMessagesTest {

    private static final GetPathRequest PATH = GetPathRequest.builder().orderId("o1").deliveryId("SF").waybillId("w1").build();

    private static LogisticsClient client(ScriptedTransport transport) {
        return LogisticsClient.builder().accessToken("T").transport(transport).callTimeout(Duration.ofSeconds(2))
                .attemptTimeout(Duration.ofSeconds(1)).build();
    }

    private static TransportResponse reply(String contentType, String contentEncoding, byte[] body) {
        Map<String, List<String>> headers = contentEncoding == null ? Map.of("Content-Type", List.of(contentType))
                : Map.of("Content-Type", List.of(contentType), "Content-Encoding", List.of(contentEncoding));
        return new TransportResponse(200, headers, body);
    }

    @Test
    void aCompressedReplyNobodyAskedForIsNamedAsSuch() {
        byte[] gzip = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};
        ScriptedTransport transport = new ScriptedTransport().otherwise(r -> reply("application/json", "gzip", gzip));
        try (LogisticsClient client = client(transport)) {
            assertThatThrownBy(() -> client.merchant().getPath(PATH)).isInstanceOf(DecodeException.class)
                    .hasMessageContaining("getPath reply is compressed (Content-Encoding: gzip)")
                    .hasMessageContaining("did not ask for").hasMessageNotContaining("UTF-8");
        }
    }

    @Test
    void aNonJsonReplyNamesItsContentTypeAndFirstBytesWithoutTheToken() {
        String page = "<html><head><title>502 Bad Gateway</title></head>\n<body>access_token=T upstream failed</body></html>";
        ScriptedTransport transport = new ScriptedTransport()
                .otherwise(r -> reply("text/html; charset=utf-8", null, page.getBytes(StandardCharsets.UTF_8)));
        try (LogisticsClient client = client(transport)) {
            assertThatThrownBy(() -> client.merchant().getPath(PATH)).isInstanceOf(DecodeException.class)
                    .hasMessageStartingWith("getPath reply:")
                    .hasMessageContaining("Content-Type: text/html; charset=utf-8")
                    .hasMessageContaining("starts with \"<html><head><title>502 Bad Gateway</title></head>.<body>")
                    .hasMessageContaining("access_token=***")
                    .hasMessageNotContaining("access_token=T ");
        }
    }

    @Test
    void aJsonReplyOfTheWrongShapeIsNotQuoted() {
        ScriptedTransport transport = new ScriptedTransport().otherwise(r -> reply("application/json", null,
                "{\"errcode\":0,\"waybill_id\":[1]}".getBytes(StandardCharsets.UTF_8)));
        try (LogisticsClient client = client(transport)) {
            assertThatThrownBy(() -> client.merchant().getPath(PATH)).isInstanceOf(DecodeException.class)
                    .hasMessageContaining("waybill_id").hasMessageNotContaining("starts with");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"throws", "fails", "null-future", "null-token"})
    void aFailingTokenProviderIsNamedNotSentAndNotRetried(String how) {
        AtomicInteger asked = new AtomicInteger();
        AccessTokenProvider provider = new BrokenProvider(how, asked);
        ScriptedTransport transport = new ScriptedTransport();
        try (LogisticsClient client = LogisticsClient.builder().tokenProvider(provider).transport(transport)
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5))).build()) {
            assertThatThrownBy(() -> client.merchant().getPath(PATH)).isInstanceOfSatisfying(TransportException.class, e -> {
                assertThat(e.isNotSent()).isTrue();
                assertThat(e.getMessage()).startsWith("getPath not sent: the access token provider "
                        + BrokenProvider.class.getName());
                assertThat(e.getMessage()).doesNotContain("secret-in-message");
            });
            assertThat(asked).as("token() calls: a provider's own failure is not retried").hasValue(1);
            assertThat(transport.requests()).isEmpty();
        }
    }

    @Test
    void aWritesTimeoutSaysItsOutcomeIsUnknownAndNamesItsOrderId() {
        ScriptedTransport transport = new ScriptedTransport().otherwiseAsync(r -> new CompletableFuture<>());
        try (LogisticsClient client = LogisticsClient.builder().accessToken("T").transport(transport)
                .callTimeout(Duration.ofMillis(300)).attemptTimeout(Duration.ofMillis(300)).build()) {
            var order = Orders.valid().toBuilder().orderId("A-2026-1").build();
            CompletableFuture<?> call = client.async().merchant().addOrder(order);
            assertThatThrownBy(() -> call.get(5, TimeUnit.SECONDS)).cause().isInstanceOfSatisfying(TransportException.class,
                    e -> {
                        assertThat(e.isTimeout()).isTrue();
                        assertThat(e.getMessage()).startsWith("addOrder (order_id \"A-2026-1\")")
                                .contains("outcome is unknown").contains("check with getOrder by order_id")
                                .doesNotContain("retries included");
                    });
        }
    }

    @Test
    void aReadsTimeoutSaysRetriesWereIncluded() {
        ScriptedTransport transport = new ScriptedTransport().otherwiseAsync(r -> new CompletableFuture<>());
        try (LogisticsClient client = LogisticsClient.builder().accessToken("T").transport(transport)
                .callTimeout(Duration.ofMillis(300)).attemptTimeout(Duration.ofMillis(300)).build()) {
            CompletableFuture<?> call = client.async().merchant().getOrder(GetOrderRequest.builder().orderId("o1")
                    .deliveryId("SF").build());
            assertThatThrownBy(() -> call.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(TransportException.class)
                    .hasMessageNotContaining("outcome is unknown");
        }
    }

    /** A custom provider that fails in one of four ways. */
    private static final class BrokenProvider implements AccessTokenProvider {
        private final String how;
        private final AtomicInteger asked;

        BrokenProvider(String how, AtomicInteger asked) {
            this.how = how;
            this.asked = asked;
        }

        @Override
        public CompletableFuture<AccessToken> token() {
            asked.incrementAndGet();
            return switch (how) {
                case "throws" -> throw new IllegalArgumentException("secret-in-message");
                case "fails" -> CompletableFuture.failedFuture(new IllegalStateException("secret-in-message"));
                case "null-future" -> null;
                default -> CompletableFuture.completedFuture(null);
            };
        }

        @Override
        public CompletableFuture<AccessToken> refresh(AccessToken rejected) {
            return token();
        }
    }
}
