package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.ReplyFuzzContract;

/** Fuzzes every call's reply over {@link VertxHttpTransport}: the event loop must stay responsive. */
class VertxReplyFuzzTest extends ReplyFuzzContract {

    @Override
    protected HttpTransport createTransport() {
        return VertxHttpTransport.create();
    }
}
