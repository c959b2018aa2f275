package io.github.wxlogistics.transport.apache;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.HttpTransportProvider;

/**
 * Registers {@link ApacheHttpTransport} with {@link java.util.ServiceLoader} under the name
 * {@code apache}, at priority 5: above the JDK adapter (0), which needs no dependency and is on
 * the class path of many projects only by default, so adding this adapter is enough to get it;
 * below the Vert.x adapter (10), since an application that has Vert.x on its class path runs an
 * event loop the Vert.x adapter shares.
 */
public final class ApacheHttpTransportProvider implements HttpTransportProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public ApacheHttpTransportProvider() {
        // nothing to set up
    }

    /** {@return {@code apache}} */
    @Override
    public String name() {
        return "apache";
    }

    /** {@return 5, above the JDK adapter and below the Vert.x adapter} */
    @Override
    public int priority() {
        return 5;
    }

    /** {@return a new {@link ApacheHttpTransport#create()} with its own client, owned by the caller} */
    @Override
    public HttpTransport create() {
        return ApacheHttpTransport.create();
    }
}
