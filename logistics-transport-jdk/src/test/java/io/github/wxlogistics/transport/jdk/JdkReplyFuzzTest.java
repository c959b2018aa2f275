package io.github.wxlogistics.transport.jdk;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.ReplyFuzzContract;

/** Fuzzes every call's reply over {@link JdkHttpTransport}. */
class JdkReplyFuzzTest extends ReplyFuzzContract {

    @Override
    protected HttpTransport createTransport() {
        return JdkHttpTransport.create();
    }
}
