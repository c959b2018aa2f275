package io.github.wxlogistics.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.AuthorizationRevokedException;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.AddOrderResponse;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetPathResponse;
import io.github.wxlogistics.platform.AuthorizationInfo;
import io.github.wxlogistics.platform.AuthorizationLost;
import io.github.wxlogistics.platform.ComponentPlatform;
import io.github.wxlogistics.platform.InMemoryPlatformStore;
import io.github.wxlogistics.platform.PlatformListener;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.RefreshToken;
import io.github.wxlogistics.testkit.FakePlatform;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.RecordedPush;
import io.github.wxlogistics.testkit.contract.PushAdapterContract.PushServer;
import io.github.wxlogistics.testkit.SampleRequests;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A third-party platform end to end over real sockets: the fake open platform pushes to the
 * platform's receiver behind the JDK HttpServer adapter, and the merchants' calls go through the
 * JDK transport with authorizer tokens.
 */
class JdkPlatformTest {

    static final String COMPONENT = "wxcomponent0000001";
    static final String COMPONENT_SECRET = "component-secret-4711";
    static final String COMPONENT_TOKEN = "ComponentPushToken42";
    static final String COMPONENT_AES_KEY = "ComponentAesKey0123456789abcdefghijklmnopqr";
    static final String MERCHANT = "wxmerchant00000001";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeWeChatServer wechat;
    private JdkHttpTransport transport;
    private InMemoryPlatformStore store;
    private ComponentPlatform platform;
    private PushReceiver receiver;
    private PushServer events;
    private final RecordingListener told = new RecordingListener();

    @BeforeEach
    void start() {
        wechat = FakeWeChatServer.builder().openPlatform(COMPONENT, COMPONENT_SECRET, COMPONENT_TOKEN, COMPONENT_AES_KEY)
                .start();
        transport = JdkHttpTransport.create();
        store = InMemoryPlatformStore.create();
        platform = ComponentPlatform.builder().componentAppId(COMPONENT).componentSecret(COMPONENT_SECRET)
                .pushToken(COMPONENT_TOKEN).encodingAesKey(COMPONENT_AES_KEY).store(store).transport(transport)
                .baseUri(wechat.baseUri()).platformListener(told).build();
        receiver = platform.pushReceiver().build();
        events = JdkPushHandlerTest.serve(JdkPushHandler.of(receiver));
        wechat.platform().eventUrl(events.url());
    }

    @AfterEach
    void stop() {
        platform.close();
        events.close();
        receiver.close();
        transport.close();
        wechat.close();
    }

    @Test
    void ticketThenAuthorizationThenCallsThenOneRefreshForABurstThenRotationThenRevocation() throws Exception {
        FakePlatform open = wechat.platform();

        // The ticket arrives encrypted on the event URL and is kept; the component token is fetched from it.
        RecordedPush ticket = open.pushTicket();
        assertThat(ticket.outcome()).isEqualTo(RecordedPush.Outcome.ANSWERED);
        assertThat(ticket.reply()).isEqualTo("success");
        assertThat(ticket.bodyText()).contains("<AppId>").contains("<Encrypt>").doesNotContain("ticket@@@");
        assertThat(store.ticket(COMPONENT).join()).isPresent();
        AccessToken component = platform.componentTokens().token().get(10, TimeUnit.SECONDS);
        assertThat(platform.componentTokens().token().get(10, TimeUnit.SECONDS)).isEqualTo(component);
        assertThat(open.componentTokenFetches()).isEqualTo(1);

        // The merchant authorizes: the push is redeemed through api_query_auth and its refresh token stored.
        assertThat(open.authorize(MERCHANT, 45).outcome()).isEqualTo(RecordedPush.Outcome.ANSWERED);
        assertThat(told.authorized).extracting(AuthorizationInfo::authorizerAppId, AuthorizationInfo::permissionSets)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MERCHANT, List.of(45)));
        assertThat(store.refreshToken(COMPONENT, MERCHANT).join()).map(RefreshToken::value).isEqualTo(open.refreshToken(MERCHANT));

        // The merchant's calls carry its authorizer token.
        LogisticsClient merchant = platform.forAuthorizer(MERCHANT);
        assertThat(platform.forAuthorizer(MERCHANT)).isSameAs(merchant);
        AddOrderResponse added = merchant.merchant().addOrder(order("platform-order-1"));
        GetPathRequest path = GetPathRequest.builder().orderId("platform-order-1").deliveryId("SF")
                .waybillId(added.waybillId()).build();
        GetPathResponse before = merchant.merchant().getPath(path);
        assertThat(before.waybillId()).isEqualTo(added.waybillId());
        assertThat(open.authorizerTokenFetches(MERCHANT)).isEqualTo(1);

        // Its token expires; 200 concurrent callers share one api_authorizer_token, which rotates the refresh token.
        open.rotateRefreshTokens(true);
        String oldRefresh = open.refreshToken(MERCHANT).orElseThrow();
        open.expireAuthorizerTokens(MERCHANT);
        List<CompletableFuture<GetPathResponse>> burst = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            burst.add(merchant.async().merchant().getPath(path));
        }
        CompletableFuture.allOf(burst.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(burst).allSatisfy(f -> assertThat(f.join().waybillId()).isEqualTo(added.waybillId()));
        assertThat(open.authorizerTokenFetches(MERCHANT)).isEqualTo(2);
        String newRefresh = open.refreshToken(MERCHANT).orElseThrow();
        assertThat(newRefresh).isNotEqualTo(oldRefresh);
        assertThat(store.refreshToken(COMPONENT, MERCHANT).join()).map(RefreshToken::value).hasValue(newRefresh);
        assertThat(told.rotated).containsExactly(MERCHANT);

        // The merchant revokes: the push makes the platform forget it, and the next call fails typed.
        assertThat(open.deauthorize(MERCHANT).outcome()).isEqualTo(RecordedPush.Outcome.ANSWERED);
        assertThat(told.lost).contains(new AuthorizationLost(MERCHANT, AuthorizationLost.LossReason.UNAUTHORIZED_EVENT, 0));
        assertThat(store.refreshToken(COMPONENT, MERCHANT).join()).isEmpty();
        assertThatThrownBy(() -> merchant.merchant().getPath(path))
                .isInstanceOfSatisfying(AuthorizationRevokedException.class, e -> {
                    assertThat(e.authorizerAppId()).isEqualTo(MERCHANT);
                    assertThat(e.getMessage()).contains(MERCHANT).doesNotContain(newRefresh);
                });
        assertThat(open.authorizerTokenFetches(MERCHANT)).isEqualTo(2);
    }

    @Test
    void aRevocationThePlatformMissedIsFoundWhenWeChatRefusesTheRefreshToken() throws Exception {
        FakePlatform open = wechat.platform();
        open.pushTicket();
        open.authorize(MERCHANT, 71);
        LogisticsClient merchant = platform.forAuthorizer(MERCHANT);
        merchant.merchant().getAllDelivery();
        events.close(); // the unauthorized push finds nobody: WeChat gives up after its re-sends

        assertThat(open.deauthorize(MERCHANT).outcome()).isNotEqualTo(RecordedPush.Outcome.ANSWERED);
        assertThatThrownBy(() -> merchant.merchant().getAllDelivery())
                .isInstanceOfSatisfying(AuthorizationRevokedException.class, e -> assertThat(e.errcode()).isEqualTo(61003));
        assertThat(told.lost).containsExactly(new AuthorizationLost(MERCHANT, AuthorizationLost.LossReason.REFRESH_REFUSED, 61003));
        assertThat(store.refreshToken(COMPONENT, MERCHANT).join()).isEmpty();
    }

    @Test
    void aCallOutsideTheGrantedPermissionSetsGets61007AndCourierCallsGet48001() {
        FakePlatform open = wechat.platform();
        open.pushTicket();
        open.authorize(MERCHANT, 71);
        LogisticsClient merchant = platform.forAuthorizer(MERCHANT);

        assertThatThrownBy(() -> merchant.tracking().getDeliveryList())
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(61007));
        assertThatThrownBy(() -> merchant.courier().getContact(io.github.wxlogistics.model.GetContactRequest.builder()
                .token("t").waybillId("w").build()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(48001));
    }

    @Test
    void theApplyToOpenCallsNeedAnAuthorizerTokenAndOpenOnce() {
        FakePlatform open = wechat.platform();
        open.pushTicket();
        open.authorize(MERCHANT, 45);
        LogisticsClient merchant = platform.forAuthorizer(MERCHANT);

        merchant.tracking().applyQueryPlugin();
        assertThatThrownBy(() -> merchant.tracking().applyQueryPlugin())
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(933003));
        open.refuseNextApplication(MERCHANT, "applyReturnPlugin", 933002);
        assertThatThrownBy(() -> merchant.returns().applyReturnPlugin())
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(933002));
        merchant.async().returns().applyReturnPlugin().join();
        merchant.async().tracking().applyMsgPlugin().join();
        try (LogisticsClient own = LogisticsClient.builder().credentials(wechat.appId(), wechat.appSecret())
                .transport(transport).baseUri(wechat.baseUri()).build()) {
            assertThatThrownBy(() -> own.tracking().applyMsgPlugin())
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errcode()).isEqualTo(933004));
        }
    }

    @Test
    void theRedirectFlowRedeemsTheCodeAndAPreAuthCodeMakesTheLink() throws Exception {
        FakePlatform open = wechat.platform();
        open.pushTicket();
        var code = platform.createPreAuthCode().get(10, TimeUnit.SECONDS);
        URI link = platform.authorizationUrl(code, URI.create("https://saas.example.com/authorized?x=1"));
        assertThat(link.toString()).startsWith("https://mp.weixin.qq.com/cgi-bin/componentloginpage?component_appid="
                + COMPONENT + "&pre_auth_code=preauthcode%40%40%40").endsWith(
                "&redirect_uri=https%3A%2F%2Fsaas.example.com%2Fauthorized%3Fx%3D1&auth_type=2");
        assertThat(code.expiresAt()).isAfter(Instant.now().plus(Duration.ofMinutes(29)));
        assertThat(code.toString()).doesNotContain(code.value());

        String authCode = open.authorizeWithoutPush(MERCHANT, 45, 71);
        AuthorizationInfo info = platform.queryAuth(authCode).get(10, TimeUnit.SECONDS);
        assertThat(info.permissionSets()).containsExactly(45, 71);
        assertThat(info.grants(71)).isTrue();
        assertThatThrownBy(() -> platform.queryAuth(authCode).join()).hasCauseInstanceOf(ApiException.class)
                .cause().satisfies(e -> assertThat(((ApiException) e).errcode()).isEqualTo(61010));
        assertThat(platform.forAuthorizer(MERCHANT).merchant().getAllDelivery().data()).isNotEmpty();
    }

    @Test
    void aComponentTokenThatExpiredIsRefreshedOnceAndTheCallReplayed() throws Exception {
        FakePlatform open = wechat.platform();
        open.pushTicket();
        platform.createPreAuthCode().get(10, TimeUnit.SECONDS);
        open.expireComponentTokens();

        platform.createPreAuthCode().get(10, TimeUnit.SECONDS);

        assertThat(open.componentTokenFetches()).isEqualTo(2);
    }

    @Test
    void withoutATicketNothingIsSentAndTheErrorSaysWhy() {
        assertThatThrownBy(() -> platform.createPreAuthCode().join())
                .hasCauseInstanceOf(io.github.wxlogistics.error.TransportException.class)
                .hasMessageContaining("no component_verify_ticket");
        assertThat(wechat.platform().componentTokenFetches()).isZero();
    }

    @Test
    void aThousandMerchantClientsCostNoThreadAndNoTransport() throws Exception {
        FakePlatform open = wechat.platform();
        open.pushTicket();
        List<String> merchants = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            merchants.add(String.format("wxmerchant%08d", i));
        }
        merchants.stream().limit(3).forEach(m -> open.authorize(m, 45));
        platform.forAuthorizer(merchants.get(0)).merchant().getAllDelivery(); // warm: the transport's threads exist
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();

        List<LogisticsClient> clients = merchants.stream().map(platform::forAuthorizer).toList();
        for (LogisticsClient client : clients.subList(0, 3)) {
            client.merchant().getAllDelivery();
        }

        assertThat(clients).doesNotHaveDuplicates().hasSize(1000);
        assertThat(ManagementFactory.getThreadMXBean().getThreadCount()).isLessThanOrEqualTo(threadsBefore + 2);
        // Each client sends through the platform's one transport: none was discovered or built for a merchant.
        assertThat(clients).allSatisfy(c -> assertThat(c.toString()).isEqualTo("LogisticsClient[transport=JdkHttpTransport (given)]"));
        assertThat(platform.toString()).contains("authorizers=1000");
    }

    @Test
    void nothingSecretInToStringOrInTheBuildersErrors() {
        assertThat(platform.toString()).doesNotContain(COMPONENT_SECRET).doesNotContain(COMPONENT_TOKEN)
                .doesNotContain(COMPONENT_AES_KEY);
        assertThatThrownBy(() -> ComponentPlatform.builder().componentAppId(COMPONENT).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ComponentPlatform needs: componentSecret pushToken encodingAesKey");
        assertThat(new RefreshToken("refreshtoken@@@abc").toString()).doesNotContain("abc");
    }

    @Test
    void anAuthorizationThatCannotBeRedeemedIsToldAsALossAndAnsweredSuccess() throws Exception {
        RecordingListener wrongSecretTold = new RecordingListener();
        try (ComponentPlatform wrongSecret = ComponentPlatform.builder().componentAppId(COMPONENT)
                .componentSecret("not-the-component-secret").pushToken(COMPONENT_TOKEN).encodingAesKey(COMPONENT_AES_KEY)
                .store(InMemoryPlatformStore.create()).transport(transport).baseUri(wechat.baseUri())
                .platformListener(wrongSecretTold).build();
                PushReceiver wrongReceiver = wrongSecret.pushReceiver().build();
                PushServer wrongEvents = JdkPushHandlerTest.serve(JdkPushHandler.of(wrongReceiver))) {
            FakePlatform open = wechat.platform();
            open.eventUrl(wrongEvents.url());
            open.pushTicket();

            // api_component_token refuses the secret (40125): the code cannot be redeemed, and a re-send would not help.
            assertThat(open.authorize(MERCHANT, 45).outcome()).isEqualTo(RecordedPush.Outcome.ANSWERED);

            assertThat(wrongSecretTold.lost).singleElement().satisfies(lost -> {
                assertThat(lost.authorizerAppId()).isEqualTo(MERCHANT);
                assertThat(lost.reason()).isEqualTo(AuthorizationLost.LossReason.AUTHORIZATION_REFUSED);
                assertThat(lost.errcode()).isNotZero();
            });
            assertThat(wrongSecretTold.authorized).isEmpty();
        }
    }

    @Test
    void theBuilderNamesEverySettingThatCannotWorkWithoutShowingIt() {
        assertThatThrownBy(() -> ComponentPlatform.builder().componentAppId(COMPONENT).componentSecret("  ")
                .pushToken("bad token!").encodingAesKey(COMPONENT_AES_KEY.substring(1)).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("componentSecret is blank", "pushToken contains whitespace",
                        "encodingAesKey: the EncodingAESKey must be 43 characters, was 42")
                .hasMessageNotContaining("bad token!").hasMessageNotContaining(COMPONENT_AES_KEY.substring(1));
    }

    @Test
    void aClosedPlatformRefusesEveryEntryAndItsReceiverRefusesPushes() {
        FakePlatform open = wechat.platform();
        open.pushTicket();
        platform.close();

        assertThatThrownBy(() -> platform.createPreAuthCode()).hasMessageContaining("is closed");
        assertThatThrownBy(() -> platform.queryAuth("any-code")).hasMessageContaining("is closed");
        assertThatThrownBy(() -> platform.pushReceiver()).hasMessageContaining("is closed");
        assertThatThrownBy(() -> platform.forAuthorizer(MERCHANT)).hasMessageContaining("is closed");
        // The receiver built before close refuses: WeChat re-sends (to another instance of the fleet).
        assertThat(open.authorize(MERCHANT, 45).outcome()).isEqualTo(RecordedPush.Outcome.REFUSED);
        assertThat(store.refreshToken(COMPONENT, MERCHANT).join()).isEmpty();
        assertThat(told.authorized).isEmpty();
    }

    @Test
    void authorizationChangesWithinOneSecondAreEachRedeemed() {
        FakePlatform open = wechat.platform();
        open.pushTicket();
        open.authorize(MERCHANT, 45);
        open.updateAuthorization(MERCHANT, 120);
        open.updateAuthorization(MERCHANT, 45, 71);

        assertThat(told.authorized).extracting(AuthorizationInfo::permissionSets)
                .containsExactly(List.of(45), List.of(120), List.of(45, 71));
    }

    @Test
    void aLostAuthorizationIsToldOnceWhileEveryCallFailsTyped() {
        FakePlatform open = wechat.platform();
        open.pushTicket();
        open.authorize(MERCHANT, 45);
        LogisticsClient merchant = platform.forAuthorizer(MERCHANT);
        merchant.merchant().getAllDelivery();
        open.deauthorize(MERCHANT);
        LogisticsClient stranger = platform.forAuthorizer("wxstranger00000001");

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> merchant.merchant().getAllDelivery()).isInstanceOf(AuthorizationRevokedException.class);
            assertThatThrownBy(() -> stranger.merchant().getAllDelivery()).isInstanceOf(AuthorizationRevokedException.class);
        }

        assertThat(told.lost).containsExactly(
                new AuthorizationLost(MERCHANT, AuthorizationLost.LossReason.UNAUTHORIZED_EVENT, 0),
                new AuthorizationLost("wxstranger00000001", AuthorizationLost.LossReason.NO_REFRESH_TOKEN, 0));
        // Authorizing again ends the loss: a later revocation is told again.
        open.authorize(MERCHANT, 45);
        merchant.merchant().getAllDelivery();
        open.deauthorize(MERCHANT);
        assertThat(told.lost).hasSize(3).last()
                .isEqualTo(new AuthorizationLost(MERCHANT, AuthorizationLost.LossReason.UNAUTHORIZED_EVENT, 0));
    }

    private static AddOrderRequest order(String orderId) {
        return SampleRequests.cashOrder(orderId);
    }

    /** What the platform told the app. */
    static final class RecordingListener implements PlatformListener {
        final List<AuthorizationInfo> authorized = new CopyOnWriteArrayList<>();
        final List<AuthorizationLost> lost = new CopyOnWriteArrayList<>();
        final List<String> rotated = new CopyOnWriteArrayList<>();

        @Override
        public void onAuthorized(AuthorizationInfo info) {
            authorized.add(info);
        }

        @Override
        public void onAuthorizationLost(AuthorizationLost event) {
            lost.add(event);
        }

        @Override
        public void onRefreshTokenRotated(String authorizerAppId) {
            rotated.add(authorizerAppId);
        }
    }
}
