package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.HttpTransportProvider;

/**
 * Registers {@link VertxHttpTransport} with {@link java.util.ServiceLoader} under the name
 * {@code vertx}, at priority 10: a project that adds the Vert.x adapter gets it by default even
 * when the JDK adapter (priority 0) is on the class path too.
 */
public final class VertxHttpTransportProvider implements HttpTransportProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public VertxHttpTransportProvider() {
        // nothing to set up
    }

    /** {@return {@code vertx}} */
    @Override
    public String name() {
        return "vertx";
    }

    /** {@return 10, above the JDK adapter} */
    @Override
    public int priority() {
        return 10;
    }

    /** {@return a new {@link VertxHttpTransport#create()} with its own Vert.x instance, owned by the caller} */
    @Override
    public HttpTransport create() {
        return VertxHttpTransport.create();
    }
}
