package io.github.wxlogistics.transport.apache;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.ReplyFuzzContract;

/** Fuzzes every call's reply over {@link ApacheHttpTransport}. */
class ApacheReplyFuzzTest extends ReplyFuzzContract {

    @Override
    protected HttpTransport createTransport() {
        return ApacheHttpTransport.create();
    }
}
