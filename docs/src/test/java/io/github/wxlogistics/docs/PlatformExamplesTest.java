package io.github.wxlogistics.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.platform.ComponentPlatform;
import io.github.wxlogistics.platform.InMemoryPlatformStore;
import io.github.wxlogistics.testkit.FakePlatform;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Runs the examples of platform.md against the fake open platform. */
class PlatformExamplesTest {

    private static final String COMPONENT = "wxcomponent0000001";
    private static final String SECRET = "component-secret-4711";
    private static final String TOKEN = "ComponentPushToken42";
    private static final String KEY = "ComponentAesKey0123456789abcdefghijklmnopqr";

    /** Records what the examples tell the SaaS. */
    static final class Recorded implements PlatformExamples.Merchants {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void authorized(String appId, List<Integer> permissionSets) {
            events.add("authorized " + appId + " " + permissionSets);
        }

        @Override
        public void mustReauthorize(String appId, String why) {
            events.add("reauthorize " + appId);
        }
    }

    @Test
    void aSaasAuthorizesAMerchantPlacesAnOrderOpensTrackingAndHearsOfTheRevocation() throws Exception {
        Recorded merchants = new Recorded();
        try (FakeWeChatServer wechat = FakeWeChatServer.builder().openPlatform(COMPONENT, SECRET, TOKEN, KEY).start();
                JdkHttpTransport transport = JdkHttpTransport.create();
                ComponentPlatform platform = PlatformExamples.build(wechat.baseUri(), COMPONENT, SECRET, TOKEN, KEY,
                        InMemoryPlatformStore.create(), transport, merchants);
                PlatformExamples.EventUrl events = PlatformExamples.serveEvents(platform)) {
            FakePlatform open = wechat.platform();
            open.eventUrl(URI.create("http://127.0.0.1:" + events.server().getAddress().getPort() + "/wechat/platform"));
            open.pushTicket();

            URI link = PlatformExamples.authorizationLink(platform);
            assertThat(link.getQuery()).contains("component_appid=" + COMPONENT).contains("auth_type=2");
            String authCode = open.authorizeWithoutPush("wxmerchant00000001", 45);
            assertThat(PlatformExamples.redirected(platform, authCode).authorizerAppId()).isEqualTo("wxmerchant00000001");
            open.authorize("wxmerchant00000002", 71);       // the push path
            assertThat(merchants.events).containsExactly("authorized wxmerchant00000001 [45]",
                    "authorized wxmerchant00000002 [71]");

            assertThat(PlatformExamples.placeOrder(platform, "wxmerchant00000001", TestOrders.cashOrder("saas-1"), merchants))
                    .isNotBlank();
            assertThat(PlatformExamples.openTracking(platform, "wxmerchant00000001").join()).isTrue();
            assertThat(PlatformExamples.openTracking(platform, "wxmerchant00000001").join()).isTrue();  // 933003
            assertThat(PlatformExamples.openTracking(platform, "wxmerchant00000002").join()).isFalse(); // no 45: 61007

            open.deauthorize("wxmerchant00000001");
            assertThat(PlatformExamples.placeOrder(platform, "wxmerchant00000001", TestOrders.cashOrder("saas-2"), merchants))
                    .isNull();
            assertThat(merchants.events).containsSubsequence("reauthorize wxmerchant00000001", "reauthorize wxmerchant00000001");

            String code = open.authorizeWithoutPush("wxmerchant00000003", 120);
            assertThatThrownBy(() -> PlatformExamples.redirected(platform, code)).hasMessageContaining("45 or 71");
        }
    }
}
