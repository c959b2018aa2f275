package io.github.wxlogistics.transport.jdk;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.ApiSecurityContract;

/** WeChat's API security over {@link JdkHttpTransport}, against the fake with it switched on. */
class JdkApiSecurityTest extends ApiSecurityContract {

    @Override
    protected HttpTransport createTransport() {
        return JdkHttpTransport.create();
    }
}
