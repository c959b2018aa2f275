package io.github.wxlogistics.transport.apache;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.ComponentCallsContract;

/** Runs the tracking, message and return component flows over the Apache transport against the fake WeChat server. */
class ApacheComponentCallsTest extends ComponentCallsContract {

    @Override
    protected HttpTransport createTransport() {
        return ApacheHttpTransport.create();
    }
}
