package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The push URL on a Vert.x {@code HttpServer}: hands each request's method, raw query and body to
 * a {@link PushReceiver} and ends the response with the status, headers and body of its
 * {@link PushResponse}, as they are. Uses Vert.x core's public API only (Vert.x 5 and 4.5).
 *
 * <pre>{@code
 * vertx.createHttpServer()
 *         .requestHandler(VertxPushHandler.of(receiver))   // or, with Vert.x Web: route.handler(ctx -> push.handle(ctx.request()))
 *         .listen(8080);
 * }</pre>
 *
 * <ul>
 *   <li>Never blocks the event loop: the body is collected as it arrives, the receiver verifies
 *       and decrypts on the event loop (bounded by {@link PushReceiver#maxBodyBytes()}), and runs
 *       blocking handlers on its own executor ({@link PushReceiver.Builder#executor}); its stage
 *       completes by {@link PushReceiver#answerDeadline()} at the latest.</li>
 *   <li>The response is completed on the request's context (the event loop that received it).</li>
 *   <li>At most {@link PushReceiver#bodyReadLimit()} bytes are kept: a larger body is answered
 *       413 by the receiver as soon as it is known, and the connection is closed after the answer,
 *       so the rest is never read.</li>
 *   <li>Every status, 405's {@code Allow}, the Content-Type and the body are the receiver's.</li>
 * </ul>
 *
 * <p>Register it directly as a request handler (or call it from one) before the request's body
 * starts to be read: it sets the request's data and end handlers, and resumes the request. It must be called on a Vert.x
 * context, as request handlers are. Thread-safe; owns nothing: closing the receiver and the server
 * are the caller's.
 */
public final class VertxPushHandler implements Handler<HttpServerRequest> {

    private final PushReceiver receiver;

    private VertxPushHandler(PushReceiver receiver) {
        this.receiver = receiver;
    }

    /**
     * A handler for the push URL.
     *
     * @param receiver verifies, decrypts, dispatches and answers each push; not closed by the handler
     * @return a new handler
     * @throws NullPointerException if {@code receiver} is null
     */
    public static VertxPushHandler of(PushReceiver receiver) {
        return new VertxPushHandler(Objects.requireNonNull(receiver, "receiver"));
    }

    /**
     * Starts answering one request: collects its body, then ends its response on the request's
     * context once the receiver has answered. Returns at once.
     *
     * @param request the request to the push URL
     * @throws NullPointerException if {@code request} is null
     */
    @Override
    public void handle(HttpServerRequest request) {
        new Exchange(Objects.requireNonNull(request, "request"), Vertx.currentContext()).start();
    }

    @Override
    public String toString() {
        return "VertxPushHandler[" + receiver + "]";
    }

    /** One request: its body so far and whether it has been answered. Its handlers run on the request's context. */
    private final class Exchange {

        private final HttpServerRequest request;
        private final Context context;
        private final int limit;
        private final Buffer body = Buffer.buffer();
        private final AtomicBoolean answered = new AtomicBoolean();
        private boolean dispatched;

        Exchange(HttpServerRequest request, Context context) {
            this.request = request;
            this.context = context;
            this.limit = receiver.bodyReadLimit();
        }

        void start() {
            request.exceptionHandler(failure -> {
                // The connection failed mid-request; nobody is left to answer.
                dispatched = true;
            });
            request.handler(this::onChunk);
            request.endHandler(end -> dispatch(false));
            // A router may have paused the request before handing it over; the body is read here.
            request.resume();
            if (request.isEnded()) {
                // Someone read the body before: answer with what is left (an empty body), never wait.
                dispatch(false);
            }
        }

        private void onChunk(Buffer chunk) {
            if (dispatched) {
                return;
            }
            int room = limit - body.length();
            body.appendBuffer(chunk, 0, Math.min(room, chunk.length()));
            if (body.length() >= limit) {
                // At the read limit: the receiver decides (413 if over its limit); the rest of the body is not read.
                dispatch(true);
            }
        }

        private void dispatch(boolean closeAfter) {
            if (dispatched) {
                return;
            }
            dispatched = true;
            PushRequest push = PushRequest.fromRawQuery(request.method().name(), request.query(), body.getBytes());
            receiver.handle(push).thenAccept(response -> {
                if (context != null) {
                    context.runOnContext(v -> answer(response, closeAfter));
                } else {
                    answer(response, closeAfter);
                }
            });
        }

        private void answer(PushResponse response, boolean closeAfter) {
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            HttpServerResponse out = request.response();
            if (out.ended() || out.closed()) {
                return;
            }
            out.setStatusCode(response.status());
            response.headers().forEach(out::putHeader);
            if (closeAfter) {
                out.putHeader("Connection", "close");
            }
            out.end(Buffer.buffer(response.body())).onComplete(done -> {
                if (closeAfter) {
                    request.connection().close();
                }
            });
        }
    }
}
