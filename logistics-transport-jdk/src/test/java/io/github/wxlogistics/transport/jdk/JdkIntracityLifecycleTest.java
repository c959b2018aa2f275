package io.github.wxlogistics.transport.jdk;

import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.intracity.IntracityCallbackReceiver;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.IntracityLifecycleContract;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Intracity end to end over {@link JdkHttpTransport}, the callbacks received by
 * {@link JdkIntracityCallbackHandler}.
 */
class JdkIntracityLifecycleTest extends IntracityLifecycleContract {

    @Override
    protected HttpTransport createTransport() {
        return JdkHttpTransport.create();
    }

    @Override
    protected CallbackServer serveCallbacks(IntracityCallbackReceiver receiver) throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        http.setExecutor(threads);
        http.createContext("/wechat/intracity", JdkIntracityCallbackHandler.of(receiver));
        http.start();
        return new CallbackServer("http://127.0.0.1:" + http.getAddress().getPort() + "/wechat/intracity", () -> {
            http.stop(0);
            threads.shutdownNow();
        });
    }
}
