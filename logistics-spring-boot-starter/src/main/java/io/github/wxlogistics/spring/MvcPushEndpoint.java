package io.github.wxlogistics.spring;

import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Hands each request to the push path (any method: the receiver answers GET checks, POST pushes
 * and 405) to the {@link PushReceiver} with the raw query and at most one byte more than its
 * body limit, and answers asynchronously with the receiver's status, content type and bytes.
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
            body = in.readNBytes(receiver.maxBodyBytes() + 1);   // one more: the receiver answers 413
        }
        PushRequest push = PushRequest.fromRawQuery(request.method().name(), request.servletRequest().getQueryString(),
                body);
        CompletableFuture<ServerResponse> answer = receiver.handle(push).toCompletableFuture()
                .thenApply(MvcPushEndpoint::toResponse);
        return ServerResponse.async(answer, receiver.handlerDeadline().plusSeconds(1));
    }

    private static ServerResponse toResponse(PushResponse response) {
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
        return builder.body(response.body());
    }
}
