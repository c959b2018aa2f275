package io.github.wxlogistics.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.testkit.standalone.FakeWeChatServerMain;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The fake server never keeps a JVM alive by itself (a program that forgets close() still ends),
 * while the standalone server runs until it is stopped.
 */
class ServerLifetimeTest {

    /** A program that starts a server and returns without closing it. */
    public static final class ForgetfulProgram {
        public static void main(String[] args) {
            System.out.println("started " + FakeWeChatServer.builder().start().baseUri());
        }
    }

    @Test
    void aServerNobodyClosedDoesNotKeepTheJvmAlive() throws Exception {
        Process process = java(ForgetfulProgram.class.getName());
        try {
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(line).startsWith("started http://127.0.0.1:");
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("the JVM ended after main returned").isTrue();
            assertThat(process.exitValue()).isZero();
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void theStandaloneServerRunsUntilStopped() throws Exception {
        Process process = java(FakeWeChatServerMain.class.getName(), "--port", "0");
        try {
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(line).contains("http://127.0.0.1:");
            assertThat(process.waitFor(2, TimeUnit.SECONDS)).as("still serving after main started it").isFalse();
            process.destroy();   // SIGTERM: the shutdown hook closes the server
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stopped by SIGTERM").isTrue();
        } finally {
            process.destroyForcibly();
        }
    }

    private static Process java(String... mainAndArgs) throws Exception {
        String[] command = new String[4 + mainAndArgs.length];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        command[1] = "-Xmx64m";
        command[2] = "-cp";
        command[3] = System.getProperty("java.class.path");
        System.arraycopy(mainAndArgs, 0, command, 4, mainAndArgs.length);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
