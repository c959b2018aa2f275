package io.github.wxlogistics.testkit.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * A {@link PushReceiver} behind the JDK's HttpServer, for the standalone receive mode and the
 * testkit's own tests (the testkit may not depend on the JDK adapter module): like the JDK adapter, it
 * only translates; the read limit, the wait and every answer are the receiver's.
 */
public final class ReceiverHandler implements HttpHandler {

    private final PushReceiver receiver;
    private final Predicate<PushRequest> accept;
    private final BiConsumer<PushRequest, PushResponse> observer;

    /**
     * A handler.
     *
     * @param receiver answers each request
     * @param accept   whether a request goes to the receiver; one it refuses is answered 400
     * @param observer told of every request and its response, after it was written
     */
    public ReceiverHandler(PushReceiver receiver, Predicate<PushRequest> accept,
            BiConsumer<PushRequest, PushResponse> observer) {
        this.receiver = receiver;
        this.accept = accept;
        this.observer = observer;
    }

    /** A handler passing every request to the receiver. */
    public static ReceiverHandler of(PushReceiver receiver) {
        return new ReceiverHandler(receiver, request -> true, (request, response) -> { });
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            byte[] body = exchange.getRequestBody().readNBytes(receiver.bodyReadLimit());
            PushRequest request = PushRequest.fromRawQuery(exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawQuery(), body);
            PushResponse response = accept.test(request) ? receiver.answer(request) : PushResponse.status(400);
            response.headers().forEach(exchange.getResponseHeaders()::set);
            byte[] out = response.body();
            exchange.sendResponseHeaders(response.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream stream = exchange.getResponseBody()) {
                    stream.write(out);
                }
            }
            observer.accept(request, response);
        } catch (IOException e) {
            // The sender went away.
        } finally {
            exchange.close();
        }
    }
}
