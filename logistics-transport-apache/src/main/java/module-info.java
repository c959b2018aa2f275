/**
 * The {@link io.github.wxlogistics.spi.HttpTransport} adapter on Apache HttpClient 5's non-blocking
 * client, registered as the {@code apache} {@link io.github.wxlogistics.spi.HttpTransportProvider}.
 * HttpClient 5 and HttpCore 5 (with its HTTP/2 part) are automatic modules (their jars name themselves in their manifests).
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.wxlogistics.transport.apache {
    requires transitive io.github.wxlogistics.core;
    requires transitive org.apache.httpcomponents.client5.httpclient5;
    requires transitive org.apache.httpcomponents.core5.httpcore5;
    requires org.apache.httpcomponents.core5.httpcore5.h2; // HttpVersionPolicy, to force HTTP/1.1
    // HttpClient 5 logs through SLF4J (a named module) but, being automatic, cannot say so.
    requires org.slf4j;

    exports io.github.wxlogistics.transport.apache;

    provides io.github.wxlogistics.spi.HttpTransportProvider
            with io.github.wxlogistics.transport.apache.ApacheHttpTransportProvider;
}
