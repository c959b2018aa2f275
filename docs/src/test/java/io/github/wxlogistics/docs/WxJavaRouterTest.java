package io.github.wxlogistics.docs;

// tag::imports[]
import static org.assertj.core.api.Assertions.assertThat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import cn.binarywang.wx.miniapp.bean.WxMaMessage;
import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import cn.binarywang.wx.miniapp.message.WxMaMessageRouter;
import cn.binarywang.wx.miniapp.message.WxMaOutMessage;
import cn.binarywang.wx.miniapp.message.WxMaXmlOutMessage;
import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.PushAnswer;
import io.github.wxlogistics.event.PushFields;
import io.github.wxlogistics.event.PushFormat;
import io.github.wxlogistics.event.PushMessage;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.PushEndpoint;
import io.github.wxlogistics.testkit.RecordedPush;
import io.github.wxlogistics.transport.jdk.JdkPushHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
// end::imports[]

/**
 * The example of push-url.md: an app that ran WxJava's {@code WxMaMessageRouter} on its push URL
 * moves the URL to a {@link PushReceiver}; logistics events go to typed handlers, everything else
 * (here a customer-service text) to the router it already has, whose reply goes back encrypted.
 */
class WxJavaRouterTest {

    private static final String TOKEN = "RouterPushToken42";
    private static final String APP_ID = "wxrouter000000001";

    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<AddExpressPathEvent> tracked = new CopyOnWriteArrayList<>();

    /** The router the app had: customer-service texts go to the customer-service tool. */
    private WxMaMessageRouter existingRouter(WxMaService wxMaService) {
        WxMaMessageRouter router = new WxMaMessageRouter(wxMaService);
        router.rule().async(false).msgType("text").handler((message, context, service, sessions) -> {
            asked.add(message.getContent());
            return WxMaXmlOutMessage.builder().toUserName(message.getFromUser()).fromUserName(message.getToUser())
                    .createTime(message.getCreateTime().longValue()).msgType("transfer_customer_service").build();
        }).end();
        return router;
    }

    private PushReceiver receiver(String aesKey, WxMaMessageRouter router) {
        // tag::router[]
        PushReceiver receiver = PushReceiver.builder()
                .token(TOKEN).encodingAesKey(aesKey).appId(APP_ID)       // the console's push settings, as before
                .on(AddExpressPathEvent.class, tracked::add)             // logistics events: typed handlers
                .fallback(message -> route(router, message))            // everything else: the router you have
                .build();
        // end::router[]
        return receiver;
    }

    // tag::route[]
    /** Hands a verified, decrypted message to WxJava's router; its reply is encrypted by the receiver. */
    static PushAnswer route(WxMaMessageRouter router, PushMessage message) {
        boolean xml = message.format() == PushFormat.XML;
        WxMaMessage in = xml ? WxMaMessage.fromXml(message.body()) : WxMaMessage.fromJson(message.body());
        WxMaOutMessage out = router.route(in);
        if (!(out instanceof WxMaXmlOutMessage reply)) {
            return PushAnswer.success();                               // no rule answered: "success"
        }
        return PushAnswer.packet(xml ? reply.toXml() : reply.toJson());
    }
    // end::route[]

    @ParameterizedTest
    @EnumSource(PushFormat.class)
    void customerServiceMessagesKeepWorkingBehindTheReceiver(PushFormat format) throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String aesKey = Base64.getEncoder().withoutPadding().encodeToString(key);
        WxMaServiceImpl wxMaService = new WxMaServiceImpl();
        wxMaService.setWxMaConfig(new WxMaDefaultConfigImpl());
        WxMaMessageRouter router = existingRouter(wxMaService);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try (PushReceiver receiver = receiver(aesKey, router)) {
            server.createContext("/wechat/push", JdkPushHandler.of(receiver));
            server.setExecutor(threads);
            server.start();
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/wechat/push");
            try (FakeWeChatServer wechat = FakeWeChatServer.builder().appId(APP_ID).merchantPush(PushEndpoint
                    .builder(url).token(TOKEN).encodingAesKey(aesKey).appId(APP_ID).format(format).build()).start()) {

                RecordedPush text = wechat.pushMessage(RecordedPush.MERCHANT, PushFields.builder()
                        .add("FromUserName", "oUser").add("MsgType", "text").add("Content", "我的快递到哪了")
                        .add("MsgId", Long.toString(System.nanoTime())).build());   // unique: WxJava's router drops a MsgId it saw
                RecordedPush path = wechat.pushMessage(RecordedPush.MERCHANT, PushFields.builder()
                        .add("FromUserName", "oWeChat").add("MsgType", "event").add("Event", "add_express_path")
                        .add("DeliveryID", "SF").add("WayBillId", "SF123").add("Version", "1").build());

                assertThat(asked).containsExactly("我的快递到哪了");
                assertThat(text.outcome()).as("an encrypted reply that verified").isEqualTo(RecordedPush.Outcome.ANSWERED);
                assertThat(text.replyField("MsgType")).hasValue("transfer_customer_service");
                assertThat(text.replyField("ToUserName")).hasValue("oUser");
                assertThat(path.reply()).isEqualTo("success");
                assertThat(tracked).singleElement().extracting(AddExpressPathEvent::waybillId).isEqualTo("SF123");
            }
        } finally {
            server.stop(0);
            threads.shutdownNow();
            router.shutDownExecutorService();
        }
    }
}
