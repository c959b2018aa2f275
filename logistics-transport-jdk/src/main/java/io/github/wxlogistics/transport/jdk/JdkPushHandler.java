package io.github.wxlogistics.transport.jdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The push URL on the JDK's built-in {@link com.sun.net.httpserver.HttpServer}: hands each
 * request's method, raw query and body to a {@link PushReceiver} and writes back the status,
 * headers and body of its {@link PushResponse}, as they are.
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
 * server.setExecutor(Executors.newFixedThreadPool(16));  // handlers wait for the receiver: not the dispatcher thread
 * server.createContext("/wechat/push", JdkPushHandler.of(receiver));
 * server.start();
 * }</pre>
 *
 * <ul>
 *   <li>The body is read up to {@link PushReceiver#bodyReadLimit()}, never more: a larger one is
 *       answered 413 by the receiver (the JDK server then drains or closes the connection). How long
 *       a slow client may take to send it is the server's to bound (the JDK's
 *       {@code sun.net.httpserver.maxReqTime} property, or a proxy in front).</li>
 *   <li>{@link #handle} waits for the answer on the server's thread through
 *       {@link PushReceiver#answer}, at most {@link PushReceiver#answerDeadline()}. Give the
 *       {@code HttpServer} an executor: without one, every handler runs on its single dispatcher
 *       thread, and a slow push delays all other requests.</li>
 *   <li>Every status, 405's {@code Allow}, the Content-Type and the body are the receiver's.</li>
 * </ul>
 *
 * <p>Thread-safe; owns nothing: closing the receiver and stopping the server are the caller's.
 */
public final class JdkPushHandler implements HttpHandler {

    private final PushReceiver receiver;

    private JdkPushHandler(PushReceiver receiver) {
        this.receiver = receiver;
    }

    /**
     * A handler for the push URL.
     *
     * @param receiver verifies, decrypts, dispatches and answers each push; not closed by the handler
     * @return a new handler
     * @throws NullPointerException if {@code receiver} is null
     */
    public static JdkPushHandler of(PushReceiver receiver) {
        return new JdkPushHandler(Objects.requireNonNull(receiver, "receiver"));
    }

    /**
     * Answers one request to the push URL, waiting at most the receiver's answer deadline. Closes
     * the exchange in every case.
     *
     * @param exchange the request and its response
     * @throws IOException never: a client that went away is not reported
     */
    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readNBytes(receiver.bodyReadLimit());
            send(exchange, receiver.answer(PushRequest.fromRawQuery(exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawQuery(), body)));
        } catch (IOException e) {
            // The client went away or sent a broken body; there is no one to answer.
        } finally {
            exchange.close();
        }
    }

    private static void send(HttpExchange exchange, PushResponse response) throws IOException {
        response.headers().forEach(exchange.getResponseHeaders()::set);
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public String toString() {
        return "JdkPushHandler[" + receiver + "]";
    }
}
