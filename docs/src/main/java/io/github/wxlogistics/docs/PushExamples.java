package io.github.wxlogistics.docs;

// tag::imports[]
import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.InMemoryDuplicateStore;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.event.CancelWaybillEvent;
import io.github.wxlogistics.event.CancelWaybillReply;
import io.github.wxlogistics.event.PathAction;
import io.github.wxlogistics.event.PushAnswer;
import io.github.wxlogistics.event.ResultCode;
import io.github.wxlogistics.model.WaybillData;
import io.github.wxlogistics.transport.jdk.JdkPushHandler;
import io.github.wxlogistics.transport.vertx.VertxPushHandler;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
// end::imports[]

/**
 * The examples docs/events.md quotes: a courier receiving pushes on the JDK's HttpServer, a
 * merchant receiving them on Vert.x, and a receiver with its duplicate store configured.
 */
public final class PushExamples {

    private PushExamples() {
    }

    /** A courier's order system, standing in for yours. */
    public interface Bookings {
        /**
         * Books an order; the same OrderID MUST give the same waybill ID (WeChat re-sends).
         *
         * @param push the order
         * @return its waybill ID
         */
        String book(AddWaybillEvent push);

        /**
         * Cancels an order if it is not picked up yet.
         *
         * @param push the cancellation
         * @return whether it was cancelled
         */
        boolean cancel(CancelWaybillEvent push);
    }

    /** A merchant's tracking store, standing in for yours. */
    public interface Tracking {
        /**
         * Saves a waybill's path (called once per version; may block).
         *
         * @param waybillId the waybill
         * @param version   the path's version
         * @param actions   its nodes
         */
        void save(String waybillId, long version, List<PathAction> actions);
    }

    /**
     * A courier's push URL on the JDK server, running until closed.
     *
     * @param server   the HTTP server
     * @param threads  its handler threads
     * @param receiver the receiver behind it
     */
    public record CourierEndpoint(HttpServer server, ExecutorService threads, PushReceiver receiver)
            implements AutoCloseable {
        /** Stops the server, its threads and the receiver. */
        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
            receiver.close();
        }
    }

    /**
     * The courier's push URL on the JDK's {@code HttpServer}, in safe mode.
     *
     * @param address  where to listen
     * @param token    the push Token
     * @param aesKey   the EncodingAESKey
     * @param appId    the courier mini program's AppID
     * @param bookings the courier's order system
     * @return the running endpoint, at {@code /wechat/push}
     * @throws IOException if the address cannot be bound
     */
    public static CourierEndpoint courierOnJdk(InetSocketAddress address, String token, String aesKey, String appId,
            Bookings bookings) throws IOException {
        // tag::jdk-receiver[]
        PushReceiver receiver = PushReceiver.builder()
                .token(token)                    // the push Token of the console's message-push settings
                .encodingAesKey(aesKey)          // its EncodingAESKey: safe mode
                .appId(appId)                    // your mini program's AppID, checked in every push
                .on(AddWaybillEvent.class, push -> AddWaybillReply.success(bookings.book(push),   // blocking is fine here
                        List.of(new WaybillData("SF_bagAddr", "北京"), new WaybillData("SF_mark", "010-A1"))))
                .on(CancelWaybillEvent.class, push -> bookings.cancel(push) ? CancelWaybillReply.cancelled()
                        : CancelWaybillReply.refused(ResultCode.ALREADY_PICKED_UP, "已揽件"))
                .build();
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService threads = Executors.newFixedThreadPool(16);   // handlers wait: not on the dispatcher thread
        server.setExecutor(threads);
        server.createContext("/wechat/push", JdkPushHandler.of(receiver));
        server.start();
        // end::jdk-receiver[]
        return new CourierEndpoint(server, threads, receiver);
    }

    /**
     * A merchant's push URL on Vert.x, in safe mode, with the receiver to close after the server.
     *
     * @param listening completes once the server listens
     * @param receiver  the receiver behind it
     */
    public record MerchantEndpoint(Future<io.vertx.core.http.HttpServer> listening, PushReceiver receiver) {
    }

    /**
     * The merchant's push URL on a Vert.x {@code HttpServer}, in safe mode.
     *
     * @param vertx    the Vert.x instance
     * @param port     the port
     * @param host     the address to listen on
     * @param token    the push Token
     * @param aesKey   the EncodingAESKey
     * @param appId    the merchant mini program's AppID
     * @param tracking the merchant's tracking store
     * @return the server, listening once its future completes, and the receiver
     */
    public static MerchantEndpoint merchantOnVertx(Vertx vertx, int port, String host, String token, String aesKey,
            String appId, Tracking tracking) {
        // tag::vertx-receiver[]
        PushReceiver receiver = PushReceiver.builder()
                .token(token).encodingAesKey(aesKey).appId(appId)
                .on(AddExpressPathEvent.class, push -> tracking.save(push.waybillId(), push.version(), push.actions()))
                .build();                                              // blocking handlers run on the receiver's executor
        Future<io.vertx.core.http.HttpServer> listening = vertx.createHttpServer()
                .requestHandler(VertxPushHandler.of(receiver))      // never blocks the event loop
                .listen(port, host);
        // end::vertx-receiver[]
        return new MerchantEndpoint(listening, receiver);
    }

    /**
     * A receiver whose duplicate store keeps more entries for longer than the default.
     *
     * @param token    the push Token
     * @param bookings the courier's order system
     * @return the receiver, in plaintext mode
     */
    public static PushReceiver withDuplicateStore(String token, Bookings bookings) {
        // tag::duplicate-store[]
        PushReceiver receiver = PushReceiver.builder()
                .token(token)
                .duplicateStore(InMemoryDuplicateStore.create(100_000, Duration.ofMinutes(30), Clock.systemUTC()))
                .on(AddWaybillEvent.class, push -> AddWaybillReply.success(bookings.book(push), List.of()))
                .build();
        // end::duplicate-store[]
        return receiver;
    }

    /** A mini program's customer-service desk, standing in for yours. */
    public interface Desk {
        /**
         * Notes a user who opened the customer-service chat.
         *
         * @param openid the user
         */
        void userEntered(String openid);
    }

    /**
     * A merchant whose one push URL also gets customer-service messages: logistics events go to
     * their typed handlers, texts to the customer-service tool, the rest is answered success.
     *
     * @param token    the push Token
     * @param aesKey   the EncodingAESKey (safe mode)
     * @param appId    the mini program's AppID
     * @param tracking the merchant's tracking store
     * @param desk     the customer-service desk
     * @param clock    the reply's CreateTime
     * @return the receiver
     */
    public static PushReceiver sharedPushUrl(String token, String aesKey, String appId, Tracking tracking, Desk desk,
            Clock clock) {
        // tag::shared-url[]
        PushReceiver receiver = PushReceiver.builder()
                .token(token).encodingAesKey(aesKey).appId(appId)
                .on(AddExpressPathEvent.class, push -> tracking.save(push.waybillId(), push.version(), push.actions()))
                .fallback(message -> {                         // verified and decrypted, no typed handler took it
                    if ("text".equals(message.msgType())) {    // a customer-service message: to an agent
                        return PushAnswer.transferToCustomerService(message, clock.instant().getEpochSecond());
                    }
                    if ("user_enter_tempsession".equals(message.event())) {
                        desk.userEntered(message.envelope().fromUserName());
                    }
                    return PushAnswer.success();               // or PushAnswer.empty()
                })
                .build();
        // end::shared-url[]
        return receiver;
    }
}
