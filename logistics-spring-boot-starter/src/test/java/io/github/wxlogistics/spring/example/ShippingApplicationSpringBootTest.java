package io.github.wxlogistics.spring.example;

// tag::imports[]
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.PushEndpoint;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
// end::imports[]

/**
 * The testing recipe of docs/spring-boot.md as a {@code @SpringBootTest}: the fake WeChat server
 * starts first on a free port and gives the application its address, the application starts on a
 * random port, and the fake learns the push URL from it before each test. ShippingApplicationTest
 * takes the same steps on both web stacks with a {@code SpringApplicationBuilder}.
 */
// tag::recipe[]
@SpringBootTest(classes = ShippingApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.location=classpath:example-application.yml",
                "WX_PUSH_TOKEN=" + ShippingApplicationSpringBootTest.PUSH_TOKEN,
                "WX_PUSH_AES_KEY=" + ShippingApplicationSpringBootTest.AES_KEY,
                // The shop is its own courier: addOrder waits for the push to this application, whose
                // first request warms it up; on a busy CI machine that takes more than the example's 3 s.
                "wx.logistics.attempt-timeout=15s", "wx.logistics.call-timeout=20s"})
@DirtiesContext   // the context points at this class's fake: no other test class may reuse it
class ShippingApplicationSpringBootTest {

    static final String PUSH_TOKEN = "push-token-for-tests";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final String APP_ID = "wxe2e0123456789ab";   // the example's wx.logistics.app-id

    /** Started before the application, on a free port. */
    static final FakeWeChatServer WECHAT = FakeWeChatServer.builder().appId(APP_ID).appSecret("test-secret")
            .demoData().start();

    @DynamicPropertySource
    static void wechat(DynamicPropertyRegistry registry) {
        registry.add("wx.logistics.base-uri", () -> WECHAT.baseUri().toString());
        registry.add("wx.logistics.app-secret", WECHAT::appSecret);
    }

    @BeforeEach
    void pushToTheApplication(@Autowired Environment environment) {
        URI push = URI.create("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port")
                + "/wechat/push");
        WECHAT.courierPush("SF", PushEndpoint.builder(push).token(PUSH_TOKEN).encodingAesKey(AES_KEY)
                .appId(APP_ID).mode(PushMode.SAFE).build());
        WECHAT.merchantPush(PushEndpoint.builder(push).token(PUSH_TOKEN).encodingAesKey(AES_KEY)
                .mode(PushMode.SAFE).build());
    }

    @AfterAll
    static void stopTheFake() {
        WECHAT.close();
    }

    @Test
    void addOrderIsAnsweredByTheApplicationsCourierHandler(@Autowired Shipping shipping, @Autowired ShipmentLog log) {
        String waybillId = shipping.ship(ShippingApplicationTest.order("recipe-1"));

        assertThat(waybillId).startsWith("SF");
        assertThat(log.waybills()).extracting(AddWaybillEvent::orderId).containsExactly("recipe-1");
    }
}
// end::recipe[]
