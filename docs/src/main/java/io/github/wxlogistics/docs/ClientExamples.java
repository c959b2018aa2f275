package io.github.wxlogistics.docs;

// tag::imports[]
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.RetryPolicy;
import io.github.wxlogistics.TokenSource;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.HttpStatusException;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.error.ValidationException;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.AddOrderResponse;
import io.github.wxlogistics.model.Cargo;
import io.github.wxlogistics.model.CargoDetail;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetPathResponse;
import io.github.wxlogistics.model.Insured;
import io.github.wxlogistics.model.PathItem;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.ServiceType;
import io.github.wxlogistics.model.Shop;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
// end::imports[]

/** The examples docs/guide.md quotes; DocsExamplesTest runs each against the fake server. */
public final class ClientExamples {

    private ClientExamples() {
    }

    /** Builds a client from app credentials (stable token) on a JDK transport the caller closes. */
    public static LogisticsClient buildClient(URI baseUri, String appId, String appSecret, JdkHttpTransport transport) {
        // tag::build[]
        LogisticsClient client = LogisticsClient.builder()
                .credentials(appId, appSecret)              // tokens from /cgi-bin/stable_token
                .transport(transport)                       // borrowed: close it after the client
                .baseUri(baseUri)                           // https://api.weixin.qq.com by default
                .callTimeout(Duration.ofSeconds(15))        // retries included
                .retryPolicy(RetryPolicy.defaults())        // reads only; writes are never re-sent
                .build();
        // end::build[]
        return client;
    }

    /** Builds a client with the classic token endpoint and the transport found on the class path. */
    public static LogisticsClient classicTokenClient(URI baseUri, String appId, String appSecret) {
        // tag::classic[]
        LogisticsClient client = LogisticsClient.builder()
                .credentials(appId, appSecret)
                .tokenSource(TokenSource.CLASSIC)           // GET /cgi-bin/token: one process per app only
                .baseUri(baseUri)                           // no transport(...): the JDK adapter on the class path, owned
                .build();
        // end::classic[]
        return client;
    }

    /** Builds a client whose tokens come from the caller, as a third-party platform does. */
    public static LogisticsClient authorizerTokenClient(URI baseUri, TokenStore store) {
        // tag::provider[]
        AccessTokenProvider authorizerTokens = new AccessTokenProvider() {
            @Override
            public CompletableFuture<AccessToken> token() {
                return store.current();
            }

            @Override
            public CompletableFuture<AccessToken> refresh(AccessToken rejected) {
                return store.renewIfStill(rejected);
            }
        };
        LogisticsClient client = LogisticsClient.builder()
                .tokenProvider(authorizerTokens)
                .baseUri(baseUri)
                .build();
        // end::provider[]
        return client;
    }

    /** Where an application keeps tokens it manages itself. */
    public interface TokenStore {
        /** The current token. */
        CompletableFuture<AccessToken> current();

        /** A new token if {@code rejected} is still the current one, else the current one. */
        CompletableFuture<AccessToken> renewIfStill(AccessToken rejected);
    }

    /** Places a YUNDA order for a buyer and returns the waybill. */
    public static AddOrderResponse placeOrder(LogisticsClient client, String orderId, String buyerOpenid) {
        // tag::add-order[]
        Person sender = Person.builder().name("张三").mobile("13800000000")
                .province("广东省").city("广州市").area("海珠区").address("新港中路 397 号").build();
        Person receiver = Person.builder().name("李四").mobile("13900000000")
                .province("北京市").city("北京市").area("朝阳区").address("建国路 88 号").build();
        Cargo cargo = Cargo.builder()                   // count: 1 parcel unless set
                .weight(new BigDecimal("1.2"))          // kg
                .spaceX(new BigDecimal("20"))           // cm
                .spaceY(new BigDecimal("15"))
                .spaceZ(new BigDecimal("10"))
                .detailList(List.of(CargoDetail.of("茶叶", 2)))
                .build();
        Shop shop = Shop.builder().imgUrl("https://shop.example/tea.png").goodsName("西湖龙井").goodsCount(2).build();
        AddOrderResponse waybill = client.merchant().addOrder(AddOrderRequest.builder()  // add_source 0: mini program
                .orderId(orderId).openid(buyerOpenid)
                .deliveryId("YUNDA").bizId("123456789")
                .sender(sender).receiver(receiver).cargo(cargo).shop(shop)
                .insured(Insured.none()).service(new ServiceType(0, "标准快件"))
                .build());
        // waybill.waybillId() and waybill.waybillData() go on the label; addOrder is never re-sent:
        // after a TransportException (unless e.isNotSent()), ask getOrder with this order_id and delivery_id whether it landed.
        // end::add-order[]
        return waybill;
    }

    /** Prints a waybill's tracking path, blocking. */
    public static List<String> track(LogisticsClient client, String orderId, String waybillId) {
        // tag::track[]
        GetPathResponse path = client.merchant().getPath(GetPathRequest.builder()
                .orderId(orderId).deliveryId("SF").waybillId(waybillId).build());
        List<String> lines = path.pathItemList().stream()
                .map(item -> item.actionInstant() + " " + item.actionType() + " " + item.actionMsg())
                .toList();
        // end::track[]
        return lines;
    }

    /** The same call without blocking. */
    public static CompletableFuture<Integer> trackAsync(LogisticsClient client, String orderId, String waybillId) {
        // tag::async[]
        CompletableFuture<Integer> nodes = client.async().merchant()
                .getPath(GetPathRequest.builder().orderId(orderId).deliveryId("SF").waybillId(waybillId).build())
                .thenApply(GetPathResponse::pathItemNum);
        // end::async[]
        return nodes;
    }

    /** Handles each kind of failure. */
    public static String describeFailure(LogisticsClient client, String orderId, String waybillId) {
        // tag::errors[]
        try {
            GetPathResponse path = client.merchant().getPath(GetPathRequest.builder()
                    .orderId(orderId).deliveryId("SF").waybillId(waybillId).build());
            return "ok: " + path.pathItemList().stream().map(PathItem::actionMsg).toList();
        } catch (ValidationException e) {          // nothing was sent
            return "bad input: " + e.field() + " " + e.rule();
        } catch (ApiException e) {                 // HTTP 200, errcode != 0
            if (e.isRateLimited()) {
                return "slow down: " + e.errcode();
            }
            return "WeChat said " + e.errcode() + " " + e.errmsg() + " to " + e.operation();
        } catch (HttpStatusException e) {          // not HTTP 200
            return "HTTP " + e.statusCode();
        } catch (TransportException e) {           // no exchange completed (timeout: e.isTimeout())
            return "network: " + e.getMessage();
        }
        // end::errors[]
    }
}
