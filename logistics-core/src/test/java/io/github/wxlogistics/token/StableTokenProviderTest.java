package io.github.wxlogistics.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.error.HttpStatusException;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.support.Golden;
import io.github.wxlogistics.support.ScriptedTransport;
import io.github.wxlogistics.support.TestClock;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StableTokenProviderTest {

    private final TestClock clock = TestClock.atEpochSecond(1_700_000_000L);
    private final AtomicInteger issued = new AtomicInteger();
    private final ScriptedTransport transport = new ScriptedTransport()
            .otherwise(r -> ScriptedTransport.json(200,
                    "{\"access_token\":\"T" + issued.incrementAndGet() + "\",\"expires_in\":7200}"));
    private final TokenSettings settings = TokenSettings.of(AppCredentials.of("wxapp", "s3cret"), transport)
            .withBaseUri(URI.create("http://127.0.0.1:1")).withClock(clock);
    private final StableTokenProvider provider = StableTokenProvider.create(settings);

    @Test
    void postsNormalModeJsonToStableToken() {
        assertThat(provider.token().join().value()).isEqualTo("T1");
        var sent = transport.requests().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri().toString()).isEqualTo("http://127.0.0.1:1/cgi-bin/stable_token");
        JsonObject body = Golden.parse(new String(sent.body(), StandardCharsets.UTF_8)).asJsonObject();
        assertThat(body.getString("grant_type")).isEqualTo("client_credential");
        assertThat(body.getString("appid")).isEqualTo("wxapp");
        assertThat(body.getString("secret")).isEqualTo("s3cret");
        assertThat(body.getBoolean("force_refresh")).isFalse();
    }

    @Test
    void cachesUntilFiveMinutesBeforeExpiry() {
        AccessToken first = provider.token().join();
        assertThat(first.expiresAt()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L + 7200 - 300));
        clock.advance(Duration.ofSeconds(7200 - 301));
        assertThat(provider.token().join().value()).isEqualTo("T1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(provider.token().join().value()).isEqualTo("T2");
        assertThat(transport.requests()).hasSize(2);
    }

    @Test
    void shortLifetimesKeepHalfAsMargin() {
        transport.enqueue(200, "{\"access_token\":\"short\",\"expires_in\":300}");
        assertThat(provider.token().join().expiresAt()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L + 150));
    }

    @Test
    void concurrentCallersShareOneFetch() {
        CompletableFuture<io.github.wxlogistics.spi.TransportResponse> gate = new CompletableFuture<>();
        transport.otherwiseAsync(r -> gate);
        var futures = java.util.stream.IntStream.range(0, 50).mapToObj(i -> provider.token()).toList();
        gate.complete(ScriptedTransport.json(200, "{\"access_token\":\"shared\",\"expires_in\":7200}"));
        assertThat(futures).allSatisfy(f -> assertThat(f.join().value()).isEqualTo("shared"));
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void aCallerThatCancelsDoesNotCancelTheSharedFetch() {
        CompletableFuture<io.github.wxlogistics.spi.TransportResponse> gate = new CompletableFuture<>();
        transport.otherwiseAsync(r -> gate);
        var impatient = provider.token();
        var patient = provider.token();
        impatient.cancel(true);
        gate.complete(ScriptedTransport.json(200, "{\"access_token\":\"shared\",\"expires_in\":7200}"));
        assertThat(patient.join().value()).isEqualTo("shared");
        assertThat(provider.token().join().value()).isEqualTo("shared");
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void aFetchTheTransportNeverAnswersFailsAfterItsTimeout() {
        transport.otherwiseAsync(r -> new CompletableFuture<>());
        var quick = StableTokenProvider.create(settings.withTimeout(java.time.Duration.ofMillis(100)));
        assertThatThrownBy(() -> quick.token().get(5, java.util.concurrent.TimeUnit.SECONDS))
                .cause().isInstanceOfSatisfying(io.github.wxlogistics.error.TransportException.class,
                        e -> assertThat(e.isTimeout()).isTrue());
    }

    @Test
    void refreshIsCompareAndRefresh() {
        AccessToken first = provider.token().join();
        AccessToken second = provider.refresh(first).join();
        assertThat(second.value()).isEqualTo("T2");
        // A late caller still holding the first token gets the cached second one, no fetch.
        assertThat(provider.refresh(first).join().value()).isEqualTo("T2");
        assertThat(transport.requests()).hasSize(2);
    }

    @Test
    void tokenEndpointErrorsSurfaceAsApiErrorsWithTheirCode() {
        transport.enqueue(200, "{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}");
        assertThatThrownBy(() -> provider.token().join()).isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(40125);
                    assertThat(e.operation()).isEqualTo("getStableAccessToken");
                    assertThat(e.getMessage()).doesNotContain("s3cret");
                });
        // a failed fetch is not cached
        assertThat(provider.token().join().value()).isEqualTo("T1");
    }

    @Test
    void malformedAndNon200RepliesAreTypedWithoutQuotingTheBody() {
        transport.enqueue(200, "{\"access_token\":\"LEAK\"");
        assertThatThrownBy(() -> provider.token().join()).cause().isInstanceOf(DecodeException.class)
                .hasMessageNotContaining("LEAK").hasNoCause();
        transport.enqueue(502, "{\"access_token\":\"LEAK\"}");
        assertThatThrownBy(() -> provider.token().join()).cause().isInstanceOf(HttpStatusException.class)
                .hasMessageNotContaining("LEAK");
        transport.enqueue(200, "{\"expires_in\":7200}");
        assertThatThrownBy(() -> provider.token().join()).cause().isInstanceOf(DecodeException.class)
                .hasMessageContaining("lacks access_token");
    }

    @Test
    void toStringShowsNoSecret() {
        assertThat(provider.toString()).contains("wxapp").doesNotContain("s3cret");
        assertThat(settings.toString()).doesNotContain("s3cret");
        assertThat(provider.token().join().toString()).doesNotContain("T1");
        assertThat(new io.github.wxlogistics.internal.token.StableTokenRequest("client_credential", "a", "s3cret", false).toString())
                .doesNotContain("s3cret");
    }
}
