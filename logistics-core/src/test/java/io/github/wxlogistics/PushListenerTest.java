package io.github.wxlogistics;

import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import static io.github.wxlogistics.Pushes.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.spi.LogisticsListener;
import io.github.wxlogistics.spi.ListenerOutcome;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a {@link LogisticsListener} sees of pushes: event type, answer, duplicates. */
class PushListenerTest {

    private final List<LogisticsListener.PushReceived> received = new CopyOnWriteArrayList<>();
    private final List<LogisticsListener.PushAnswered> answered = new CopyOnWriteArrayList<>();
    private final LogisticsListener listener = new LogisticsListener() {
        @Override
        public void onPushReceived(PushReceived event) {
            received.add(event);
        }

        @Override
        public void onPushAnswered(PushAnswered event) {
            answered.add(event);
        }
    };
    private final LogisticsListener throwing = new LogisticsListener() {
        @Override
        public void onPushAnswered(PushAnswered event) {
            throw new IllegalStateException("listener bug");
        }
    };
    private PushReceiver receiver;

    @AfterEach
    void close() {
        receiver.close();
    }

    @Test
    void aReSentAddWaybillIsReportedAsADuplicateWithTheSameAnswer() {
        receiver = Pushes.receiver(PushMode.SAFE).listener(throwing).listener(listener)
                .on(AddWaybillEvent.class, push -> AddWaybillReply.success("WB-1", List.of())).build();

        PushResponse first = await(receiver.handle(Pushes.safe("add_waybill", "xml")));
        PushResponse second = await(receiver.handle(Pushes.safe("add_waybill", "xml")));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(received).extracting(LogisticsListener.PushReceived::method).containsExactly("POST", "POST");
        assertThat(answered).extracting(LogisticsListener.PushAnswered::eventType, LogisticsListener.PushAnswered::outcome,
                LogisticsListener.PushAnswered::httpStatus, LogisticsListener.PushAnswered::duplicate).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("add_waybill", ListenerOutcome.SUCCESS, 200, false),
                        org.assertj.core.groups.Tuple.tuple("add_waybill", ListenerOutcome.SUCCESS, 200, true));
        assertThat(answered.get(0).key()).isSameAs(received.get(0).key());
    }

    @Test
    void refusedFailedAndUnhandledPushesHaveTheirOutcome() {
        receiver = Pushes.receiver(PushMode.PLAINTEXT).listener(listener)
                .on(AddExpressPathEvent.class, push -> {
                    throw new IllegalStateException("handler bug");
                }).build();

        PushRequest forged = Pushes.withParam(Pushes.plain("add_express_path", "xml"), "signature", "0".repeat(40));
        assertThat(await(receiver.handle(forged)).status()).isEqualTo(401);
        assertThat(await(receiver.handle(Pushes.plain("add_express_path", "xml"))).status()).isEqualTo(500);
        assertThat(await(receiver.handle(Pushes.plain("add_waybill", "xml"))).status()).isEqualTo(200);

        assertThat(answered).extracting(LogisticsListener.PushAnswered::eventType, LogisticsListener.PushAnswered::outcome,
                LogisticsListener.PushAnswered::httpStatus).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("unknown", ListenerOutcome.REJECTED, 401),
                        org.assertj.core.groups.Tuple.tuple("add_express_path", ListenerOutcome.HANDLER_ERROR, 500),
                        org.assertj.core.groups.Tuple.tuple("unhandled", ListenerOutcome.SUCCESS, 200));
    }
}
