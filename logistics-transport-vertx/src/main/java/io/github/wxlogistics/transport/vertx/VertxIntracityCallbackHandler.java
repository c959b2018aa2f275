package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.intracity.IntracityCallbackReceiver;
import io.github.wxlogistics.intracity.IntracityCallbackResponse;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.Objects;

/**
 * The intracity callback URL (the {@code callback_url} given at {@code intracity_addorder}) as a
 * Vert.x request handler: collects the body (at most one byte past
 * {@link IntracityCallbackReceiver#maxBodyBytes()}; a larger one is answered 413 and the connection
 * closed), runs the {@link IntracityCallbackReceiver} on a worker thread (its handler is the
 * application's code and may block), and answers on the request's context.
 *
 * <pre>{@code
 * vertx.createHttpServer().requestHandler(request -> {
 *     if (request.path().equals("/wechat/intracity")) {
 *         callbacks.handle(request);        // VertxIntracityCallbackHandler.of(receiver)
 *     }
 * }).listen(8080);
 * }</pre>
 *
 * <p>Thread-safe; owns nothing.
 */
public final class VertxIntracityCallbackHandler implements Handler<HttpServerRequest> {

    private final IntracityCallbackReceiver receiver;

    private VertxIntracityCallbackHandler(IntracityCallbackReceiver receiver) {
        this.receiver = receiver;
    }

    /**
     * A handler for the callback URL.
     *
     * @param receiver verifies, parses and dispatches each callback
     * @return a new handler
     * @throws NullPointerException if {@code receiver} is null
     */
    public static VertxIntracityCallbackHandler of(IntracityCallbackReceiver receiver) {
        return new VertxIntracityCallbackHandler(Objects.requireNonNull(receiver, "receiver"));
    }

    /**
     * Starts answering one request; returns at once.
     *
     * @param request the request to the callback URL
     * @throws NullPointerException if {@code request} is null
     */
    @Override
    public void handle(HttpServerRequest request) {
        Objects.requireNonNull(request, "request");
        Context context = Vertx.currentContext();
        int max = receiver.maxBodyBytes();
        Buffer body = Buffer.buffer();
        boolean[] done = {false};
        request.handler(chunk -> {
            if (done[0]) {
                return;
            }
            body.appendBuffer(chunk);
            if (body.length() > max) {
                done[0] = true;
                answer(request, receiver.handle(request.method().name(), body.getBytes(0, max + 1)), true);
            }
        });
        request.exceptionHandler(failure -> done[0] = true);
        request.endHandler(end -> {
            if (done[0]) {
                return;
            }
            done[0] = true;
            byte[] bytes = body.getBytes();
            String method = request.method().name();
            if (context == null) {
                answer(request, receiver.handle(method, bytes), false);
                return;
            }
            context.<IntracityCallbackResponse>executeBlocking(() -> receiver.handle(method, bytes), false)
                    .onComplete(result -> answer(request, result.succeeded() ? result.result()
                            : new IntracityCallbackResponse(500, "text/plain; charset=utf-8", new byte[0]), false));
        });
        request.resume();
    }

    private static void answer(HttpServerRequest request, IntracityCallbackResponse response, boolean close) {
        HttpServerResponse out = request.response();
        if (out.ended() || out.closed()) {
            return;
        }
        out.setStatusCode(response.status()).putHeader("Content-Type", response.contentType());
        if (response.status() == 405) {
            out.putHeader("Allow", "POST");
        }
        if (close) {
            out.putHeader("Connection", "close");
        }
        out.end(Buffer.buffer(response.body()));
    }

    @Override
    public String toString() {
        return "VertxIntracityCallbackHandler[" + receiver + "]";
    }
}
