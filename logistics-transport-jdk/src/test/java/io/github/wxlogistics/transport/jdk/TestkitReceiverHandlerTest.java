package io.github.wxlogistics.transport.jdk;

import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.PushAdapterContract;
import io.github.wxlogistics.testkit.internal.ReceiverHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The push contract on the testkit's own adapter ({@code ReceiverHandler}, behind the standalone
 * receive mode). It runs here, not in the testkit, because the suite needs a real transport and the
 * testkit may not depend on an adapter module.
 */
class TestkitReceiverHandlerTest extends PushAdapterContract {

    @Override
    protected PushServer startPushServer(PushReceiver receiver) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(8);
        server.createContext("/push", ReceiverHandler.of(receiver));
        server.setExecutor(executor);
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/push");
        return new PushServer() {
            @Override
            public URI url() {
                return url;
            }

            @Override
            public void close() {
                server.stop(0);
                executor.shutdownNow();
            }
        };
    }

    @Override
    protected HttpTransport createTransport() {
        return JdkHttpTransport.create();
    }
}
