package io.github.wxlogistics.transport.jdk;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.HttpTransportProvider;

/**
 * Registers {@link JdkHttpTransport} with {@link java.util.ServiceLoader} under the name
 * {@code jdk}, at priority 0, so a client built without an explicit transport uses it when no
 * higher-priority adapter is on the class path.
 */
public final class JdkHttpTransportProvider implements HttpTransportProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public JdkHttpTransportProvider() {
        // nothing to set up
    }

    /** {@return {@code jdk}} */
    @Override
    public String name() {
        return "jdk";
    }

    /** {@return a new {@link JdkHttpTransport#create()}, owned by the caller} */
    @Override
    public HttpTransport create() {
        return JdkHttpTransport.create();
    }
}
