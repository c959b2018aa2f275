/**
 * The {@link io.github.wxlogistics.spi.HttpTransport} adapter on the JDK's
 * {@link java.net.http.HttpClient}: {@link io.github.wxlogistics.transport.jdk.JdkHttpTransport}; and
 * the push URL on the JDK's {@code HttpServer}: {@link io.github.wxlogistics.transport.jdk.JdkPushHandler}.
 */
package io.github.wxlogistics.transport.jdk;
