package io.github.wxlogistics.transport.apache;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.FaultMatrixContract;

/** Runs the fault matrix over {@link ApacheHttpTransport}. */
class ApacheFaultMatrixTest extends FaultMatrixContract {

    @Override
    protected HttpTransport createTransport() {
        return ApacheHttpTransport.create();
    }
}
