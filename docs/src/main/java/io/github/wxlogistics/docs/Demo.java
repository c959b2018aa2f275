package io.github.wxlogistics.docs;

import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.event.PathAction;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.AddOrderResponse;
import io.github.wxlogistics.model.Cargo;
import io.github.wxlogistics.model.CargoDetail;
import io.github.wxlogistics.model.GetAllAccountResponse;
import io.github.wxlogistics.model.GetContactRequest;
import io.github.wxlogistics.model.GetContactResponse;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.GetOrderResponse;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetPathResponse;
import io.github.wxlogistics.model.Insured;
import io.github.wxlogistics.model.PathItem;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.PrintType;
import io.github.wxlogistics.model.ServiceType;
import io.github.wxlogistics.model.Shop;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.model.WaybillData;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.PushEndpoint;
import io.github.wxlogistics.event.PushFormat;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import io.github.wxlogistics.transport.jdk.JdkPushHandler;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * The README's demo, offline: the whole loop between a merchant, WeChat (the testkit's fake
 * server) and a courier, then the five calls of the original API documents.
 *
 * <ol>
 *   <li>the merchant calls addOrder;</li>
 *   <li>WeChat pushes {@code add_waybill}, encrypted (safe mode), to the courier's push URL: a
 *       {@link PushReceiver} behind {@link JdkPushHandler} on a loopback port, which answers
 *       with its waybill;</li>
 *   <li>the merchant's addOrder reply carries the courier's waybill;</li>
 *   <li>the courier calls getContact and updatePath with the Token of the push;</li>
 *   <li>WeChat pushes {@code add_express_path} to the merchant's push URL, whose handler gets the
 *       typed actions.</li>
 * </ol>
 */
public final class Demo {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String COURIER_APP_ID = "wxc0ur1er0000sf01";

    private Demo() {
    }

    /**
     * Runs the demo, printing to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the demo against a fresh fake server, printing to {@code out}.
     *
     * @param out where the steps are printed
     */
    public static void run(PrintStream out) {
        pushLoop(out);
        out.println();
        documentedCalls(out);
    }

    /** A 43-character EncodingAESKey, as the console generates one. */
    private static String newAesKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Base64.getEncoder().withoutPadding().encodeToString(key);
    }

    private static String newToken(SecureRandom random) {
        byte[] token = new byte[12];
        random.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    private static void pushLoop(PrintStream out) {
        SecureRandom random = new SecureRandom();
        String courierToken = newToken(random);
        String courierKey = newAesKey(random);
        String merchantToken = newToken(random);
        String merchantKey = newAesKey(random);
        CompletableFuture<AddWaybillEvent> courierGot = new CompletableFuture<>();
        CompletableFuture<AddExpressPathEvent> merchantGot = new CompletableFuture<>();
        ExecutorService threads = Executors.newFixedThreadPool(4);

        try (PushReceiver courier = PushReceiver.builder().token(courierToken).encodingAesKey(courierKey)
                        .appId(COURIER_APP_ID)
                        .on(AddWaybillEvent.class, push -> {
                            courierGot.complete(push);
                            return AddWaybillReply.success("SF" + push.waybillId(),
                                    List.of(new WaybillData("SF_bagAddr", "北京"), new WaybillData("SF_mark", "010-A1")));
                        }).build();
                PushReceiver merchant = PushReceiver.builder().token(merchantToken).encodingAesKey(merchantKey)
                        .appId("wxtest").on(AddExpressPathEvent.class, merchantGot::complete).build();
                Served courierUrl = serve(courier, "/courier/push", threads);
                Served merchantUrl = serve(merchant, "/merchant/push", threads);
                FakeWeChatServer wechat = FakeWeChatServer.builder().appId("wxtest").demoData()
                        .courierPush("SF", PushEndpoint.builder(courierUrl.uri()).token(courierToken)
                                .encodingAesKey(courierKey).appId(COURIER_APP_ID).format(PushFormat.XML).build())
                        .merchantPush(PushEndpoint.builder(merchantUrl.uri()).token(merchantToken)
                                .encodingAesKey(merchantKey).format(PushFormat.JSON).build())
                        .start();
                JdkHttpTransport transport = JdkHttpTransport.create();
                LogisticsClient client = LogisticsClient.builder().credentials(wechat.appId(), wechat.appSecret())
                        .baseUri(wechat.baseUri()).transport(transport).build()) {
            out.println("The push loop: merchant -> WeChat (fake, " + wechat.baseUri() + ") -> courier -> merchant");
            out.println("  courier's push URL  " + courierUrl.uri() + " (JdkPushHandler, safe mode, XML)");
            out.println("  merchant's push URL " + merchantUrl.uri() + " (JdkPushHandler, safe mode, JSON)");

            String orderId = "demo-order-" + Long.toString(Instant.now().getEpochSecond(), 36);
            out.println("\n1. merchant addOrder " + orderId + " (SF, SF_CASH, to 王小蒙 北京市)");
            AddOrderResponse added = client.merchant().addOrder(order(orderId));

            AddWaybillEvent push = await(courierGot);
            out.println("2. courier got add_waybill (encrypted, verified, decrypted): order " + push.orderId() + ", BizID "
                    + push.bizId() + ", receiver " + push.receiver().name() + " " + push.receiver().city()
                    + ", WeChat's waybill " + push.waybillId() + ", order Token received (" + push.token().length()
                    + " characters)");
            out.println("   courier answers WayBillID SF" + push.waybillId() + " with its waybill data");

            out.println("3. merchant's addOrder reply: waybill " + added.waybillId() + ", " + added.waybillData().stream()
                    .map(d -> d.key() + " = " + d.value()).collect(Collectors.joining(", ")));

            GetContactResponse contact = client.courier().getContact(GetContactRequest.builder().token(push.token())
                    .waybillId(added.waybillId()).build());
            out.println("4. courier getContact with the pushed Token: from " + contact.sender().name() + " "
                    + contact.sender().address() + " to " + contact.receiver().name() + " " + contact.receiver().address());

            client.courier().updatePath(UpdatePathRequest.builder().token(push.token()).waybillId(added.waybillId())
                    .actionTime(Instant.now()).actionType(ActionType.PICKED_UP).actionMsg("顺丰速运 已收取快件").build());
            out.println("5. courier updatePath: " + ActionType.PICKED_UP + " 顺丰速运 已收取快件");

            AddExpressPathEvent path = await(merchantGot);
            out.println("6. merchant got add_express_path (encrypted, verified, decrypted): waybill " + path.waybillId()
                    + ", order " + path.orderId() + ", version " + path.version() + ", " + path.actions().size()
                    + " action(s)");
            for (PathAction action : path.actions()) {
                out.println("   " + action.actionType() + "  " + action.actionMsg());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static AddOrderRequest order(String orderId) {
        Person sender = Person.builder().name("张三").mobile("18666666666")
                .province("广东省").city("广州市").area("海珠区").address("XX路1号").build();
        Person receiver = Person.builder().name("王小蒙").mobile("18610000000")
                .province("北京市").city("北京市").area("海淀区").address("XX路2号").build();
        Cargo cargo = Cargo.builder().weight(new BigDecimal("1.2"))
                .spaceX(BigDecimal.TEN).spaceY(BigDecimal.TEN).spaceZ(BigDecimal.TEN)
                .detailList(List.of(CargoDetail.of("衣服", 1))).build();
        Shop shop = Shop.builder().imgUrl("https://example.com/a.png").goodsName("衣服").goodsCount(1).build();
        return AddOrderRequest.builder().orderId(orderId).openid("oBuyer").deliveryId("SF").bizId("SF_CASH")
                .expectTime(Instant.now().plus(Duration.ofHours(2)))   // SF cash orders need a pickup time
                .sender(sender).receiver(receiver).cargo(cargo).shop(shop).insured(Insured.none())
                .service(new ServiceType(0, "标准快递")).build();
    }

    /** A push URL on a loopback port: the JDK's HttpServer with {@link JdkPushHandler}. */
    private record Served(HttpServer server, URI uri) implements AutoCloseable {
        @Override
        public void close() {
            server.stop(0);
        }
    }

    private static Served serve(PushReceiver receiver, String path, ExecutorService threads) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(threads);
            server.createContext(path, JdkPushHandler.of(receiver));
            server.start();
            return new Served(server, URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T await(CompletableFuture<T> pushed) {
        try {
            return pushed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a push", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no push within " + WAIT, e);
        }
    }

    private static void documentedCalls(PrintStream out) {
        try (FakeWeChatServer server = FakeWeChatServer.builder().demoData().start();
                JdkHttpTransport transport = JdkHttpTransport.create();
                LogisticsClient client = LogisticsClient.builder()
                        .credentials(server.appId(), server.appSecret())
                        .baseUri(server.baseUri())
                        .transport(transport)
                        .build()) {
            out.println("The five calls of the original API documents, against the fake's demo data at "
                    + server.baseUri() + " (app " + server.appId() + ")");

            GetAllAccountResponse accounts = client.merchant().getAllAccount();
            out.println("\ngetAllAccount: " + accounts.count() + " bound account(s)");
            accounts.list().forEach(a -> out.println("  " + a.deliveryId() + " " + a.bizId() + " status "
                    + a.statusCode() + ", quota " + a.quotaNum()));

            GetOrderResponse order = client.merchant().getOrder(GetOrderRequest.builder()
                    .orderId("01234567890123456789").openid("oABC123456").deliveryId("SF").waybillId("123456789")
                    .printType(PrintType.ONE_PART).build());
            out.println("\ngetOrder: order " + order.orderId() + ", waybill " + order.waybillId() + ", status "
                    + order.orderStatus() + ", " + order.printHtml().length() + " chars of Base64 waybill HTML");
            order.waybillData().forEach(d -> out.println("  " + d.key() + " = " + d.value()));

            GetContactResponse contact = client.courier().getContact(
                    GetContactRequest.builder().token("TOKEN").waybillId("12345678901234567890").build());
            out.println("\ngetContact (courier): waybill " + contact.waybillId());
            out.println("  from " + contact.sender().name() + " " + contact.sender().mobile() + ", " + contact.sender().address());
            out.println("  to   " + contact.receiver().name() + " " + contact.receiver().mobile() + ", " + contact.receiver().address());

            client.courier().updatePath(UpdatePathRequest.builder().token("TOKEN").waybillId("12345678901234567890")
                    .actionTime(Instant.ofEpochSecond(1533080000L)).actionType(ActionType.OUT_FOR_DELIVERY)
                    .actionMsg("丽影邓丽君【18666666666】正在派件").build());
            out.println("\nupdatePath (courier): appended \"out for delivery\" to waybill 12345678901234567890");

            GetPathResponse path = client.merchant().getPath(
                    GetPathRequest.builder().orderId("demo-order-12345678901234567890").deliveryId("SF")
                            .waybillId("12345678901234567890").build());
            out.println("\ngetPath: waybill " + path.waybillId() + ", " + path.pathItemNum() + " node(s)");
            path.pathItemList().forEach(p -> out.println("  " + p.actionInstant() + "  " + p.actionType() + "  " + p.actionMsg()));
            path.pathItemList().stream().map(PathItem::actionType).filter(t -> t.description().equals("unknown"))
                    .distinct().forEach(t -> out.println("  (" + t.code() + " is not in WeChat's list of action types:"
                            + " the original getPath example has it, so the demo data does; ActionType keeps such codes)"));
        }
    }
}
