/**
 * The {@link io.github.wxlogistics.spi.HttpTransport} adapter on the JDK's
 * {@code java.net.http.HttpClient}, registered as the {@code jdk}
 * {@link io.github.wxlogistics.spi.HttpTransportProvider}, and the push URL handler on the JDK's
 * {@code com.sun.net.httpserver.HttpServer} ({@code JdkPushHandler}).
 */
module io.github.wxlogistics.transport.jdk {
    requires transitive io.github.wxlogistics.core;
    requires transitive java.net.http;
    requires transitive jdk.httpserver;

    exports io.github.wxlogistics.transport.jdk;

    provides io.github.wxlogistics.spi.HttpTransportProvider
            with io.github.wxlogistics.transport.jdk.JdkHttpTransportProvider;
}
