package io.github.wxlogistics.spring.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.PushEndpoint;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.WebApplicationType;
import org.junit.jupiter.api.extension.ExtendWith;
import io.github.wxlogistics.spring.WebStacks;
import io.github.wxlogistics.testkit.SampleRequests;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * End to end, on Spring MVC and on WebFlux: the example application on a random port, the fake
 * WeChat server pushing add_waybill and add_express_path to it in safe mode, a call through the
 * auto-configured client timed by Micrometer, and no secret in {@code /actuator/configprops} or
 * the logs.
 */
@ExtendWith(OutputCaptureExtension.class)
class ShippingApplicationTest {

    private static final String APP_ID = "wxe2e0123456789ab";
    private static final String APP_SECRET = "test-secret";
    private static final String PUSH_TOKEN = "hunter2";
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{128}(?![A-Za-z0-9_-])");

    @ParameterizedTest(name = "on {0}")
    @CsvSource({"SERVLET, Tomcat started on port", "REACTIVE, Netty started on port"})
    void pushesReachTheHandlerBeansCallsAreTimedAndNoSecretShows(WebApplicationType stack, String started,
            CapturedOutput output) throws Exception {
        // The recipe of docs/spring-boot.md, "Testing with the fake server": the fake first (its port is
        // the application's base-uri), the application on a random port, then the fake pushes to that port.
        try (FakeWeChatServer wechat = FakeWeChatServer.builder().appId(APP_ID).appSecret(APP_SECRET).demoData()
                .start();
                ConfigurableApplicationContext app = WebStacks.application(ShippingApplication.class, stack)
                .properties("spring.config.location=classpath:example-application.yml", "server.port=0",
                        "WX_APP_SECRET=" + APP_SECRET, "WX_PUSH_TOKEN=" + PUSH_TOKEN, "WX_PUSH_AES_KEY=" + AES_KEY,
                        "wx.logistics.base-uri=" + wechat.baseUri(),
                        "management.endpoint.configprops.show-values=always",
                        "management.endpoint.env.show-values=always",
                        // Reactor Netty 1.2 (Boot 3.5) at times counts a keep-alive request that arrived
                        // while the previous response was ending (here: the Actuator GETs, answered from
                        // boundedElastic) as active forever, and the graceful shutdown then waits its
                        // full 30 s. Not the push route; not seen on Boot 4 (Reactor Netty 1.3).
                        "server.shutdown=immediate",
                        "logging.level.io.github.wxlogistics=DEBUG")
                // A command-line argument outranks the YAML's exposure list (properties above do not).
                .run("--management.endpoints.web.exposure.include=health,configprops,metrics,env")) {
            {
                // The port the server took, as Spring Boot publishes it (WebServerApplicationContext moved
                // package in Boot 4; the property is the same on both lines).
                int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
                URI push = URI.create("http://127.0.0.1:" + port + "/wechat/push");
                wechat.courierPush("SF", PushEndpoint.builder(push).token(PUSH_TOKEN).encodingAesKey(AES_KEY)
                        .appId(APP_ID).mode(PushMode.SAFE).build());
                wechat.merchantPush(PushEndpoint.builder(push).token(PUSH_TOKEN).encodingAesKey(AES_KEY)
                        .mode(PushMode.SAFE).build());
                ShipmentLog log = app.getBean(ShipmentLog.class);

                String waybillId = app.getBean(Shipping.class).ship(order("e2e-1"));

                assertThat(waybillId).startsWith("SF");
                assertThat(log.waybills()).singleElement().satisfies(e -> {
                    assertThat(e.orderId()).isEqualTo("e2e-1");
                    assertThat(e.bizId()).isEqualTo("SF_CASH");
                });

                app.getBean(LogisticsClient.class).courier().updatePath(UpdatePathRequest.builder().token("TOKEN")
                        .waybillId("12345678901234567890").actionTime(1_700_000_000L).actionType(ActionType.SIGNED)
                        .actionMsg("已签收").build());
                Object pathEvent = nextOf(log, AddExpressPathEvent.class);
                assertThat(((AddExpressPathEvent) pathEvent).waybillId()).isEqualTo("12345678901234567890");

                MeterRegistry meters = app.getBean(MeterRegistry.class);
                assertThat(meters.get("wx.logistics.call").tag("operation", "addOrder").tag("outcome", "success")
                        .timer().count()).isEqualTo(1);
                assertThat(meters.get("wx.logistics.push").tag("event.type", "add_waybill").tag("outcome", "success")
                        .timer().count()).isGreaterThanOrEqualTo(1);
                assertThat(meters.get("wx.logistics.token.fetch").tag("source", "stable").timer().count())
                        .isGreaterThanOrEqualTo(1);

                assertThat(get(port, "/actuator/health")).contains("\"status\":\"UP\"").doesNotContain("DOWN");
                assertThat(get(port, "/actuator/health/logistics")).contains("\"wxLogistics\":{\"status\":\"UP\"");

                String configprops = get(port, "/actuator/configprops");
                assertThat(configprops).contains(APP_ID)   // values are shown (show-values=always)...
                        .doesNotContain(APP_SECRET, PUSH_TOKEN, AES_KEY);   // ...but not the secrets
                assertThat(ACCESS_TOKEN.matcher(configprops).find()).isFalse();

                // The variables the secrets came from (WX_APP_SECRET behind ${WX_APP_SECRET}) are masked too.
                String env = get(port, "/actuator/env");
                assertThat(env).contains("WX_APP_SECRET", APP_ID).doesNotContain(APP_SECRET, PUSH_TOKEN, AES_KEY);
                assertThat(get(port, "/actuator/env/WX_PUSH_AES_KEY")).doesNotContain(AES_KEY);
            }
        }
        String logs = output.getAll();
        assertThat(logs).as("the captured output").contains(":: Spring Boot ::", started)
                .doesNotContain(APP_SECRET, PUSH_TOKEN, AES_KEY)
                .doesNotContain("failed to stop it");   // Tomcat's thread-leak warning at shutdown

        assertThat(ACCESS_TOKEN.matcher(logs).find()).as("an access token in the logs").isFalse();
    }

    /** Waits for the next event of this type (the fake pushes add_express_path in the background). */
    private static Object nextOf(ShipmentLog log, Class<?> type) throws InterruptedException {
        while (true) {
            Object event = log.events.poll(10, TimeUnit.SECONDS);
            assertThat(event).as("a " + type.getSimpleName() + " within 10 s").isNotNull();
            if (type.isInstance(event)) {
                return event;
            }
        }
    }

    private String get(int port, String path) throws Exception {
        // A new connection per GET: Reactor Netty (Boot 3.5 and, seen twice in ten CI runs, Boot 4) at times
        // leaves a keep-alive request to the Actuator that arrived as the previous response ended unanswered.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    static AddOrderRequest order(String orderId) {
        return SampleRequests.cashOrder(orderId);
    }
}
