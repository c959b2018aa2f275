package io.github.wxlogistics.docs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code SLF4J(W): No SLF4J providers were found} line an application meets with the Apache
 * transport and no SLF4J backend, as docs/guide.md and the README's module table explain it: where
 * it comes from, and that the advice given there makes it go. Each case is a JVM of its own
 * ({@link Slf4jProbe}) on a class path built from this test's, because SLF4J looks for its
 * providers once per JVM.
 */
class Slf4jNoticeTest {

    private static final String NOTICE = "SLF4J(W): No SLF4J providers were found.";

    /** SLF4J backends (providers) and bridges on the docs module's test class path. */
    private static final List<String> PROVIDERS =
            List.of("slf4j-simple", "slf4j-nop", "logback-classic", "logback-core", "slf4j-jdk-platform-logging");

    @TempDir
    Path scratch;

    @Test
    void theApacheTransportWithNoBackendPrintsTheNoticeOnceAndStillCalls() throws Exception {
        Run run = probe("apache", testClassPath(jar -> !isProvider(jar)));

        assertThat(run.stdout()).contains("ok apache");
        assertThat(run.stderr().lines().filter(l -> l.contains(NOTICE)))
                .as("HttpClient 5 logs through slf4j-api, which the adapter brings; with no backend SLF4J says so once")
                .hasSize(1);
    }

    @Test
    void addingSlf4jNopAsTheGuideSaysSilencesIt() throws Exception {
        String nop = System.getProperty("wx.slf4j-nop.jar");
        assertThat(nop).as("docs/pom.xml passes the slf4j-nop jar (maven-dependency-plugin:properties)").isNotBlank();
        List<String> classPath = new ArrayList<>(testClassPath(jar -> !isProvider(jar)));
        classPath.add(nop);

        Run run = probe("apache", classPath);

        assertThat(run.stdout()).contains("ok apache");
        assertThat(run.stderr()).as("no SLF4J line at all").doesNotContain("SLF4J");
    }

    @Test
    void theVertxTransportBringsNoSlf4jSoThereIsNoNotice() throws Exception {
        Run run = probe("vertx", testClassPath(jar -> !isProvider(jar) && !jar.contains("slf4j-api")
                && !jar.contains("httpclient5") && !jar.contains("httpcore5") && !jar.contains("transport-apache")));

        assertThat(run.stdout()).contains("ok vertx");
        assertThat(run.stderr()).as("Vert.x and Netty fall back to java.util.logging without slf4j-api").doesNotContain("SLF4J");
    }

    private static boolean isProvider(String jar) {
        String name = Path.of(jar).getFileName().toString();
        return PROVIDERS.stream().anyMatch(name::startsWith);
    }

    /** Surefire's real test class path (java.class.path may be a manifest-only booter jar). */
    private static List<String> testClassPath(Predicate<String> keep) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator)).filter(keep).collect(Collectors.toList());
    }

    private Run probe(String transport, List<String> classPath) throws IOException, InterruptedException {
        Path out = scratch.resolve(transport + "-" + classPath.size() + ".out");
        Path err = scratch.resolve(transport + "-" + classPath.size() + ".err");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", String.join(File.pathSeparator, classPath),
                Slf4jProbe.class.getName(), transport)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the " + transport + " probe did not end within 60 s; stderr: " + Files.readString(err, UTF_8));
        }
        Run run = new Run(Files.readString(out, UTF_8), Files.readString(err, UTF_8));
        assertThat(process.exitValue()).as("probe exit status; stderr: %s", run.stderr()).isZero();
        return run;
    }

    private record Run(String stdout, String stderr) {
    }
}
