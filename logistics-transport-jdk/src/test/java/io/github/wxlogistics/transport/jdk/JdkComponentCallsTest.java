package io.github.wxlogistics.transport.jdk;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.ComponentCallsContract;

/** Runs the tracking, message and return component flows over the Jdk transport against the fake WeChat server. */
class JdkComponentCallsTest extends ComponentCallsContract {

    @Override
    protected HttpTransport createTransport() {
        return JdkHttpTransport.create();
    }
}
