package io.github.wxlogistics.transport.jdk;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.FaultMatrixContract;

/** Runs the fault matrix over {@link JdkHttpTransport}. */
class JdkFaultMatrixTest extends FaultMatrixContract {

    @Override
    protected HttpTransport createTransport() {
        return JdkHttpTransport.create();
    }
}
