package io.github.wxlogistics.spring;

import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.PushAdapterContract;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import org.springframework.boot.WebApplicationType;

/** The push contract through the starter's route on Spring MVC (embedded Tomcat). */
class MvcPushEndpointTest extends PushAdapterContract {

    @Override
    protected PushServer startPushServer(PushReceiver receiver) {
        return SpringPushServer.start(WebApplicationType.SERVLET, receiver);
    }

    @Override
    protected HttpTransport createTransport() {
        return JdkHttpTransport.create();
    }
}
