package io.github.wxlogistics.spring;

import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.testkit.contract.PushAdapterContract.PushServer;
import java.net.URI;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Spring Boot application on a free loopback port whose only job is the starter's push route,
 * serving a receiver the contract built (a {@link PushReceiver} bean makes the starter's own back off).
 */
final class SpringPushServer implements PushServer {

    private static final String PATH = "/wechat/push";

    private final ConfigurableApplicationContext app;
    private final URI url;

    private SpringPushServer(ConfigurableApplicationContext app) {
        this.app = app;
        this.url = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + PATH);
    }

    static SpringPushServer start(WebApplicationType stack, PushReceiver receiver) {
        return new SpringPushServer(WebStacks.application(PushOnly.class, stack)
                .initializers(context -> context.getBeanFactory().registerSingleton("contractPushReceiver", receiver))
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
                        // Reactor Netty waits 2 s of quiet before its loops stop, at every context close.
                        "spring.reactor.netty.shutdown-quiet-period=0s",
                        "wx.logistics.app-id=wx0123456789abcdef", "wx.logistics.app-secret=test-secret",
                        "wx.logistics.push.token=set-but-unused", "wx.logistics.push.path=" + PATH)
                .run());
    }

    @Override
    public URI url() {
        return url;
    }

    @Override
    public void close() {
        app.close();
    }

    /** Everything auto-configured, nothing else. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class PushOnly {
    }
}
