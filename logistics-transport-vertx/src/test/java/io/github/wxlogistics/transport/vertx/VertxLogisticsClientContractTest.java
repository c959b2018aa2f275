package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.LogisticsClientContract;

/** Runs the whole-client contract over {@link VertxHttpTransport} against the fake WeChat server. */
class VertxLogisticsClientContractTest extends LogisticsClientContract {

    @Override
    protected HttpTransport createTransport() {
        return VertxHttpTransport.create();
    }
}
