package io.github.wxlogistics.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Counts the threads a JVM starts while our client makes calls: for each of our targets given
 * (see {@link Targets}), warms up with {@value #WARMUP} calls, then makes {@value #CALLS} calls from
 * {@value #CALLERS} concurrent callers and prints {@code THREADS <target> <started>}, the growth of
 * {@link ThreadMXBean#getTotalStartedThreadCount()} over those calls. Meant to run in a child JVM
 * with {@code -XX:ActiveProcessorCount=1} or {@code =2}, where {@code CompletableFuture}'s default
 * executor starts a thread per task. Every call's reply is checked.
 */
public final class ThreadsPerCallProbe {

    /** Calls made before counting. */
    public static final int WARMUP = 300;

    /** Calls counted. */
    public static final int CALLS = 1000;

    /** Concurrent callers. */
    public static final int CALLERS = 4;

    private ThreadsPerCallProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args the loopback server's port, then target names
     * @throws Exception if a call fails
     */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            for (int i = 1; i < args.length; i++) {
                try (Target target = Targets.open(args[i], port)) {
                    calls(target, callers, WARMUP);
                    long before = threads.getTotalStartedThreadCount();
                    calls(target, callers, CALLS);
                    long started = threads.getTotalStartedThreadCount() - before;
                    System.out.println("THREADS " + args[i] + " " + started);
                }
            }
        } finally {
            callers.shutdownNow();
        }
        System.exit(0);
    }

    /** {@code count} calls spread over the callers, each caller making its calls one after another. */
    private static void calls(Target target, ExecutorService callers, int count) throws Exception {
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CALLERS; c++) {
            running.add(callers.submit(() -> {
                for (int i = 0; i < count / CALLERS; i++) {
                    if (target.async()) {
                        target.callAsync().get(10, TimeUnit.SECONDS);
                    } else {
                        target.call();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
    }
}
