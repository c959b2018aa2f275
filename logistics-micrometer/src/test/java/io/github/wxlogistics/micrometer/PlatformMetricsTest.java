package io.github.wxlogistics.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.platform.ComponentPlatform;
import io.github.wxlogistics.platform.InMemoryPlatformStore;
import io.github.wxlogistics.testkit.FakePlatform;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import io.github.wxlogistics.transport.jdk.JdkPushHandler;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A third-party platform's merchants get timers of their own, tagged with their AppID and nothing secret. */
class PlatformMetricsTest {

    // The secret scanner knows these values (KnownSecrets) and fails the test if a log line shows one.
    private static final String COMPONENT = "wxcomponent0000001";
    private static final String COMPONENT_SECRET = "component-secret-4711";
    private static final String COMPONENT_TOKEN = "ComponentPushToken42";
    private static final String COMPONENT_AES_KEY = "ComponentAesKey0123456789abcdefghijklmnopqr";

    private final FakeWeChatServer wechat = FakeWeChatServer.builder()
            .openPlatform(COMPONENT, COMPONENT_SECRET, COMPONENT_TOKEN, COMPONENT_AES_KEY).start();
    private final JdkHttpTransport transport = JdkHttpTransport.create();
    private HttpServer events;

    @AfterEach
    void stop() {
        if (events != null) {
            events.stop(0);
        }
        transport.close();
        wechat.close();
    }

    @Test
    void eachMerchantsCallsAreTimedUnderItsAppId() throws IOException {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        ComponentPlatform platform = ComponentPlatform.builder().componentAppId(COMPONENT)
                .componentSecret(COMPONENT_SECRET).pushToken(COMPONENT_TOKEN).encodingAesKey(COMPONENT_AES_KEY)
                .store(InMemoryPlatformStore.create()).transport(transport).baseUri(wechat.baseUri())
                .listener(ObservationLogisticsListener.create(registry)).build();
        try (platform; PushReceiver receiver = platform.pushReceiver().build()) {
            events = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            events.createContext("/platform/events", JdkPushHandler.of(receiver));
            events.start();
            FakePlatform open = wechat.platform();
            open.eventUrl(URI.create("http://127.0.0.1:" + events.getAddress().getPort() + "/platform/events"));
            open.pushTicket();
            open.authorize("wxmerchantA0000001", 45);
            open.authorize("wxmerchantB0000001", 45);

            platform.forAuthorizer("wxmerchantA0000001").merchant().getAllDelivery();
            platform.forAuthorizer("wxmerchantA0000001").merchant().getAllDelivery();
            platform.forAuthorizer("wxmerchantB0000001").merchant().getAllDelivery();
        }

        assertThat(meters.get("wx.logistics.call").tag("operation", "getAllDelivery")
                .tag("authorizer", "wxmerchantA0000001").tag("outcome", "success").timer().count()).isEqualTo(2);
        assertThat(meters.get("wx.logistics.call").tag("operation", "getAllDelivery")
                .tag("authorizer", "wxmerchantB0000001").tag("outcome", "success").timer().count()).isEqualTo(1);
        // Every call observation names its merchant; no tag value is a token (the fake's are 128 characters).
        assertThat(meters.find("wx.logistics.call").meters()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getId().getTag("authorizer")).startsWith("wxmerchant"));
        assertThat(meters.getMeters()).flatExtracting(m -> m.getId().getTags())
                .allSatisfy(tag -> assertThat(tag.getValue().length()).isLessThan(64));
    }

    @Test
    void aViewTagsItsObservationsAndTheListenerItselfDoesNot() {
        ObservationLogisticsListener metrics = ObservationLogisticsListener.create(ObservationRegistry.create());
        assertThat(metrics.forAuthorizer("wxmerchantA0000001"))
                .hasToString("ObservationLogisticsListener[authorizer=wxmerchantA0000001, open=0]")
                .isNotSameAs(metrics.forAuthorizer("wxmerchantA0000001"));
        assertThat(metrics).hasToString("ObservationLogisticsListener[open=0]");
    }
}
