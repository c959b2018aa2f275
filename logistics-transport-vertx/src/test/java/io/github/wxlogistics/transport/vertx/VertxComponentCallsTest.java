package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.ComponentCallsContract;

/** Runs the tracking, message and return component flows over the Vertx transport against the fake WeChat server. */
class VertxComponentCallsTest extends ComponentCallsContract {

    @Override
    protected HttpTransport createTransport() {
        return VertxHttpTransport.create();
    }
}
