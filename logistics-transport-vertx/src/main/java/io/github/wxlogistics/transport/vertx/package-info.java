/**
 * The {@link io.github.wxlogistics.spi.HttpTransport} adapter on the Vert.x web client:
 * {@link io.github.wxlogistics.transport.vertx.VertxHttpTransport}. The same sources build and pass
 * the contract on Vert.x 5 (this module) and Vert.x 4.5 (the test-only
 * {@code logistics-transport-vertx4} module).
 */
package io.github.wxlogistics.transport.vertx;
