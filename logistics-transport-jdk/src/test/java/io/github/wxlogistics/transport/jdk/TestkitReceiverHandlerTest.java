package io.github.wxlogistics.transport.jdk;

import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.PushAdapterContract;
import io.github.wxlogistics.testkit.internal.ReceiverHandler;

/**
 * The push contract on the testkit's own adapter ({@code ReceiverHandler}, behind the standalone
 * receive mode), on the same JDK server as {@link JdkPushHandlerTest}. It runs here, not in the
 * testkit, because the suite needs a real transport and the testkit may not depend on an adapter module.
 */
class TestkitReceiverHandlerTest extends PushAdapterContract {

    @Override
    protected PushServer startPushServer(PushReceiver receiver) {
        return JdkPushHandlerTest.serve(ReceiverHandler.of(receiver));
    }

    @Override
    protected HttpTransport createTransport() {
        return JdkHttpTransport.create();
    }
}
