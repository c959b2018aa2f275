package io.github.wxlogistics.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.spi.LogisticsListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The listener beans the token provider reports to: one failing neither stops nor hides the others. */
class GuardedListenersTest {

    /** Always fails. */
    static final class Broken implements LogisticsListener {
        @Override
        public void onTokenFetchStarted(TokenFetchStarted event) {
            throw new IllegalStateException("broken on purpose");
        }
    }

    /** Fails too, and counts. */
    static final class AlsoBroken implements LogisticsListener {
        final List<TokenFetchStarted> seen = new CopyOnWriteArrayList<>();

        @Override
        public void onTokenFetchStarted(TokenFetchStarted event) {
            seen.add(event);
            throw new IllegalArgumentException("also broken");
        }
    }

    @Test
    void eachFailureIsLoggedOnceUnderTheFailingListenersOwnClassAndTheOthersStillHear() {
        Broken broken = new Broken();
        AlsoBroken alsoBroken = new AlsoBroken();
        GuardedListeners guarded = new GuardedListeners(List.of(broken, alsoBroken));
        List<String> lines = new CopyOnWriteArrayList<>();
        Logger log = Logger.getLogger("io.github.wxlogistics.spring");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try {
            for (int i = 0; i < 3; i++) {
                guarded.onTokenFetchStarted(new LogisticsListener.TokenFetchStarted(new LogisticsListener.Key(), "stable"));
            }
        } finally {
            log.removeHandler(capture);
        }

        assertThat(alsoBroken.seen).as("a failing listener before it does not starve it").hasSize(3);
        assertThat(lines).containsExactly(
                "listener " + Broken.class.getName() + " threw IllegalStateException; further failures of this"
                        + " listener are not logged",
                "listener " + AlsoBroken.class.getName() + " threw IllegalArgumentException; further failures of this"
                        + " listener are not logged");
    }
}
