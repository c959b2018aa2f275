package io.github.wxlogistics.store.redis;

import io.lettuce.core.RedisURI;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One redis-server of a topology .ci/redis-servers started (from its own config file, daemonized):
 * a test kills it with SIGKILL, as a crash would, and starts it again from the same executable and
 * config file (both read from {@code INFO server} before the kill), so the topology is whole again.
 */
final class RedisNode {

    private final RedisURI uri;
    private final long pid;
    private final String executable;
    private final String configFile;

    private RedisNode(RedisURI uri, long pid, String executable, String configFile) {
        this.uri = uri;
        this.pid = pid;
        this.executable = executable;
        this.configFile = configFile;
    }

    /** The server at {@code host:port}, looked up through {@code operator}. */
    static RedisNode at(TestClient operator, String host, int port) {
        RedisURI uri = RedisURI.create("redis://" + host + ":" + port);
        String info = operator.sync(uri).info("server");
        String configFile = field(info, "config_file");
        if (configFile.isEmpty()) {
            throw new AssertionError("the Redis at " + host + ":" + port + " runs without a config file: start the"
                    + " test servers with .ci/redis-servers, which a test can restart");
        }
        return new RedisNode(uri, Long.parseLong(field(info, "process_id")), field(info, "executable"), configFile);
    }

    int port() {
        return uri.getPort();
    }

    /** SIGKILL, and waits (at most 10 s) until the process is gone. */
    void kill() throws InterruptedException {
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
        process.destroyForcibly();
        process.onExit().orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** Starts the server again from its config file and waits (at most 10 s) until it answers. */
    void restart(TestClient operator) throws InterruptedException {
        try {
            Process launcher = new ProcessBuilder(List.of(executable, configFile)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!launcher.waitFor(10, TimeUnit.SECONDS)) {   // daemonize yes: the launcher exits at once
                launcher.destroyForcibly();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                RedisCommands<String, String> node = operator.sync(uri);
                node.ping();
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() - deadline > 0) {
                    throw new AssertionError("the restarted Redis on port " + uri.getPort() + " does not answer", e);
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
    }

    private static String field(String info, String name) {
        return info.lines().filter(line -> line.startsWith(name + ":")).map(line -> line.substring(name.length() + 1).trim())
                .findFirst().orElseThrow(() -> new AssertionError("INFO server has no " + name));
    }
}
