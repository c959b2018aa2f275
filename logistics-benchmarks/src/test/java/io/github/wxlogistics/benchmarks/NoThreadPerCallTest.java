package io.github.wxlogistics.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No thread per call, on any CPU count: our blocking and async clients on each transport make
 * 1,000 calls in a child JVM that sees one or two CPUs ({@code -XX:ActiveProcessorCount}), where
 * {@code CompletableFuture}'s default executor starts a thread for every task, and start (almost)
 * no thread doing so. A library continuation on that executor, or {@code HttpClient.sendAsync} on
 * Java 17, would start about 1,000. The server is the harness's static server, in a JVM of its own.
 */
class NoThreadPerCallTest {

    private static final List<String> OURS = List.of("ours-jdk-blocking", "ours-jdk-async", "ours-vertx-blocking",
            "ours-vertx-async", "ours-webclient-blocking", "ours-webclient-async", "ours-apache-blocking", "ours-apache-async");

    /** Slack for threads a library starts once, late (a pool growing under a burst, a cleaner). */
    private static final int MOST_THREADS_PER_THOUSAND_CALLS = 20;

    private static Process server;
    private static int port;

    @BeforeAll
    static void startServer() throws IOException {
        server = new ProcessBuilder(java(), "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                StaticServer.class.getName()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(line).startsWith("PORT ");
        port = Integer.parseInt(line.substring(5).trim());
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.getOutputStream().close(); // the server exits when its standard input closes
        if (!server.waitFor(10, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }

    @ParameterizedTest(name = "{0} CPU(s)")
    @ValueSource(ints = {1, 2})
    void everyTransportStartsNoThreadPerCall(int cpus) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-XX:ActiveProcessorCount=" + cpus, "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), ThreadsPerCallProbe.class.getName(), String.valueOf(port)));
        command.addAll(OURS);
        Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(120, TimeUnit.SECONDS)).as("the probe finished").isTrue();
        assertThat(probe.exitValue()).as("exit value; output:%n%s", output).isZero();

        Map<String, Integer> started = new LinkedHashMap<>();
        output.lines().filter(l -> l.startsWith("THREADS ")).forEach(l -> {
            String[] fields = l.split(" ");
            started.put(fields[1], Integer.parseInt(fields[2]));
        });
        assertThat(started.keySet()).as("targets measured; output:%n%s", output).containsExactlyElementsOf(OURS);
        assertThat(started).as("threads started during %d calls with %d CPU(s)", ThreadsPerCallProbe.CALLS, cpus)
                .allSatisfy((target, threads) -> assertThat(threads).as(target).isLessThanOrEqualTo(MOST_THREADS_PER_THOUSAND_CALLS));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
