package io.github.wxlogistics.spring;

import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The push path on WebFlux: hands each request (any method: the receiver answers GET checks, POST
 * pushes and 405) to the {@link PushReceiver} with the raw query and at most one byte more than
 * its body limit, and answers with the receiver's status, content type and bytes. Never blocks:
 * the body is gathered as it arrives (the rest of a too-large body is not read), the receiver
 * verifies and decrypts on the server thread and runs handler beans on its own executor; if it
 * has not answered by its handler deadline plus {@link #GRACE}, the endpoint answers 503 so WeChat
 * re-sends. A body still incomplete after the handler deadline is answered 408 (Reactor Netty
 * itself sets no read timeout).
 */
final class WebFluxPushEndpoint {

    /** How much longer than the receiver's handler deadline the endpoint waits before answering 503. */
    static final Duration GRACE = Duration.ofSeconds(1);

    private WebFluxPushEndpoint() {
    }

    static RouterFunction<ServerResponse> route(String path, PushReceiver receiver) {
        return RouterFunctions.route(RequestPredicates.path(path), request -> handle(request, receiver));
    }

    private static Mono<ServerResponse> handle(ServerRequest request, PushReceiver receiver) {
        int max = receiver.maxBodyBytes();
        int limit = max == Integer.MAX_VALUE ? max : max + 1;   // one more: the receiver answers 413
        String method = request.method().name();
        String rawQuery = request.uri().getRawQuery();
        return Mono.defer(() -> {
            BoundedBody body = new BoundedBody(limit);
            return request.body(BodyExtractors.toDataBuffers())
                    .takeUntil(body::appendAndRelease)
                    .then(Mono.fromSupplier(body::bytes));
        }).timeout(receiver.handlerDeadline())   // a body trickling in is not waited for without end
                .flatMap(body -> Mono.fromFuture(
                receiver.handle(PushRequest.fromRawQuery(method, rawQuery, body)).toCompletableFuture(),
                true)   // a client gone away does not cancel the receiver's work (its duplicate claims)
                .timeout(receiver.handlerDeadline().plus(GRACE), Mono.just(PushResponse.status(503))))
                .flatMap(WebFluxPushEndpoint::toResponse)
                .onErrorResume(TimeoutException.class, late -> ServerResponse.status(HttpStatus.REQUEST_TIMEOUT).build());
    }

    private static Mono<ServerResponse> toResponse(PushResponse response) {
        ServerResponse.BodyBuilder builder = ServerResponse.status(response.status());
        if (response.status() == 405) {
            builder.allow(HttpMethod.GET, HttpMethod.POST);
        }
        if (response.body().length == 0) {
            return builder.build();
        }
        if (response.contentType() != null) {
            builder.contentType(MediaType.parseMediaType(response.contentType()));
        }
        return builder.bodyValue(response.body());
    }

    /** The bytes of one request body up to a limit; each buffer is released once copied. */
    private static final class BoundedBody {

        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        BoundedBody(int limit) {
            this.limit = limit;
        }

        /** Copies what fits and releases the buffer; true once the limit is reached (stop reading). */
        boolean appendAndRelease(DataBuffer buffer) {
            try {
                int take = Math.min(buffer.readableByteCount(), limit - bytes.size());
                byte[] chunk = new byte[take];
                buffer.read(chunk);
                bytes.writeBytes(chunk);
            } finally {
                DataBufferUtils.release(buffer);
            }
            return bytes.size() >= limit;
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }
}
