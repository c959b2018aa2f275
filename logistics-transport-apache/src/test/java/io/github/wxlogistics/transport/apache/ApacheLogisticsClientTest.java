package io.github.wxlogistics.transport.apache;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.LogisticsClientContract;

/** Runs the whole-client contract over {@link ApacheHttpTransport} against the fake WeChat server. */
class ApacheLogisticsClientTest extends LogisticsClientContract {

    @Override
    protected HttpTransport createTransport() {
        return ApacheHttpTransport.create();
    }
}
