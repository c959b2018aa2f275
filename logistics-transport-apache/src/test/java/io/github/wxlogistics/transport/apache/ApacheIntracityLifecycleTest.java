package io.github.wxlogistics.transport.apache;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.IntracityLifecycleContract;

/** Intracity end to end over {@link ApacheHttpTransport}. */
class ApacheIntracityLifecycleTest extends IntracityLifecycleContract {

    @Override
    protected HttpTransport createTransport() {
        return ApacheHttpTransport.create();
    }
}
