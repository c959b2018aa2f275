package io.github.wxlogistics.spi;

/**
 * A service-loaded factory for a default {@link HttpTransport}. Adapter modules register one in
 * {@code META-INF/services/io.github.wxlogistics.spi.HttpTransportProvider}, so a client built
 * without an explicit transport uses whichever adapter is on the class path.
 *
 * <p>Implementations MUST have a public no-argument constructor and MUST return a new transport
 * from each {@link #create()} call; the client that asked for it owns and closes it.
 */
public interface HttpTransportProvider {

    /**
     * A short name, such as {@code jdk} or {@code vertx}.
     *
     * @return a short name, such as {@code jdk} or {@code vertx}
     */
    String name();

    /**
     * Higher wins when several providers are on the class path.
     *
     * @return this provider's priority; 0 by default
     */
    default int priority() {
        return 0;
    }

    /**
     * A new transport with default settings.
     *
     * @return a new transport with default settings
     */
    HttpTransport create();
}
