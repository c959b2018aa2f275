package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.internal.json.JsonbCodec;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.spi.DecodedReply;
import io.github.wxlogistics.spi.JsonCodec;
import io.github.wxlogistics.spi.ReplyStatus;
import io.github.wxlogistics.support.ScriptedTransport;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The call layer reads each reply once and decides replays and retries from the endpoint. */
class CallPathTest {

    /** Counts every parse a codec is asked for. */
    static final class CountingCodec implements JsonCodec {
        final JsonCodec delegate = JsonbCodec.create();
        final AtomicInteger decodes = new AtomicInteger();
        final AtomicInteger replyDecodes = new AtomicInteger();
        final AtomicInteger valueBinds = new AtomicInteger();

        @Override
        public byte[] encode(Object value) {
            return delegate.encode(value);
        }

        @Override
        public <T> T decode(byte[] json, Class<T> type) {
            decodes.incrementAndGet();
            return delegate.decode(json, type);
        }

        @Override
        public <T> DecodedReply<T> decodeReply(byte[] json, Class<T> type) {
            replyDecodes.incrementAndGet();
            DecodedReply<T> reply = delegate.decodeReply(json, type);
            return DecodedReply.of(reply.status(), () -> {
                valueBinds.incrementAndGet();
                return reply.value();
            });
        }

        int parses() {
            return decodes.get() + replyDecodes.get();
        }
    }

    private final CountingCodec codec = new CountingCodec();
    private final ScriptedTransport transport = new ScriptedTransport();
    private final LogisticsClient client = LogisticsClient.builder().accessToken("T").transport(transport)
            .jsonCodec(codec).retryPolicy(new RetryPolicy(3, Duration.ZERO, Duration.ZERO)).build();

    @AfterEach
    void close() {
        client.close();
    }

    private static GetOrderRequest order() {
        return GetOrderRequest.builder().orderId("o1").deliveryId("SF").build();
    }

    @Test
    void aSuccessfulReadParsesItsBodyOnce() {
        transport.enqueue(200, "{\"errcode\":0,\"order_id\":\"o1\",\"waybill_id\":\"w1\"}");
        assertThat(client.merchant().getOrder(order()).waybillId()).isEqualTo("w1");
        assertThat(codec.parses()).isEqualTo(1);
        assertThat(codec.valueBinds).hasValue(1);
    }

    @Test
    void aFailedCallNeverBindsAValue() {
        transport.enqueue(200, "{\"errcode\":9300502,\"errmsg\":\"no such order rid: 65f0-abc\"}");
        assertThatThrownBy(() -> client.merchant().getOrder(order())).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.operation()).isEqualTo("getOrder");
            assertThat(e.rid()).hasValue("65f0-abc");
        });
        assertThat(codec.parses()).isEqualTo(1);
        assertThat(codec.valueBinds).hasValue(0);
    }

    @Test
    void eachReplyOfARetriedReadIsParsedOnce() {
        transport.enqueue(200, "{\"errcode\":-1,\"errmsg\":\"system error\"}")
                .enqueue(200, "{\"errcode\":0,\"order_id\":\"o1\"}");
        assertThat(client.merchant().getOrder(order()).orderId()).isEqualTo("o1");
        assertThat(transport.requests()).hasSize(2);
        assertThat(codec.parses()).isEqualTo(2);
        assertThat(codec.valueBinds).hasValue(1);
    }

    @Test
    void aDecodeFailureNamesTheOperationAndTheMember() {
        transport.enqueue(200, "{\"errcode\":2147483648}");
        assertThatThrownBy(() -> client.merchant().getOrder(order())).isInstanceOfSatisfying(DecodeException.class,
                e -> assertThat(e.getMessage()).contains("getOrder", "errcode", "2147483648"));
        transport.enqueue(200, "[{}]");
        assertThatThrownBy(() -> client.merchant().getOrder(order())).isInstanceOfSatisfying(DecodeException.class,
                e -> assertThat(e.getMessage()).contains("getOrder", "array"));
    }

    @Test
    void tokenProvidersBuiltByTheClientUseItsCodec() {
        CountingCodec own = new CountingCodec();
        ScriptedTransport wechat = new ScriptedTransport().otherwise(r -> r.uri().getPath().equals("/cgi-bin/stable_token")
                ? ScriptedTransport.json(200, "{\"access_token\":\"fresh\",\"expires_in\":7200}")
                : ScriptedTransport.json(200, "{\"order_id\":\"o1\"}"));
        try (LogisticsClient c = LogisticsClient.builder().credentials("wxapp", "app-secret").transport(wechat)
                .jsonCodec(own).build()) {
            c.merchant().getOrder(order());
        }
        assertThat(own.decodes).as("the token reply").hasValue(1);
        assertThat(own.replyDecodes).as("the getOrder reply").hasValue(1);
        assertThat(wechat.requests().get(1).uri().getQuery()).isEqualTo("access_token=fresh");
    }

    @Test
    void ridIsEmptyWhenErrmsgCarriesNone() {
        assertThat(ApiException.of("getOrder", 40001, "invalid credential").rid()).isEmpty();
        assertThat(ApiException.of("getOrder", 40001, "invalid credential, rid: 6a1b2c3d-4e5f6a7b-0c1d2e3f").rid())
                .hasValue("6a1b2c3d-4e5f6a7b-0c1d2e3f");
    }

    @Test
    void theDefaultDecodeReplyOfAThirdPartyCodecStillWorks() {
        JsonCodec plain = new JsonCodec() {
            final JsonCodec inner = JsonbCodec.create();

            @Override
            public byte[] encode(Object value) {
                return inner.encode(value);
            }

            @Override
            public <T> T decode(byte[] json, Class<T> type) {
                return inner.decode(json, type);
            }
        };
        DecodedReply<ReplyStatus> reply = plain.decodeReply(
                "{\"errcode\":9300501,\"delivery_resultcode\":10002}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ReplyStatus.class);
        assertThat(reply.status().errcode()).isEqualTo(9300501);
        assertThat(reply.status().deliveryResultcode()).isEqualTo(10002);
        assertThat(reply.status().isOk()).isFalse();
    }

    @Test
    void aReplyOverTheCapIsRefusedWithBothSizes() {
        ScriptedTransport big = new ScriptedTransport().enqueue(200, "{\"order_id\":\"" + "x".repeat(200) + "\"}");
        try (LogisticsClient capped = LogisticsClient.builder().accessToken("T").transport(big).maxReplyBytes(100).build()) {
            assertThatThrownBy(() -> capped.merchant().getOrder(order())).isInstanceOfSatisfying(DecodeException.class,
                    e -> assertThat(e.getMessage()).contains("getOrder", "215 bytes", "cap of 100 bytes"));
        }
        assertThatThrownBy(() -> LogisticsClient.builder().maxReplyBytes(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
