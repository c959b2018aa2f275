package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.LogisticsClientContract;

/** Runs the whole-client contract over {@link VertxHttpTransport} on an application's Web Client, against the fake WeChat server. */
class VertxWebClientLogisticsClientContractTest extends LogisticsClientContract {

    @Override
    protected HttpTransport createTransport() {
        return WebClientTransports.create();
    }
}
