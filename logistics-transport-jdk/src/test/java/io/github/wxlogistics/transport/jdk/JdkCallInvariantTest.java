package io.github.wxlogistics.transport.jdk;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.CallInvariantContract;

/** Every call ends by its deadline over {@link JdkHttpTransport}, whatever any step throws. */
class JdkCallInvariantTest extends CallInvariantContract {

    @Override
    protected HttpTransport createTransport() {
        return JdkHttpTransport.create();
    }
}
