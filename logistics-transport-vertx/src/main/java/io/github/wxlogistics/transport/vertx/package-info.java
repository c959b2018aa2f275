/**
 * The {@link io.github.wxlogistics.spi.HttpTransport} adapter on Vert.x core's HTTP client or the
 * application's Vert.x Web Client:
 * {@link io.github.wxlogistics.transport.vertx.VertxHttpTransport}; and
 * {@link io.github.wxlogistics.transport.vertx.VertxLogisticsClient}, which adapts any call of the
 * async client to a Vert.x {@code Future} completed on the caller's context. The same sources build and pass
 * the contract on Vert.x 5 (this module) and Vert.x 4.5 (the test-only
 * {@code logistics-transport-vertx4} module).
 */
package io.github.wxlogistics.transport.vertx;
