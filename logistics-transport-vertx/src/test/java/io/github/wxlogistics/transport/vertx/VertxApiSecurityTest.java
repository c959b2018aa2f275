package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.ApiSecurityContract;

/** WeChat's API security over {@link VertxHttpTransport}, against the fake with it switched on. */
class VertxApiSecurityTest extends ApiSecurityContract {

    @Override
    protected HttpTransport createTransport() {
        return VertxHttpTransport.create();
    }
}
