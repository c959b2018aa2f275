package io.github.wxlogistics.docs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.LogManager;
import org.junit.jupiter.api.Test;

/**
 * The guide's java.util.logging route: no SLF4J bridge on the class path, the JVM started with
 * {@code -Djava.util.logging.config.file=src/test/resources/logging.properties} (the file the guide
 * shows), the console handler's output captured. Runs in its own JVM (docs/pom.xml, execution
 * {@code logging-jul}).
 */
class JulRouteTest {

    @Test
    void aFailedCallIsOneWarningLineOnTheConsoleWithTheOperationAndTheErrcodeAndNoCredential() throws Exception {
        String configFile = System.getProperty("java.util.logging.config.file");
        assertThat(configFile).as("the JVM flag the guide tells users to set").isNotNull();
        assertThat(Path.of(configFile)).isEqualTo(Path.of("src/test/resources/logging.properties").toAbsolutePath());
        assertThat(System.LoggerFinder.getLoggerFinder().getClass().getName())
                .as("System.Logger goes to java.util.logging").doesNotStartWith("org.slf4j");

        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        FailingCall call;
        System.setErr(new PrintStream(console, true, UTF_8));
        try {
            // Re-reads the file the JVM flag names; its ConsoleHandler is created anew and writes
            // to the System.err in place now.
            LogManager.getLogManager().readConfiguration();
            call = FailingCall.run();
            FailingCall.awaitLogLine(() -> console.toString(UTF_8).contains("io.github.wxlogistics.call"));
        } finally {
            System.setErr(stderr);
            LogManager.getLogManager().readConfiguration();
        }

        String output = console.toString(UTF_8);
        List<String> lines = output.lines().filter(l -> l.contains("io.github.wxlogistics")).toList();
        assertThat(lines).as("INFO and above only: no DEBUG (FINE) line of the successful call").hasSize(1);
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d WARNING io\\.github\\.wxlogistics\\.call: .*")
                .contains(FailingCall.expectedMessageStart())
                .contains(FailingCall.expectedCause());
        assertThat(output).doesNotContain(call.appSecret()).doesNotContain(call.accessToken());
    }
}
