package io.github.wxlogistics.docs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guide's SLF4J route: slf4j-jdk-platform-logging and logback-classic on the class path,
 * Logback configured by the guide's {@code logback.xml} (found on the class path, as in an
 * application). The events are captured with a ListAppender, and the text with an appender using
 * the guide's console pattern. Runs in its own JVM (docs/pom.xml, execution {@code logging-logback}).
 */
class LogbackRouteTest {

    @Test
    void aFailedCallIsOneWarnEventWithTheOperationAndTheErrcodeAndNoCredential() {
        assertThat(System.LoggerFinder.getLoggerFinder().getClass().getName())
                .as("System.Logger goes to SLF4J").startsWith("org.slf4j.jdk.platform.logging");
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = logback.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("CONSOLE")).as("the guide's logback.xml was loaded")
                .isInstanceOf(ConsoleAppender.class);
        assertThat(logback.getLogger("io.github.wxlogistics").getLevel()).isEqualTo(Level.INFO);

        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.setContext(logback);
        events.start();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        OutputStreamAppender<ILoggingEvent> formatted = new OutputStreamAppender<>();
        formatted.setContext(logback);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(logback);
        encoder.setPattern(((PatternLayoutEncoder) ((ConsoleAppender<ILoggingEvent>) root.getAppender("CONSOLE"))
                .getEncoder()).getPattern());
        encoder.start();
        formatted.setEncoder(encoder);
        formatted.setOutputStream(text);
        formatted.start();
        root.addAppender(events);
        root.addAppender(formatted);
        FailingCall call;
        try {
            call = FailingCall.run();
            FailingCall.awaitLogLine(() -> events.list.stream()
                    .anyMatch(e -> e.getLoggerName().equals("io.github.wxlogistics.call")));
        } finally {
            root.detachAppender(events);
            root.detachAppender(formatted);
            formatted.stop();
        }

        List<ILoggingEvent> fromClient = events.list.stream()
                .filter(e -> e.getLoggerName().startsWith("io.github.wxlogistics")).toList();
        assertThat(fromClient).as("INFO and above only: no DEBUG line of the successful call").hasSize(1);
        ILoggingEvent failure = fromClient.get(0);
        assertThat(failure.getLoggerName()).isEqualTo("io.github.wxlogistics.call");
        assertThat(failure.getLevel()).isEqualTo(Level.WARN);
        assertThat(failure.getFormattedMessage()).startsWith(FailingCall.expectedMessageStart())
                .contains(FailingCall.expectedCause());
        assertThat(failure.getThrowableProxy()).as("no stack trace with it").isNull();

        List<String> lines = text.toString(UTF_8).lines().filter(l -> l.contains("io.github.wxlogistics")).toList();
        assertThat(lines).singleElement().asString()
                .matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  io\\.github\\.wxlogistics\\.call - getOrder: failed .*")
                .contains(FailingCall.expectedCause());
        assertThat(events.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(m -> m.contains(call.appSecret()) || m.contains(call.accessToken()));
        assertThat(text.toString(UTF_8)).doesNotContain(call.appSecret()).doesNotContain(call.accessToken());
    }
}
