package io.github.wxlogistics.transport.apache;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.FreightInsuranceContract;

/** Runs the freight insurance flows over the Apache transport against the fake WeChat server. */
class ApacheFreightInsuranceTest extends FreightInsuranceContract {

    @Override
    protected HttpTransport createTransport() {
        return ApacheHttpTransport.create();
    }
}
