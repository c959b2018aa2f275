/**
 * The {@link io.github.wxlogistics.spi.HttpTransport} adapter on Vert.x core's HTTP client or Web Client,
 * registered as the {@code vertx} {@link io.github.wxlogistics.spi.HttpTransportProvider}, and the
 * adapter of the async client's calls to Vert.x futures. Vert.x 5's {@code vertx-core} is a named
 * module; on the 4.5 line it is the automatic module of the same name.
 */
// Compiled against Vert.x 4.5 (logistics-transport-vertx4), io.vertx.core and io.netty.transport are
// automatic modules, which javac warns about; on Vert.x 5 they are named modules.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.wxlogistics.transport.vertx {
    requires transitive io.github.wxlogistics.core;
    requires transitive io.vertx.core;
    requires transitive io.vertx.web.client; // VertxHttpTransport.Builder.webClient(WebClient)
    requires io.netty.transport; // ConnectTimeoutException, to report a connect timeout as a timeout

    exports io.github.wxlogistics.transport.vertx;

    provides io.github.wxlogistics.spi.HttpTransportProvider
            with io.github.wxlogistics.transport.vertx.VertxHttpTransportProvider;
}
