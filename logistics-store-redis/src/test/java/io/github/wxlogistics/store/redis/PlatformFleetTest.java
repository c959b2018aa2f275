package io.github.wxlogistics.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.AddOrderResponse;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetPathResponse;
import io.github.wxlogistics.platform.ComponentPlatform;
import io.github.wxlogistics.spi.RefreshToken;
import io.github.wxlogistics.testkit.FakePlatform;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.RecordedPush;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import io.github.wxlogistics.transport.jdk.JdkPushHandler;
import io.github.wxlogistics.testkit.SampleRequests;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two instances of a third-party platform (each its own Lettuce client, RedisPlatformStore,
 * ComponentPlatform and event URL on a JDK HttpServer) sharing one Redis, against the fake open
 * platform over real sockets, on the three topologies: the ticket and the authorization pushed to
 * one instance serve both; each expiry of a merchant's token costs one {@code api_authorizer_token}
 * across both instances, for 200 concurrent callers; the rotated refresh token is the fleet's; and
 * an instance started afresh continues without the merchant authorizing again.
 */
@ExtendWith(SharedRedis.Extension.class)
class PlatformFleetTest {

    private static final String COMPONENT = "wxcomponentfleet01";
    private static final String SECRET = "component-secret-fleet";
    private static final String PUSH_TOKEN = "ComponentFleetToken";
    private static final String AES_KEY = "ComponentAesKey0123456789abcdefghijklmnopqr";
    private static final String SHOP = "wxmerchantfleet001";
    private static final String OTHER_SHOP = "wxmerchantfleet002";

    private final String prefix = "platform-fleet:" + UUID.randomUUID() + ":";
    private final List<AutoCloseable> closing = new ArrayList<>();
    private FakeWeChatServer wechat;
    private JdkHttpTransport transport;

    /** One instance: its own Redis client, store, platform, receiver and event URL. */
    private record Instance(TestClient redis, RedisPlatformStore store, ComponentPlatform platform,
            PushReceiver receiver, HttpServer server) implements AutoCloseable {

        URI eventUrl() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/platform/events");
        }

        @Override
        public void close() {
            server.stop(0);
            receiver.close();
            platform.close();
            store.close();
            redis.close();
        }
    }

    @BeforeEach
    void start() {
        wechat = FakeWeChatServer.builder().openPlatform(COMPONENT, SECRET, PUSH_TOKEN, AES_KEY).start();
        transport = JdkHttpTransport.create();
    }

    @AfterEach
    void stop() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
        transport.close();
        wechat.close();
    }

    private Instance instance(Topology.Target target) throws IOException {
        TestClient redis = target.newClient();
        RedisPlatformStore store = target.platformStore(redis).keyPrefix(prefix).build();
        ComponentPlatform platform = ComponentPlatform.builder().componentAppId(COMPONENT).componentSecret(SECRET)
                .pushToken(PUSH_TOKEN).encodingAesKey(AES_KEY).store(store).transport(transport)
                .baseUri(wechat.baseUri()).build();
        PushReceiver receiver = platform.pushReceiver().build();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/platform/events", JdkPushHandler.of(receiver));
        server.start();
        Instance instance = new Instance(redis, store, platform, receiver, server);
        closing.add(instance);
        return instance;
    }

    private static Topology.Target target(Topology topology, SharedRedis shared) {
        return topology == Topology.STANDALONE ? topology.target(shared) : topology.target();
    }

    /** 200 concurrent getPath calls, half on each instance; all must succeed. */
    private static void burst(LogisticsClient onA, LogisticsClient onB, GetPathRequest path, String waybillId)
            throws Exception {
        List<CompletableFuture<GetPathResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(onA.async().merchant().getPath(path));
            calls.add(onB.async().merchant().getPath(path));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(calls).allSatisfy(call -> assertThat(call.join().waybillId()).isEqualTo(waybillId));
    }

    @ParameterizedTest
    @EnumSource(Topology.class)
    void oneAuthorizerTokenFetchPerExpiryAcrossTheFleetAndARestartedInstanceContinues(Topology topology,
            SharedRedis shared) throws Exception {
        Topology.Target target = target(topology, shared);
        Instance a = instance(target);
        Instance b = instance(target);
        FakePlatform open = wechat.platform();

        // WeChat's pushes reach instance A only; B learns everything through Redis.
        open.eventUrl(a.eventUrl());
        assertThat(open.pushTicket().outcome()).isEqualTo(RecordedPush.Outcome.ANSWERED);
        assertThat(open.authorize(SHOP, 45).outcome()).isEqualTo(RecordedPush.Outcome.ANSWERED);
        assertThat(open.authorize(OTHER_SHOP, 45).outcome()).isEqualTo(RecordedPush.Outcome.ANSWERED);

        LogisticsClient shopOnA = a.platform().forAuthorizer(SHOP);
        LogisticsClient shopOnB = b.platform().forAuthorizer(SHOP);
        AddOrderResponse added = shopOnB.merchant().addOrder(order("fleet-order-" + topology));
        GetPathRequest path = GetPathRequest.builder().orderId("fleet-order-" + topology).deliveryId("SF")
                .waybillId(added.waybillId()).build();
        assertThat(shopOnA.merchant().getPath(path).waybillId()).isEqualTo(added.waybillId());
        a.platform().forAuthorizer(OTHER_SHOP).merchant().getAllDelivery();
        b.platform().forAuthorizer(OTHER_SHOP).merchant().getAllDelivery();
        assertThat(open.componentTokenFetches()).as("component tokens across both").isEqualTo(1);
        assertThat(open.authorizerTokenFetches(SHOP)).as("the shop's tokens across both").isEqualTo(1);
        assertThat(open.authorizerTokenFetches(OTHER_SHOP)).isEqualTo(1);

        // Two expiries, each with a rotation: 200 callers over both instances, one fetch each time.
        open.rotateRefreshTokens(true);
        for (int expiry = 1; expiry <= 2; expiry++) {
            String before = open.refreshToken(SHOP).orElseThrow();
            open.expireAuthorizerTokens(SHOP);
            burst(shopOnA, shopOnB, path, added.waybillId());
            assertThat(open.authorizerTokenFetches(SHOP)).as("fetches after expiry %d", expiry).isEqualTo(1 + expiry);
            String rotated = open.refreshToken(SHOP).orElseThrow();
            assertThat(rotated).isNotEqualTo(before);
            assertThat(a.store().refreshToken(COMPONENT, SHOP).get(10, TimeUnit.SECONDS))
                    .as("the fleet's refresh token is WeChat's latest").contains(new RefreshToken(rotated));
        }
        assertThat(open.authorizerTokenFetches(OTHER_SHOP)).as("the other shop's token is untouched").isEqualTo(1);

        // B stops; C starts afresh on the same Redis and serves the shop without a new authorization.
        b.close();
        closing.remove(b);
        Instance c = instance(target);
        LogisticsClient shopOnC = c.platform().forAuthorizer(SHOP);
        assertThat(shopOnC.merchant().getPath(path).waybillId()).isEqualTo(added.waybillId());
        assertThat(open.authorizerTokenFetches(SHOP)).as("C uses the fleet's token").isEqualTo(3);
        open.expireAuthorizerTokens(SHOP);
        burst(shopOnA, shopOnC, path, added.waybillId());
        assertThat(open.authorizerTokenFetches(SHOP)).as("C refreshes with the rotated refresh token").isEqualTo(4);
        assertThat(open.componentTokenFetches()).isEqualTo(1);
        assertThat(open.isAuthorized(SHOP)).isTrue();
        System.out.printf("platform fleet on %s: component token fetches=%d, %s api_authorizer_token calls=%d (3"
                + " expiries, 200 callers each, one instance restarted), %s=%d%n", topology,
                open.componentTokenFetches(), SHOP, open.authorizerTokenFetches(SHOP), OTHER_SHOP,
                open.authorizerTokenFetches(OTHER_SHOP));
    }

    private static AddOrderRequest order(String orderId) {
        return SampleRequests.cashOrder(orderId);
    }
}
