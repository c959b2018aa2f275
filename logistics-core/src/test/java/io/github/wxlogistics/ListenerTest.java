package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.error.ValidationException;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.spi.LogisticsListener;
import io.github.wxlogistics.spi.LogisticsListener.AttemptFinished;
import io.github.wxlogistics.spi.LogisticsListener.CallFinished;
import io.github.wxlogistics.spi.LogisticsListener.CallStarted;
import io.github.wxlogistics.spi.LogisticsListener.Next;
import io.github.wxlogistics.spi.LogisticsListener.TokenFetchStarted;
import io.github.wxlogistics.spi.LogisticsListener.TokenFetched;
import io.github.wxlogistics.spi.ListenerOutcome;
import io.github.wxlogistics.support.FakeWeChat;
import io.github.wxlogistics.support.ScriptedTransport;
import io.github.wxlogistics.support.TestClock;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a {@link LogisticsListener} sees of calls, attempts and token fetches. */
class ListenerTest {

    private static final GetOrderRequest ORDER = GetOrderRequest.builder().orderId("o1").deliveryId("SF").build();
    private static final String ORDER_OK = "{\"order_id\":\"o1\",\"count\":0}";

    private final Recorder events = new Recorder();
    private final ScriptedTransport transport = new ScriptedTransport()
            .otherwise(r -> ScriptedTransport.json(200, ORDER_OK));
    private final ExecutorService server = Executors.newFixedThreadPool(2);
    private LogisticsClient client = LogisticsClient.builder().accessToken("T").transport(transport).listener(events)
            .retryPolicy(new RetryPolicy(3, Duration.ZERO, Duration.ZERO)).build();

    @AfterEach
    void close() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aSuccessfulCallReportsStartOneAttemptAndFinishUnderOneKey() {
        client.merchant().getOrder(ORDER);

        assertThat(events.all).hasSize(3);
        CallStarted started = (CallStarted) events.all.get(0);
        AttemptFinished attempt = (AttemptFinished) events.all.get(1);
        CallFinished finished = (CallFinished) events.all.get(2);
        assertThat(started.operation()).isEqualTo("getOrder");
        assertThat(started.read()).isTrue();
        assertThat(attempt.key()).isSameAs(started.key());
        assertThat(finished.key()).isSameAs(started.key());
        assertThat(attempt).extracting(AttemptFinished::attempt, AttemptFinished::outcome, AttemptFinished::errcode,
                AttemptFinished::httpStatus, AttemptFinished::next).containsExactly(1, ListenerOutcome.SUCCESS, 0, 200, Next.END);
        assertThat(finished).extracting(CallFinished::operation, CallFinished::outcome, CallFinished::errcode,
                CallFinished::attempts).containsExactly("getOrder", ListenerOutcome.SUCCESS, 0, 1);
        assertThat(finished.duration()).isGreaterThanOrEqualTo(attempt.duration());
    }

    @Test
    void aReadRetriedOnBusyAnd5xxReportsEveryAttempt() {
        transport.enqueue(200, "{\"errcode\":-1,\"errmsg\":\"system error\"}").enqueue(503, "busy");
        client.merchant().getOrder(ORDER);

        assertThat(events.of(AttemptFinished.class)).extracting(AttemptFinished::attempt, AttemptFinished::outcome,
                AttemptFinished::errcode, AttemptFinished::httpStatus, AttemptFinished::next).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, ListenerOutcome.API_ERROR, -1, 200, Next.RETRY),
                        org.assertj.core.groups.Tuple.tuple(2, ListenerOutcome.HTTP_ERROR, 0, 503, Next.RETRY),
                        org.assertj.core.groups.Tuple.tuple(3, ListenerOutcome.SUCCESS, 0, 200, Next.END));
        assertThat(events.of(CallFinished.class)).singleElement()
                .extracting(CallFinished::outcome, CallFinished::attempts).containsExactly(ListenerOutcome.SUCCESS, 3);
    }

    @Test
    void aReadOutOfAttemptsEndsWithTheLastFailure() {
        transport.enqueueFailure().enqueueFailure().enqueueFailure();
        assertThatThrownBy(() -> client.merchant().getOrder(ORDER)).isInstanceOf(TransportException.class);

        assertThat(events.of(AttemptFinished.class)).extracting(AttemptFinished::outcome, AttemptFinished::next)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ListenerOutcome.TRANSPORT_ERROR, Next.RETRY),
                        org.assertj.core.groups.Tuple.tuple(ListenerOutcome.TRANSPORT_ERROR, Next.RETRY),
                        org.assertj.core.groups.Tuple.tuple(ListenerOutcome.TRANSPORT_ERROR, Next.END));
        assertThat(events.of(CallFinished.class)).singleElement()
                .extracting(CallFinished::outcome, CallFinished::attempts).containsExactly(ListenerOutcome.TRANSPORT_ERROR, 3);
    }

    @Test
    void aTokenRejectionIsReportedAsAReplayFollowedByATokenFetch() {
        client.close();
        FakeWeChat wechat = new FakeWeChat(server);
        client = LogisticsClient.builder().credentials("wxapp", "app-secret").transport(wechat.transport())
                .clock(TestClock.atEpochSecond(1_700_000_000L)).baseUri(URI.create("http://127.0.0.1:9"))
                .listener(events).build();
        client.merchant().getOrder(ORDER);
        assertThat(events.all).extracting(e -> e.getClass().getSimpleName()).containsExactly("CallStarted",
                "TokenFetchStarted", "TokenFetched", "AttemptFinished", "CallFinished");
        assertThat(events.of(TokenFetched.class)).singleElement().satisfies(t -> {
            assertThat(t.source()).isEqualTo("stable");
            assertThat(t.outcome()).isEqualTo(ListenerOutcome.SUCCESS);
            assertThat(t.key()).isSameAs(events.of(TokenFetchStarted.class).get(0).key());
        });
        events.all.clear();

        wechat.rotate();
        client.merchant().getOrder(ORDER);

        assertThat(events.of(AttemptFinished.class)).extracting(AttemptFinished::attempt, AttemptFinished::outcome,
                AttemptFinished::errcode, AttemptFinished::next).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, ListenerOutcome.API_ERROR, 42001, Next.REPLAY),
                        org.assertj.core.groups.Tuple.tuple(2, ListenerOutcome.SUCCESS, 0, Next.END));
        assertThat(events.of(TokenFetched.class)).hasSize(1);
        assertThat(events.of(CallFinished.class)).singleElement()
                .extracting(CallFinished::outcome, CallFinished::attempts).containsExactly(ListenerOutcome.SUCCESS, 2);
    }

    @Test
    void aRefusedTokenFetchReportsItsErrcodeAndEndsTheCall() {
        client.close();
        ScriptedTransport refusing = new ScriptedTransport()
                .otherwise(r -> ScriptedTransport.json(200, "{\"errcode\":40013,\"errmsg\":\"invalid appid\"}"));
        client = LogisticsClient.builder().credentials("wxapp", "app-secret").tokenSource(TokenSource.CLASSIC)
                .transport(refusing).listener(events).retryPolicy(new RetryPolicy(1, Duration.ZERO, Duration.ZERO))
                .build();

        assertThatThrownBy(() -> client.merchant().getOrder(ORDER)).isInstanceOf(ApiException.class);

        assertThat(events.of(TokenFetched.class)).singleElement()
                .extracting(TokenFetched::source, TokenFetched::outcome, TokenFetched::errcode)
                .containsExactly("classic", ListenerOutcome.API_ERROR, 40013);
        assertThat(events.of(AttemptFinished.class)).singleElement()
                .extracting(AttemptFinished::outcome, AttemptFinished::httpStatus, AttemptFinished::next)
                .containsExactly(ListenerOutcome.API_ERROR, 200, Next.END);
    }

    @Test
    void decodeValidationTimeoutAndCancellationHaveTheirOwnOutcomes() {
        transport.enqueue(200, "not json");
        assertThatThrownBy(() -> client.merchant().getOrder(ORDER)).isInstanceOf(DecodeException.class);
        assertThat(lastCall().outcome()).isEqualTo(ListenerOutcome.DECODE_ERROR);

        assertThatThrownBy(() -> client.merchant().getOrder(GetOrderRequest.builder().orderId("o").build()))
                .isInstanceOf(ValidationException.class);
        assertThat(lastCall()).extracting(CallFinished::operation, CallFinished::outcome, CallFinished::attempts)
                .containsExactly("getOrder", ListenerOutcome.VALIDATION_ERROR, 0);

        client.close();
        client = LogisticsClient.builder().accessToken("T").transport(transport).listener(events)
                .callTimeout(Duration.ofMillis(200)).build();
        transport.enqueueStall();
        assertThatThrownBy(() -> client.merchant().getOrder(ORDER)).isInstanceOf(TransportException.class);
        assertThat(lastCall().outcome()).isEqualTo(ListenerOutcome.TIMEOUT);
        assertThat(events.of(AttemptFinished.class).get(events.of(AttemptFinished.class).size() - 1).outcome())
                .isEqualTo(ListenerOutcome.TIMEOUT);

        transport.enqueueStall();
        CompletableFuture<?> call = client.async().merchant().getOrder(ORDER);
        call.cancel(true);
        assertThatThrownBy(call::join).isInstanceOf(CancellationException.class);
        assertThat(lastCall().outcome()).isEqualTo(ListenerOutcome.CANCELLED);
        assertThat(events.of(CallStarted.class)).hasSameSizeAs(events.of(CallFinished.class));
    }

    @Test
    void aThrowingListenerBreaksNoCallAndIsLoggedOnceWithoutItsMessage() {
        client.close();
        List<String> warnings = new CopyOnWriteArrayList<>();
        Logger logger = Logger.getLogger("io.github.wxlogistics.listener");
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record.getLevel() + " " + java.text.MessageFormat.format(record.getMessage(),
                        record.getParameters()) + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            LogisticsListener throwing = new LogisticsListener() {
                @Override
                public void onCallStarted(CallStarted event) {
                    throw new IllegalStateException("boom with a detail");
                }

                @Override
                public void onCallFinished(CallFinished event) {
                    throw new IllegalStateException("boom again");
                }
            };
            client = LogisticsClient.builder().accessToken("T").transport(transport).listener(throwing).listener(events)
                    .build();

            assertThat(client.merchant().getOrder(ORDER).orderId()).isEqualTo("o1");
            assertThat(client.async().merchant().getOrder(ORDER).join().orderId()).isEqualTo("o1");

            assertThat(events.of(CallFinished.class)).hasSize(2).allSatisfy(
                    f -> assertThat(f.outcome()).isEqualTo(ListenerOutcome.SUCCESS));
            assertThat(warnings).singleElement().asString().startsWith("WARNING").contains("IllegalStateException")
                    .doesNotContain("boom");
        } finally {
            logger.removeHandler(handler);
        }
    }

    private CallFinished lastCall() {
        List<CallFinished> finished = events.of(CallFinished.class);
        return finished.get(finished.size() - 1);
    }

    /** Records every event in order. */
    static final class Recorder implements LogisticsListener {
        final List<Object> all = new CopyOnWriteArrayList<>();

        <T> List<T> of(Class<T> type) {
            return all.stream().filter(type::isInstance).map(type::cast).toList();
        }

        @Override
        public void onCallStarted(CallStarted event) {
            all.add(event);
        }

        @Override
        public void onAttemptFinished(AttemptFinished event) {
            all.add(event);
        }

        @Override
        public void onCallFinished(CallFinished event) {
            all.add(event);
        }

        @Override
        public void onTokenFetchStarted(TokenFetchStarted event) {
            all.add(event);
        }

        @Override
        public void onTokenFetched(TokenFetched event) {
            all.add(event);
        }
    }
}
