package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.FaultMatrixContract;

/** Runs the fault matrix over {@link VertxHttpTransport} on an application's Web Client (Vert.x 5 here, 4.5 in logistics-transport-vertx4). */
class VertxWebClientFaultMatrixTest extends FaultMatrixContract {

    @Override
    protected HttpTransport createTransport() {
        return WebClientTransports.create();
    }
}
