package io.github.wxlogistics.transport.jdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The push URL on the JDK's built-in {@link com.sun.net.httpserver.HttpServer}: hands each
 * request's method, raw query and body to a {@link PushReceiver} and writes back the status,
 * Content-Type and body of its {@link PushResponse}.
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
 * server.setExecutor(Executors.newFixedThreadPool(16));  // handlers wait for the receiver: not the dispatcher thread
 * server.createContext("/wechat/push", JdkPushHandler.of(receiver));
 * server.start();
 * }</pre>
 *
 * <ul>
 *   <li>The body is read up to one byte past {@link PushReceiver#maxBodyBytes()}, never more: a
 *       larger one is answered 413 by the receiver (the JDK server then drains or closes the
 *       connection). How long a slow client may take to send it is the server's to bound (the
 *       JDK's {@code sun.net.httpserver.maxReqTime} property, or a proxy in front).</li>
 *   <li>{@link #handle} waits for the receiver's answer on the server's thread, at most
 *       {@link PushReceiver#handlerDeadline()} plus {@link #GRACE}; if none came by then (the
 *       receiver promises one) or the thread is interrupted, it answers 503 so WeChat re-sends.
 *       Give the {@code HttpServer} an executor: without one, every handler runs on its single
 *       dispatcher thread, and a slow push delays all other requests.</li>
 *   <li>A wrong method gets 405 with {@code Allow: GET, POST}; a refused signature 401 with an
 *       empty body (the receiver decides both).</li>
 * </ul>
 *
 * <p>Thread-safe; owns nothing: closing the receiver and stopping the server are the caller's.
 */
public final class JdkPushHandler implements HttpHandler {

    /** How much longer than the receiver's handler deadline {@link #handle} waits before answering 503. */
    public static final Duration GRACE = Duration.ofSeconds(1);

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
     * Answers one request to the push URL, waiting at most the receiver's handler deadline plus
     * {@link #GRACE}. Closes the exchange in every case.
     *
     * @param exchange the request and its response
     * @throws IOException never: a client that went away is not reported
     */
    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = readBody(exchange.getRequestBody(), receiver.maxBodyBytes());
            PushRequest request = PushRequest.fromRawQuery(exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawQuery(), body);
            send(exchange, await(request));
        } catch (IOException e) {
            // The client went away or sent a broken body; there is no one to answer.
        } finally {
            exchange.close();
        }
    }

    private PushResponse await(PushRequest request) {
        long waitNanos = receiver.handlerDeadline().plus(GRACE).toNanos();
        try {
            return receiver.handle(request).toCompletableFuture().get(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PushResponse.status(503);
        } catch (TimeoutException | ExecutionException e) {
            // The receiver's stage never fails and completes by its deadline; this is a backstop.
            return PushResponse.status(503);
        }
    }

    /** At most {@code max + 1} bytes: enough for the receiver to tell a body over the limit. */
    private static byte[] readBody(InputStream in, int max) throws IOException {
        return in.readNBytes(max == Integer.MAX_VALUE ? max : max + 1);
    }

    private static void send(HttpExchange exchange, PushResponse response) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        if (response.status() == 405) {
            exchange.getResponseHeaders().set("Allow", "GET, POST");
        }
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
