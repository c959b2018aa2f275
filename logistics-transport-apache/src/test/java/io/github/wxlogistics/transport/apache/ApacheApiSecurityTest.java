package io.github.wxlogistics.transport.apache;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.ApiSecurityContract;

/** WeChat's API security over {@link ApacheHttpTransport}, against the fake with it switched on. */
class ApacheApiSecurityTest extends ApiSecurityContract {

    @Override
    protected HttpTransport createTransport() {
        return ApacheHttpTransport.create();
    }
}
