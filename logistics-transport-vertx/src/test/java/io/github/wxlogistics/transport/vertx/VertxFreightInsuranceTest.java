package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.FreightInsuranceContract;

/** Runs the freight insurance flows over the Vertx transport against the fake WeChat server. */
class VertxFreightInsuranceTest extends FreightInsuranceContract {

    @Override
    protected HttpTransport createTransport() {
        return VertxHttpTransport.create();
    }
}
