package io.github.wxlogistics.transport.jdk;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.FreightInsuranceContract;

/** Runs the freight insurance flows over the Jdk transport against the fake WeChat server. */
class JdkFreightInsuranceTest extends FreightInsuranceContract {

    @Override
    protected HttpTransport createTransport() {
        return JdkHttpTransport.create();
    }
}
