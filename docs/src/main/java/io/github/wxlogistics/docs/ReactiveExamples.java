package io.github.wxlogistics.docs;

// tag::imports[]
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetPathResponse;
import io.github.wxlogistics.transport.vertx.VertxHttpTransport;
import io.github.wxlogistics.transport.vertx.VertxLogisticsClient;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;
import reactor.core.publisher.Mono;
// end::imports[]

/** The examples docs/vertx.md quotes for Vert.x, Reactor and Mutiny; DocsVertxTest runs them. */
public final class ReactiveExamples {

    private ReactiveExamples() {
    }

    /** A client on the application's own Vert.x instance. */
    public static LogisticsClient vertxClient(Vertx vertx, URI baseUri, String appId, String appSecret) {
        // tag::vertx-client[]
        VertxHttpTransport transport = VertxHttpTransport.builder()
                .vertx(vertx)                 // borrowed: closing the transport leaves your Vertx running
                .build();
        LogisticsClient client = LogisticsClient.builder()
                .credentials(appId, appSecret)
                .transport(transport)         // borrowed: close the transport after the client
                .baseUri(baseUri)
                .build();
        // end::vertx-client[]
        return client;
    }

    /** A client that sends through the application's own Web Client. */
    public static LogisticsClient webClientClient(WebClient webClient, URI baseUri, String appId, String appSecret) {
        // tag::vertx-webclient[]
        VertxHttpTransport transport = VertxHttpTransport.builder()
                .webClient(webClient)         // borrowed: your proxy, TLS, tracing and interceptors apply
                .build();
        LogisticsClient client = LogisticsClient.builder()
                .credentials(appId, appSecret)
                .transport(transport)         // close the client, then the transport, then your WebClient
                .baseUri(baseUri)
                .build();
        // end::vertx-webclient[]
        return client;
    }

    /** getPath as a Vert.x future, completed on the caller's context. */
    public static Future<Integer> vertxCall(LogisticsClient client, Vertx vertx, GetPathRequest request) {
        // tag::vertx-call[]
        VertxLogisticsClient wechat = VertxLogisticsClient.create(client, vertx);   // owns nothing: no close()
        Future<Integer> nodes = wechat
                .call(async -> async.merchant().getPath(request))   // made now; completes on the caller's context
                .map(GetPathResponse::pathItemNum);                 // fails with the library's exceptions
        // end::vertx-call[]
        return nodes;
    }

    /** getPath as a Reactor Mono. */
    public static Mono<Integer> reactor(LogisticsClient client, GetPathRequest request) {
        // tag::reactor[]
        Mono<Integer> nodes = Mono
                .fromFuture(() -> client.async().merchant().getPath(request))   // lazy: called on subscribe
                .map(GetPathResponse::pathItemNum);                              // cancel() aborts the exchange
        // end::reactor[]
        return nodes;
    }

    /** getPath as a Mutiny Uni. */
    public static Uni<Integer> mutiny(LogisticsClient client, GetPathRequest request) {
        // tag::mutiny[]
        Uni<Integer> nodes = Uni.createFrom()
                .completionStage(() -> client.async().merchant().getPath(request))  // lazy: called on subscribe
                .map(GetPathResponse::pathItemNum);
        // end::mutiny[]
        return nodes;
    }
}
