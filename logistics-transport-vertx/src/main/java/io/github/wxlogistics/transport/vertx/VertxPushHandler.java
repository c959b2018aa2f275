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
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The push URL on a Vert.x {@code HttpServer}: hands each request's method, raw query and body to
 * a {@link PushReceiver} and ends the response with the status, Content-Type and body of its
 * {@link PushResponse}. Uses Vert.x core's public API only (Vert.x 5 and 4.5).
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
 *       blocking handlers on its own executor ({@link PushReceiver.Builder#executor}).</li>
 *   <li>The response is completed on the request's context (the event loop that received it).</li>
 *   <li>At most one byte past {@link PushReceiver#maxBodyBytes()} is kept: a larger body is answered
 *       413 by the receiver as soon as it is known, and the connection is closed after the answer,
 *       so the rest is never read.</li>
 *   <li>If the receiver has not answered within its {@link PushReceiver#handlerDeadline()} plus
 *       {@link #GRACE} (it promises to), the handler answers 503 itself so WeChat re-sends.</li>
 *   <li>A wrong method gets 405 with {@code Allow: GET, POST}; a refused signature 401 with an
 *       empty body (the receiver decides both).</li>
 * </ul>
 *
 * <p>Register it directly as a request handler (or call it from one) before the request's body
 * starts to be read: it sets the request's data and end handlers, and resumes the request. It must be called on a Vert.x
 * context, as request handlers are. Thread-safe; owns nothing: closing the receiver and the server
 * are the caller's.
 */
public final class VertxPushHandler implements Handler<HttpServerRequest> {

    /** How much longer than the receiver's handler deadline the handler waits before answering 503. */
    public static final Duration GRACE = Duration.ofSeconds(1);

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
        private long backstopTimer = -1;

        Exchange(HttpServerRequest request, Context context) {
            this.request = request;
            this.context = context;
            int max = receiver.maxBodyBytes();
            this.limit = max == Integer.MAX_VALUE ? max : max + 1;
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
            if (body.length() > receiver.maxBodyBytes()) {
                // Over the limit: the receiver answers 413; the rest of the body is not read.
                dispatch(true);
            }
        }

        private void dispatch(boolean closeAfter) {
            if (dispatched) {
                return;
            }
            dispatched = true;
            PushRequest push = PushRequest.fromRawQuery(request.method().name(), request.query(), body.getBytes());
            if (context != null) {
                long delay = Math.max(1, receiver.handlerDeadline().plus(GRACE).toMillis());
                backstopTimer = context.owner().setTimer(delay, id -> answer(PushResponse.status(503), closeAfter));
            }
            receiver.handle(push).whenComplete((response, failure) -> {
                // The receiver's stage never fails; 500 is a backstop.
                PushResponse outcome = response != null ? response : PushResponse.status(500);
                if (context != null) {
                    context.runOnContext(v -> answer(outcome, closeAfter));
                } else {
                    answer(outcome, closeAfter);
                }
            });
        }

        private void answer(PushResponse response, boolean closeAfter) {
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            if (backstopTimer >= 0) {
                context.owner().cancelTimer(backstopTimer);
            }
            HttpServerResponse out = request.response();
            if (out.ended() || out.closed()) {
                return;
            }
            out.setStatusCode(response.status()).putHeader("Content-Type", response.contentType());
            if (response.status() == 405) {
                out.putHeader("Allow", "GET, POST");
            }
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
