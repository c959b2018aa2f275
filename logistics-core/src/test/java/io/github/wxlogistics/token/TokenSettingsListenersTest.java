package io.github.wxlogistics.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.spi.LogisticsListener;
import io.github.wxlogistics.support.ScriptedTransport;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Several listeners for the token provider: one failing neither stops nor hides the others. */
class TokenSettingsListenersTest {

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
        AlsoBroken alsoBroken = new AlsoBroken();
        LogisticsListener listener = TokenSettings.of(AppCredentials.of("wx1", "s"), new ScriptedTransport())
                .withListeners(List.of(new Broken(), alsoBroken)).listener();
        List<String> lines = new CopyOnWriteArrayList<>();
        Logger log = Logger.getLogger("io.github.wxlogistics.listener");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(java.text.MessageFormat.format(record.getMessage(), record.getParameters()));
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
                listener.onTokenFetchStarted(new LogisticsListener.TokenFetchStarted(new LogisticsListener.Key(), "stable"));
            }
        } finally {
            log.removeHandler(capture);
        }

        assertThat(alsoBroken.seen).as("a failing listener before it does not starve it").hasSize(3);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("listener " + Broken.class.getName() + " threw java.lang.IllegalStateException")
                .contains("further failures of this listener are not logged");
        assertThat(lines.get(1)).startsWith("listener " + AlsoBroken.class.getName()
                + " threw java.lang.IllegalArgumentException");
    }
}
