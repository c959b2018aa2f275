package io.github.wxlogistics.testkit;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.testkit.internal.ReceiverHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Push URLs on loopback for the tests: a PushReceiver, or any handler, behind the JDK's HttpServer. */
final class PushReceivers implements AutoCloseable {

    private final List<HttpServer> servers = new ArrayList<>();
    private final List<PushReceiver> receivers = new ArrayList<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-push-receiver");
        t.setDaemon(true);
        return t;
    });

    /** A new random EncodingAESKey: 43 Base64 characters of 32 bytes. */
    static String newAesKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().withoutPadding().encodeToString(key);
    }

    /** The push URL of the receiver, which is closed with these receivers. */
    URI start(PushReceiver receiver) {
        receivers.add(receiver);
        return start(ReceiverHandler.of(receiver));
    }

    /** The push URL of a handler. */
    URI start(HttpHandler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/push", handler);
            server.setExecutor(executor);
            server.start();
            servers.add(server);
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/push");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
        receivers.forEach(PushReceiver::close);
        executor.shutdownNow();
    }
}
