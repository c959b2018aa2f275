package io.github.wxlogistics.transport.apache;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.CallInvariantContract;

/** Every call ends by its deadline over {@link ApacheHttpTransport}, whatever any step throws. */
class ApacheCallInvariantTest extends CallInvariantContract {

    @Override
    protected HttpTransport createTransport() {
        return ApacheHttpTransport.create();
    }
}
