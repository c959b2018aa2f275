package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.ReplyFuzzContract;

/** Fuzzes every call's reply over {@link VertxHttpTransport} on an application's Web Client: the event loop must stay responsive. */
class VertxWebClientReplyFuzzTest extends ReplyFuzzContract {

    @Override
    protected HttpTransport createTransport() {
        return WebClientTransports.create();
    }
}
