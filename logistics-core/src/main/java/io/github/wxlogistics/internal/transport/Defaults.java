package io.github.wxlogistics.internal.transport;

import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.HttpTransportProvider;
import java.util.Comparator;
import java.util.ServiceLoader;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/** What a client or a platform creates when the builder was given none: a discovered transport, a scheduler. */
public final class Defaults {

    private Defaults() {
    }

    /**
     * The transport of the highest-priority {@link HttpTransportProvider} on the class path, owned by the caller.
     *
     * @throws IllegalStateException naming the adapters to add when none is found
     */
    public static HttpTransport discoverTransport() {
        return ServiceLoader.load(HttpTransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .max(Comparator.comparingInt(HttpTransportProvider::priority))
                .orElseThrow(() -> new IllegalStateException("no HttpTransport given and none on the class path:"
                        + " add logistics-transport-jdk, logistics-transport-vertx or logistics-transport-apache, or call transport(...)"))
                .create();
    }

    /** A one-thread daemon scheduler named {@code threadName}, cancelled tasks removed at once. */
    public static ScheduledExecutorService newScheduler(String threadName) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            thread.setContextClassLoader(Defaults.class.getClassLoader());
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
