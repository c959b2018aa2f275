package io.github.wxlogistics.spring;

import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeoutException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The push path on WebFlux: hands each request (any method: the receiver answers GET checks, POST
 * pushes and 405) to the {@link PushReceiver} with the raw query and the body read up to
 * {@link PushReceiver#bodyReadLimit()}, and answers with the receiver's status, headers and bytes,
 * as they are. Never blocks: the body is gathered as it arrives (the rest of a too-large body is
 * not read), the receiver verifies and decrypts on the server thread and runs handler beans on its
 * own executor; its stage completes by {@link PushReceiver#answerDeadline()}. The one answer of its
 * own: a body still incomplete after the handler deadline gets 408 (Reactor Netty itself sets no
 * read timeout).
 */
final class WebFluxPushEndpoint {

    private WebFluxPushEndpoint() {
    }

    static RouterFunction<ServerResponse> route(String path, PushReceiver receiver) {
        return RouterFunctions.route(RequestPredicates.path(path), request -> handle(request, receiver));
    }

    private static Mono<ServerResponse> handle(ServerRequest request, PushReceiver receiver) {
        int limit = receiver.bodyReadLimit();
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
                true))   // a client gone away does not cancel the receiver's work (its duplicate claims)
                .flatMap(WebFluxPushEndpoint::toResponse)
                .onErrorResume(TimeoutException.class, late -> toResponse(PushResponse.status(408)));
    }

    private static Mono<ServerResponse> toResponse(PushResponse response) {
        ServerResponse.BodyBuilder builder = ServerResponse.status(response.status())
                .headers(headers -> response.headers().forEach(headers::set));
        return response.body().length == 0 ? builder.build() : builder.bodyValue(response.body());
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
