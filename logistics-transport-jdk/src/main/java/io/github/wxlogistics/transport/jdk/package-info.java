/**
 * The {@link io.github.wxlogistics.spi.HttpTransport} adapter on the JDK's
 * {@link java.net.http.HttpClient}: {@link io.github.wxlogistics.transport.jdk.JdkHttpTransport}.
 */
package io.github.wxlogistics.transport.jdk;
