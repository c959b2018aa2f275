package io.github.wxlogistics.spring;

import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Hands each request to the push path (any method: the receiver answers GET checks, POST pushes
 * and 405) to the {@link PushReceiver} with the raw query and the body read up to
 * {@link PushReceiver#bodyReadLimit()}, and answers asynchronously with the receiver's status,
 * headers and bytes, as they are. The receiver's stage completes by {@link PushReceiver#answerDeadline()};
 * the servlet's async timeout, later still, only backs it up.
 */
final class MvcPushEndpoint {

    private MvcPushEndpoint() {
    }

    static RouterFunction<ServerResponse> route(String path, PushReceiver receiver) {
        return RouterFunctions.route(RequestPredicates.path(path), request -> handle(request, receiver));
    }

    private static ServerResponse handle(ServerRequest request, PushReceiver receiver) throws IOException {
        byte[] body;
        try (InputStream in = request.servletRequest().getInputStream()) {
            body = in.readNBytes(receiver.bodyReadLimit());
        }
        PushRequest push = PushRequest.fromRawQuery(request.method().name(), request.servletRequest().getQueryString(),
                body);
        CompletableFuture<ServerResponse> answer = receiver.handle(push).toCompletableFuture()
                .thenApply(MvcPushEndpoint::toResponse);
        // The servlet's own timeout only backs up the receiver's stage, which completes by the answer deadline.
        return ServerResponse.async(answer, receiver.answerDeadline().plus(PushReceiver.GRACE));
    }

    private static ServerResponse toResponse(PushResponse response) {
        ServerResponse.BodyBuilder builder = ServerResponse.status(response.status())
                .headers(headers -> response.headers().forEach(headers::set));
        return response.body().length == 0 ? builder.build() : builder.body(response.body());
    }
}
