package io.github.wxlogistics.transport.jdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.wxlogistics.intracity.IntracityCallbackReceiver;
import io.github.wxlogistics.intracity.IntracityCallbackResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The intracity callback URL (the {@code callback_url} given at {@code intracity_addorder}) on the
 * JDK's built-in {@link com.sun.net.httpserver.HttpServer}: hands each request's method and body
 * to an {@link IntracityCallbackReceiver} and writes back its status, Content-Type and body.
 *
 * <pre>{@code
 * server.setExecutor(Executors.newFixedThreadPool(8));   // the handler runs the application's code
 * server.createContext("/wechat/intracity", JdkIntracityCallbackHandler.of(receiver));
 * }</pre>
 *
 * <p>The body is read up to one byte past {@link IntracityCallbackReceiver#maxBodyBytes()}, never
 * more (a larger one is answered 413). The receiver runs on the server's thread. Thread-safe; owns
 * nothing.
 */
public final class JdkIntracityCallbackHandler implements HttpHandler {

    private final IntracityCallbackReceiver receiver;

    private JdkIntracityCallbackHandler(IntracityCallbackReceiver receiver) {
        this.receiver = receiver;
    }

    /**
     * A handler for the callback URL.
     *
     * @param receiver verifies, parses and dispatches each callback
     * @return a new handler
     * @throws NullPointerException if {@code receiver} is null
     */
    public static JdkIntracityCallbackHandler of(IntracityCallbackReceiver receiver) {
        return new JdkIntracityCallbackHandler(Objects.requireNonNull(receiver, "receiver"));
    }

    /**
     * Answers one request to the callback URL; closes the exchange in every case.
     *
     * @param exchange the request and its response
     * @throws IOException never: a client that went away is not reported
     */
    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            int max = receiver.maxBodyBytes();
            byte[] body = exchange.getRequestBody().readNBytes(max == Integer.MAX_VALUE ? max : max + 1);
            IntracityCallbackResponse response = receiver.handle(exchange.getRequestMethod(), body);
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            if (response.status() == 405) {
                exchange.getResponseHeaders().set("Allow", "POST");
            }
            byte[] out = response.body();
            exchange.sendResponseHeaders(response.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream stream = exchange.getResponseBody()) {
                    stream.write(out);
                }
            }
        } catch (IOException e) {
            // The client went away or sent a broken body; there is no one to answer.
        } finally {
            exchange.close();
        }
    }

    @Override
    public String toString() {
        return "JdkIntracityCallbackHandler[" + receiver + "]";
    }
}
