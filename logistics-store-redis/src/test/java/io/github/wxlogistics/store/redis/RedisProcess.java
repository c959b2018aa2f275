package io.github.wxlogistics.store.redis;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@code redis-server} process of the test's own, on a loopback port, without persistence (or with an
 * append-only file, {@link #startPersistent}), that a test may stop and start again on the same port (to
 * cut Redis off in the middle of a test).
 * The executable is {@code $WX_TEST_REDIS_SERVER} or {@code redis-server} from the PATH; without
 * one, the test fails with a message naming the fix.
 */
final class RedisProcess implements AutoCloseable {

    static final String INSTALL_HINT = "install it (Debian/Ubuntu: apt-get install -y redis-server), or set"
            + " WX_TEST_REDIS_URI=redis://host:port to a Redis the tests may write to (.ci/run does both)";

    private final Path executable;
    private final int port;
    private final Path dataDir;
    private Process process;

    private RedisProcess(Path executable, int port, Path dataDir) {
        this.executable = executable;
        this.port = port;
        this.dataDir = dataDir;
    }

    /** Starts redis-server on a free loopback port. */
    static RedisProcess start() {
        RedisProcess redis = new RedisProcess(executable(), freePort(), null);
        redis.startProcess();
        return redis;
    }

    /**
     * Starts redis-server on a free loopback port with its append-only file in {@code dataDir},
     * written on every command ({@code appendfsync always}), as docs/fleet.md asks of a Redis that
     * keeps refresh tokens: a restart keeps the data.
     */
    static RedisProcess startPersistent(Path dataDir) {
        RedisProcess redis = new RedisProcess(executable(), freePort(), dataDir);
        redis.startProcess();
        return redis;
    }

    int port() {
        return port;
    }

    String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** Stops the server (SIGTERM, then SIGKILL after 10 s) and waits until it is gone. */
    synchronized void stop() {
        if (process == null) {
            return;
        }
        Process running = process;
        process = null;
        running.destroy();
        try {
            if (!running.waitFor(10, TimeUnit.SECONDS)) {
                running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.destroyForcibly();
        }
    }

    /** Starts the server again on the same port: empty, or, if persistent, with its data. */
    synchronized void restart() {
        stop();
        startProcess();
    }

    @Override
    public void close() {
        stop();
    }

    private synchronized void startProcess() {
        List<String> command = new java.util.ArrayList<>(List.of(executable.toString(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--daemonize", "no"));
        command.addAll(dataDir == null ? List.of("--appendonly", "no")
                : List.of("--appendonly", "yes", "--appendfsync", "always", "--dir", dataDir.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Process started;
        try {
            started = builder.start();
        } catch (IOException e) {
            throw new AssertionError("could not start " + executable + ": " + e.getMessage() + "; " + INSTALL_HINT, e);
        }
        CompletableFuture<Void> ready = new CompletableFuture<>();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (!ready.isDone()) {
                        synchronized (output) {
                            output.append(line).append('\n');
                        }
                        if (line.contains("Ready to accept connections")) {
                            ready.complete(null);
                        }
                    }
                }
                ready.completeExceptionally(new IllegalStateException("redis-server exited"));
            } catch (IOException e) {
                ready.completeExceptionally(new UncheckedIOException(e));
            }
        }, "redis-server-" + port + "-output");
        reader.setDaemon(true);
        reader.start();
        try {
            ready.get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.destroyForcibly();
            throw new AssertionError("interrupted while starting redis-server", e);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            started.destroyForcibly();
            String seen;
            synchronized (output) {
                seen = output.toString();
            }
            throw new AssertionError("redis-server on port " + port + " did not become ready: " + e + "\n" + seen, e);
        }
        process = started;
    }

    private static Path executable() {
        String configured = System.getenv("WX_TEST_REDIS_SERVER");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, "redis-server");
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new AssertionError("these tests need a real Redis, and no redis-server is on the PATH: " + INSTALL_HINT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
