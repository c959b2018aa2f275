package io.github.wxlogistics.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.spi.LogisticsListener;
import io.github.wxlogistics.spi.ListenerOutcome;
import io.github.wxlogistics.testkit.FakeResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ObservationLogisticsListenerTest {

    private final FakeWeChatServer server = FakeWeChatServer.builder().demoData().start();
    private final JdkHttpTransport transport = JdkHttpTransport.create();

    @AfterEach
    void close() {
        transport.close();
        server.close();
    }

    private LogisticsClient client(LogisticsListener listener) {
        return LogisticsClient.builder().credentials(server.appId(), server.appSecret()).baseUri(server.baseUri())
                .transport(transport).listener(listener).build();
    }

    @Test
    void aCallAndItsTokenFetchBecomeObservationsWithLowCardinalityKeys() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        try (LogisticsClient client = client(ObservationLogisticsListener.create(registry))) {
            client.merchant().getAllDelivery();
        }

        TestObservationRegistryAssert.assertThat(registry)
                .hasObservationWithNameEqualTo("wx.logistics.call").that()
                .hasBeenStarted().hasBeenStopped()
                .hasContextualNameEqualTo("wx.logistics getAllDelivery")
                .hasLowCardinalityKeyValue("operation", "getAllDelivery")
                .hasLowCardinalityKeyValue("outcome", "success")
                .hasLowCardinalityKeyValue("errcode.class", "ok")
                .hasHighCardinalityKeyValue("errcode", "0");
        TestObservationRegistryAssert.assertThat(registry)
                .hasObservationWithNameEqualTo("wx.logistics.token.fetch").that()
                .hasBeenStopped()
                .hasLowCardinalityKeyValue("source", "stable")
                .hasLowCardinalityKeyValue("outcome", "success");
    }

    @Test
    void timersAreTaggedWithOperationOutcomeAndErrcodeClassAndReplaysAreCounted() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        try (LogisticsClient client = client(ObservationLogisticsListener.create(registry))) {
            client.merchant().getAllDelivery();
            server.enqueue("getAllDelivery", FakeResponse.errcode(45011));
            assertThatThrownBy(() -> client.merchant().getAllDelivery()).isInstanceOf(ApiException.class);
            server.revokeAllTokens();
            client.merchant().getAllDelivery();
        }

        Timer ok = meters.get("wx.logistics.call").tag("operation", "getAllDelivery").tag("outcome", "success")
                .tag("errcode.class", "ok").timer();
        assertThat(ok.count()).isEqualTo(2);
        assertThat(meters.get("wx.logistics.call").tag("outcome", "api_error").tag("errcode.class", "rate_limit")
                .timer().count()).isEqualTo(1);
        assertThat(meters.get("wx.logistics.token.fetch").tag("source", "stable").tag("outcome", "success")
                .timer().count()).isEqualTo(2);
        Counter replays = meters.get("wx.logistics.call.replay").tag("operation", "getAllDelivery").counter();
        assertThat(replays.count()).isEqualTo(1.0);
        assertThat(meters.getMeters()).allSatisfy(meter -> assertThat(meter.getId().getTags())
                .noneSatisfy(tag -> assertThat(tag.getKey()).isEqualTo("errcode")));
    }

    @Test
    void pushesAreTimedByEventTypeOutcomeAndDuplicateFlag() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        ObservationLogisticsListener listener = ObservationLogisticsListener.create(registry);
        LogisticsListener.Key key = new LogisticsListener.Key();
        listener.onPushReceived(new LogisticsListener.PushReceived(key, "POST"));
        listener.onPushAnswered(new LogisticsListener.PushAnswered(key, "add_waybill", ListenerOutcome.SUCCESS, 200, true,
                Duration.ofMillis(3)));

        TestObservationRegistryAssert.assertThat(registry)
                .hasObservationWithNameEqualTo("wx.logistics.push").that()
                .hasBeenStarted().hasBeenStopped()
                .hasLowCardinalityKeyValue("event.type", "add_waybill")
                .hasLowCardinalityKeyValue("outcome", "success")
                .hasLowCardinalityKeyValue("status", "200")
                .hasLowCardinalityKeyValue("duplicate", "true");
        assertThat(listener.toString()).contains("open=0");
    }

    @Test
    void errcodesAreGroupedIntoFewClasses() {
        assertThat(ObservationLogisticsListener.errcodeClass(ListenerOutcome.SUCCESS, 0)).isEqualTo("ok");
        assertThat(ObservationLogisticsListener.errcodeClass(ListenerOutcome.API_ERROR, 42001)).isEqualTo("token");
        assertThat(ObservationLogisticsListener.errcodeClass(ListenerOutcome.API_ERROR, 45009)).isEqualTo("rate_limit");
        assertThat(ObservationLogisticsListener.errcodeClass(ListenerOutcome.API_ERROR, -1)).isEqualTo("busy");
        assertThat(ObservationLogisticsListener.errcodeClass(ListenerOutcome.API_ERROR, 9300501)).isEqualTo("other");
        assertThat(ObservationLogisticsListener.errcodeClass(ListenerOutcome.TIMEOUT, 0)).isEqualTo("none");
    }

    @Test
    void aNoopRegistryKeepsNoState() {
        ObservationLogisticsListener listener = ObservationLogisticsListener.create(ObservationRegistry.NOOP);
        try (LogisticsClient client = client(listener)) {
            client.merchant().getAllDelivery();
        }
        assertThat(listener.toString()).contains("open=0");
    }
}
