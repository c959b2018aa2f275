package io.github.wxlogistics.docs;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The Redis the fleet guide's examples run against: {@code $WX_TEST_REDIS_URI} when set (.ci/run
 * sets it), else a redis-server started from the PATH for the run (as logistics-store-redis's own
 * tests do). Neither: the test fails, naming the fix. Injected as a parameter through {@link Extension}.
 */
final class TestRedis implements AutoCloseable {

    private final RedisURI uri;
    private final Process process;

    private TestRedis(RedisURI uri, Process process) {
        this.uri = uri;
        this.process = process;
    }

    RedisURI uri() {
        return uri;
    }

    /** A loopback port nothing listens on: a Redis that is down. */
    static RedisURI unreachable() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return RedisURI.create("redis://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestRedis open() {
        String configured = System.getenv("WX_TEST_REDIS_URI");
        if (configured != null && !configured.isBlank()) {
            RedisURI uri = RedisURI.create(configured.trim());
            RedisClient client = RedisClient.create();
            try (var connection = client.connect(uri)) {
                connection.sync().ping();
            } catch (RuntimeException e) {
                throw new AssertionError("WX_TEST_REDIS_URI is set, but Redis at " + uri.getHost() + ":" + uri.getPort()
                        + " does not answer (" + e + "); start it or unset the variable", e);
            } finally {
                client.shutdown();
            }
            return new TestRedis(uri, null);
        }
        Path executable = null;
        for (String dir : Objects.requireNonNullElse(System.getenv("PATH"), "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "redis-server"))) {
                executable = Path.of(dir, "redis-server");
                break;
            }
        }
        if (executable == null) {
            throw new AssertionError("the fleet guide's examples need a real Redis and no redis-server is on the PATH:"
                    + " install it (apt-get install -y redis-server) or set WX_TEST_REDIS_URI=redis://host:port");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Process process;
        try {
            process = new ProcessBuilder(List.of(executable.toString(), "--port", Integer.toString(port), "--bind",
                    "127.0.0.1", "--save", "", "--appendonly", "no")).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("could not start " + executable + ": " + e.getMessage(), e);
        }
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.contains("Ready to accept connections")) {
                        ready.complete(null);
                    }
                }
                ready.completeExceptionally(new IllegalStateException("redis-server exited"));
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
        }, "docs-redis-server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            ready.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new AssertionError("redis-server did not become ready: " + e, e);
        }
        return new TestRedis(RedisURI.create("redis://127.0.0.1:" + port), process);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Injects the run's {@link TestRedis}, started once and stopped when the run ends. */
    static final class Extension implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestRedis.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.create(TestRedis.class))
                    .computeIfAbsent(TestRedis.class, type -> open(), TestRedis.class);
        }
    }
}
