package io.github.wxlogistics.transport.jdk;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.LogisticsClientContract;

/** Runs the whole-client contract over {@link JdkHttpTransport} against the fake WeChat server. */
class JdkLogisticsClientTest extends LogisticsClientContract {

    @Override
    protected HttpTransport createTransport() {
        return JdkHttpTransport.create();
    }
}
