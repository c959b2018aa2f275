package io.github.wxlogistics.docs;

// tag::imports[]
import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.AuthorizationRevokedException;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.AddOrderResponse;
import io.github.wxlogistics.platform.AuthorizationInfo;
import io.github.wxlogistics.platform.AuthorizationLost;
import io.github.wxlogistics.platform.ComponentPlatform;
import io.github.wxlogistics.platform.PlatformListener;
import io.github.wxlogistics.platform.PreAuthCode;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.PlatformStore;
import io.github.wxlogistics.transport.jdk.JdkPushHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
// end::imports[]

/** The examples docs/platform.md quotes; PlatformExamplesTest runs each against the fake open platform. */
public final class PlatformExamples {

    private PlatformExamples() {
    }

    /** What the SaaS keeps about its merchants (here: prints; in a real app, a table and an email). */
    public interface Merchants {
        /** A merchant authorized, or changed its permission sets. */
        void authorized(String appId, java.util.List<Integer> permissionSets);

        /** A merchant must authorize again. */
        void mustReauthorize(String appId, String why);
    }

    /** The platform, built once at start-up and shared by every request. */
    public static ComponentPlatform build(URI baseUri, String componentAppId, String componentSecret, String pushToken,
            String aesKey, PlatformStore store, HttpTransport transport, Merchants merchants) {
        // tag::build[]
        ComponentPlatform platform = ComponentPlatform.builder()
                .componentAppId(componentAppId)                 // 第三方平台 AppID
                .componentSecret(componentSecret)               // its AppSecret
                .pushToken(pushToken)                           // 消息校验Token of the authorization-event URL
                .encodingAesKey(aesKey)                         // 消息加解密Key
                .store(store)                                   // InMemoryPlatformStore.create(), or Redis for a fleet
                .transport(transport)                           // one transport for every merchant
                .platformListener(new PlatformListener() {
                    @Override
                    public void onAuthorized(AuthorizationInfo info) {
                        merchants.authorized(info.authorizerAppId(), info.permissionSets());
                    }

                    @Override
                    public void onAuthorizationLost(AuthorizationLost lost) {
                        merchants.mustReauthorize(lost.authorizerAppId(), lost.reason().toString());
                    }
                })
                .baseUri(baseUri)                               // only for the fake; omit in production
                .build();
        // end::build[]
        return platform;
    }

    /** The authorization-event URL on the JDK's HttpServer. */
    public record EventUrl(HttpServer server, ExecutorService threads, PushReceiver receiver) implements AutoCloseable {
        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
            receiver.close();
        }
    }

    /** Serves the platform's authorization-event URL at /wechat/platform on a free port. */
    public static EventUrl serveEvents(ComponentPlatform platform) throws IOException {
        // tag::event-url[]
        PushReceiver receiver = platform.pushReceiver().build();    // ticket + authorized/updateauthorized/unauthorized
        ExecutorService threads = Executors.newFixedThreadPool(4);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/wechat/platform", JdkPushHandler.of(receiver));
        server.setExecutor(threads);
        server.start();
        // 授权事件接收URL: https://saas.example.com/wechat/platform
        // end::event-url[]
        return new EventUrl(server, threads, receiver);
    }

    /** The link for a merchant's administrator; the redirect lands on {@link #redirected}. */
    public static URI authorizationLink(ComponentPlatform platform) {
        // tag::link[]
        PreAuthCode code = platform.createPreAuthCode().join();           // valid 30 minutes, use it once
        URI link = platform.authorizationUrl(code, URI.create("https://saas.example.com/wechat/authorized"));
        // show the link on your merchant settings page (WeChat only accepts it opened from your domain)
        // end::link[]
        return link;
    }

    /** The redirect handler: {@code auth_code} from the query string. */
    public static AuthorizationInfo redirected(ComponentPlatform platform, String authCode) {
        // tag::redirect[]
        AuthorizationInfo info = platform.queryAuth(authCode).join();     // stores its refresh token
        if (!info.grants(45) && !info.grants(71)) {
            // the Logistics Assistant's calls need permission set 45 or 71: every call would get 61007
            throw new IllegalStateException("ask " + info.authorizerAppId() + " to grant 物流助手 (45 or 71)");
        }
        // end::redirect[]
        return info;
    }

    /** Places an order for a merchant. */
    public static String placeOrder(ComponentPlatform platform, String merchantAppId, AddOrderRequest order,
            Merchants merchants) {
        // tag::order[]
        LogisticsClient merchant = platform.forAuthorizer(merchantAppId);   // cheap: shares everything, cached
        try {
            AddOrderResponse added = merchant.merchant().addOrder(order);
            return added.waybillId();
        } catch (AuthorizationRevokedException e) {
            merchants.mustReauthorize(e.authorizerAppId(), e.getMessage());  // no retry helps
            return null;
        } catch (ApiException e) {
            if (e.errcode() == 61007 || e.errcode() == 48001) {
                merchants.mustReauthorize(merchantAppId, "permission set missing (" + e.errcode() + ")");
                return null;
            }
            throw e;
        }
        // end::order[]
    }

    /** Applies to open the tracking component for a merchant. */
    public static CompletableFuture<Boolean> openTracking(ComponentPlatform platform, String merchantAppId) {
        // tag::apply[]
        CompletableFuture<Boolean> opened = platform.forAuthorizer(merchantAppId).async().tracking().applyQueryPlugin()
                .thenApply(done -> true)
                .exceptionally(e -> {
                    if (e.getCause() instanceof ApiException api && api.errcode() == 933003) {
                        return true;                                         // already open
                    }
                    return false;                                            // 933000-933002: not eligible
                });
        // end::apply[]
        return opened;
    }
}
