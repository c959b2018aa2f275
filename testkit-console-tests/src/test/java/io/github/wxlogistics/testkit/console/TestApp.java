package io.github.wxlogistics.testkit.console;

import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.event.PushReceiver;
import io.github.wxlogistics.model.WaybillData;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.PushEndpoint;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import io.github.wxlogistics.transport.jdk.JdkPushHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The app under test, as a merchant and a courier would run it against the fake: a
 * {@link LogisticsClient}, the merchant's push URL (a {@link PushReceiver} taking add_express_path)
 * and the courier's (one answering add_waybill, in safe mode), both behind {@link JdkPushHandler}.
 * The receivers' set-up is here and nowhere else.
 */
final class TestApp implements AutoCloseable {

    static final String COURIER_TOKEN = "BrowserCourierPushToken";
    static final String MERCHANT_TOKEN = "BrowserMerchantPushToken";
    static final String COURIER_APP_ID = "wxcourier0000001";

    final String courierKey = newAesKey();
    final LinkedBlockingQueue<AddExpressPathEvent> merchantGot = new LinkedBlockingQueue<>();
    final LinkedBlockingQueue<AddWaybillEvent> courierGot = new LinkedBlockingQueue<>();
    final FakeWeChatServer wechat;
    final LogisticsClient client;

    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-app-push");
        t.setDaemon(true);
        return t;
    });
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<PushReceiver> receivers = new ArrayList<>();

    TestApp() {
        PushReceiver merchant = PushReceiver.builder().token(MERCHANT_TOKEN).onAddExpressPath(merchantGot::add).build();
        PushReceiver courier = PushReceiver.builder().token(COURIER_TOKEN).mode(PushMode.SAFE)
                .encodingAesKey(courierKey).appId(COURIER_APP_ID).onAddWaybill(push -> {
                    courierGot.add(push);
                    return AddWaybillReply.success("SF" + Math.abs(push.orderId().hashCode()),
                            List.of(new WaybillData("SF_bagAddr", "北京"), new WaybillData("SF_mark", "010-A1")));
                }).build();
        URI merchantUrl = serve(merchant);
        URI courierUrl = serve(courier);
        wechat = FakeWeChatServer.builder().demoData().console().pushTimeout(Duration.ofSeconds(3))
                .courierPush("SF", PushEndpoint.builder(courierUrl).token(COURIER_TOKEN).encodingAesKey(courierKey)
                        .appId(COURIER_APP_ID).build())
                .merchantPush(PushEndpoint.builder(merchantUrl).token(MERCHANT_TOKEN).build())
                .start();
        client = LogisticsClient.builder().credentials(wechat.appId(), wechat.appSecret()).baseUri(wechat.baseUri())
                .transport(JdkHttpTransport.create()).build();
    }

    private URI serve(PushReceiver receiver) {
        receivers.add(receiver);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/push", JdkPushHandler.of(receiver));
            server.setExecutor(executor);
            server.start();
            servers.add(server);
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/push");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String newAesKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().withoutPadding().encodeToString(key);
    }

    @Override
    public void close() {
        client.close();
        wechat.close();
        servers.forEach(s -> s.stop(0));
        receivers.forEach(PushReceiver::close);
        executor.shutdownNow();
    }
}
