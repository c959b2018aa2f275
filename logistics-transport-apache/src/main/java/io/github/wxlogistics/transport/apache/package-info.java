/**
 * The {@link io.github.wxlogistics.spi.HttpTransport} adapter on Apache HttpClient 5's non-blocking
 * client: {@link io.github.wxlogistics.transport.apache.ApacheHttpTransport}.
 */
package io.github.wxlogistics.transport.apache;
